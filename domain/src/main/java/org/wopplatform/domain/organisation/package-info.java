/**
 * Organisations taking part in WOPs: utilities with their facts, associations, funders
 * and others.
 */
@NullMarked
package org.wopplatform.domain.organisation;

import org.jspecify.annotations.NullMarked;
