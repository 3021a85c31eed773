/**
 * A partnership's work plan as GWOPA plans a WOP year by year: activities per working
 * area with their dates, the people responsible on each side and their status, and the
 * budget lines of each activity per contributor, kind and year.
 */
@NullMarked
package org.wopplatform.domain.workplan;

import org.jspecify.annotations.NullMarked;
