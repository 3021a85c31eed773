/**
 * The record page's read model: a partnership with everything its page shows, read in one
 * round trip (its participants, resources, outputs, indicators and progress).
 */
@NullMarked
package org.wopplatform.persistence.record;

import org.jspecify.annotations.NullMarked;
