/**
 * Brokering: matching a utility's support request with candidate mentors, with a score
 * whose every component is explained. Begun: the scoring only; requests, offers and the
 * brokering lifecycle are still to come.
 */
@NullMarked
package org.wopplatform.domain.brokering;

import org.jspecify.annotations.NullMarked;
