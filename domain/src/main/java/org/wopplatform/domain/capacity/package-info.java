/**
 * Capacity change as GWOPA follows it: per working area of a partnership, the capacity
 * dimensions it works on, each with its baseline stage and objective.
 */
@NullMarked
package org.wopplatform.domain.capacity;

import org.jspecify.annotations.NullMarked;
