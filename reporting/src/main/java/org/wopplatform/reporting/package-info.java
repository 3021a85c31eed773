/**
 * The annual report and open data: assembles figures, charts (SVG), stories and exports
 * (PDF, CSV, XLSX, JSON, IATI XML) from what persistence reads. Nothing here yet beyond
 * its place in the module chain web → reporting → persistence → domain.
 */
@NullMarked
package org.wopplatform.reporting;

import org.jspecify.annotations.NullMarked;
