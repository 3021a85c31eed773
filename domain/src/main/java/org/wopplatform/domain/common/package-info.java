/**
 * Value objects shared by several features: money with its currency, partial dates, rule
 * violations.
 */
@NullMarked
package org.wopplatform.domain.common;

import org.jspecify.annotations.NullMarked;
