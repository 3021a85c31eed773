/**
 * Progress pages: for now the results of a partnership (its indicators with baseline,
 * target and approved values, drawn as accessible SVG charts with their tables).
 */
@NullMarked
package org.wopplatform.web.progress;

import org.jspecify.annotations.NullMarked;
