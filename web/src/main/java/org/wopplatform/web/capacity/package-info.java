/**
 * Capacity change per working area: the dimensions a partnership works on, with their
 * baselines and objectives; read by whoever reads the record, changed by its editors.
 */
@NullMarked
package org.wopplatform.web.capacity;

import org.jspecify.annotations.NullMarked;
