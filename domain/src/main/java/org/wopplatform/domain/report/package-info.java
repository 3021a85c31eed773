/**
 * The annual report: drafted by the secretariat, published once with its figures frozen,
 * and its partnership stories.
 */
@NullMarked
package org.wopplatform.domain.report;

import org.jspecify.annotations.NullMarked;
