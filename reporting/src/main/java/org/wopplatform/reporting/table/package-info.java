/**
 * Tables as files: writing rows as CSV or XLSX, and reading an uploaded CSV or XLSX back
 * into cells (numbers kept as numbers where the file says so).
 */
@NullMarked
package org.wopplatform.reporting.table;

import org.jspecify.annotations.NullMarked;
