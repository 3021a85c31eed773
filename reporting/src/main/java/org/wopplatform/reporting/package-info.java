/**
 * The annual report and open data: assembles figures, charts (SVG), stories and exports
 * (CSV, XLSX, JSON, IATI XML) from what persistence reads: {@code annual} (the year's
 * report), {@code chart}, {@code table}, {@code opendata}, {@code iati}.
 */
@NullMarked
package org.wopplatform.reporting;

import org.jspecify.annotations.NullMarked;
