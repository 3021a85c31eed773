/**
 * The partnership aggregate: participants with roles, contributions, working areas, SDG
 * targets, deliverables, and the rules a WOP must keep (mentor and mentee sides, IATI
 * lifecycle, dates in order).
 */
@NullMarked
package org.wopplatform.domain.partnership;

import org.jspecify.annotations.NullMarked;
