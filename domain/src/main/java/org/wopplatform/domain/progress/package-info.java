/**
 * Results and progress: a partnership's results framework (outputs, indicators with
 * baseline and target), its progress reports per period with their review workflow
 * (draft, submitted, returned, approved, corrected), progress toward targets in the right
 * direction, and the overdue policy.
 */
@NullMarked
package org.wopplatform.domain.progress;

import org.jspecify.annotations.NullMarked;
