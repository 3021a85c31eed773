/** Charts drawn on the server as SVG, with a title, a description and their data. */
@NullMarked
package org.wopplatform.reporting.chart;

import org.jspecify.annotations.NullMarked;
