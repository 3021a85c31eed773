/**
 * The published partnerships as an IATI 2.03 activity file: what is read for it (a few
 * SQL statements), how the platform's codes become IATI codes, and the XML writer.
 */
@NullMarked
package org.wopplatform.reporting.iati;

import org.jspecify.annotations.NullMarked;
