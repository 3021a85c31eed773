/**
 * For benchmarks only, off unless {@code wop.perf.enabled=true}: the large synthetic
 * dataset, a fixed-text endpoint (the in-run ceiling) and a count of SQL statements.
 */
@NullMarked
package org.wopplatform.web.perf;

import org.jspecify.annotations.NullMarked;
