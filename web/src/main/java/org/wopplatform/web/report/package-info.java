/**
 * The annual report: its pages for the public (published reports) and the secretariat
 * (drafts, stories, publication), the lists behind each figure, and its files.
 */
@NullMarked
package org.wopplatform.web.report;

import org.jspecify.annotations.NullMarked;
