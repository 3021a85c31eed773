/**
 * The annual report and open data: assembles figures, charts (SVG), stories and exports
 * (PDF, CSV, XLSX, JSON, IATI XML) from what persistence reads. So far: tables as files,
 * the open-data JSON read model and the IATI activity file.
 */
@NullMarked
package org.wopplatform.reporting;

import org.jspecify.annotations.NullMarked;
