/**
 * A partnership's work plan: its activities on a Gantt chart with the same data as a
 * table, each activity's budget lines, and the budget added up per contributor, kind,
 * year and currency; built by the partnership's editors, read by whoever reads the
 * record.
 */
@NullMarked
package org.wopplatform.web.workplan;

import org.jspecify.annotations.NullMarked;
