/**
 * Pages of lists whose total is counted only up to a bound, so that no page costs more
 * than the bound whatever the number of rows.
 */
@NullMarked
package org.wopplatform.persistence.paging;

import org.jspecify.annotations.NullMarked;
