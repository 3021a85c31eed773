/**
 * The start page of each signed-in person ("My work"), where sign-in leads: utility staff
 * see their partnerships with each one's next step and their brokering; coordinators and
 * the secretariat their queues as counts with the first rows, each queue on its own
 * paginated page.
 */
@NullMarked
package org.wopplatform.web.work;

import org.jspecify.annotations.NullMarked;
