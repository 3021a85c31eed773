/**
 * Brokering: utilities' support requests and mentor offers, ranked candidate mentors with
 * the plain-language explanation of their scores, the brokering path of a match up to a
 * partnership in PIPELINE, the regional board, the weights of the score, and the
 * notifications of each step.
 */
@NullMarked
package org.wopplatform.web.brokering;

import org.jspecify.annotations.NullMarked;
