/**
 * Open data: the published partnerships as the public JSON API gives them, with stable
 * field names, read a page at a time in a fixed number of SQL statements.
 */
@NullMarked
package org.wopplatform.reporting.opendata;

import org.jspecify.annotations.NullMarked;
