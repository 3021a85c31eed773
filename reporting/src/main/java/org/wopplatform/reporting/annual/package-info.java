/**
 * The annual report assembled for a year: its figures (live for a draft, frozen for a
 * published report), tables and charts, stories, and its exports.
 */
@NullMarked
package org.wopplatform.reporting.annual;

import org.jspecify.annotations.NullMarked;
