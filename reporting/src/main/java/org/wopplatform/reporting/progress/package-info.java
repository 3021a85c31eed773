/**
 * A partnership's progress report as a document to keep: its content put together (live
 * for a draft, frozen at approval), printed as PDF and written as XLSX.
 */
@NullMarked
package org.wopplatform.reporting.progress;

import org.jspecify.annotations.NullMarked;
