package org.wopplatform.persistence.partnership;

import java.time.LocalDate;
import java.util.Map;

/**
 * Partnerships with at least one activity late on {@code today}: past the last day of its
 * planned end (the end of the year or month for a partial date) and neither done nor
 * dropped, the rule of {@code Activity.isLateOn}.
 */
public record LateActivities(LocalDate today) implements Lateness {

	@Override
	public String condition(Map<String, Object> parameters) {
		parameters.put("lateDay", today);
		parameters.put("lateMonth", today.withDayOfMonth(1));
		parameters.put("lateYear", today.withDayOfYear(1));
		String precision = "org.wopplatform.domain.common.DatePrecision.";
		return "exists (select 1 from Activity la where la.partnershipId = p.id"
				+ " and la.status in (org.wopplatform.domain.workplan.ActivityStatus.NOT_STARTED,"
				+ " org.wopplatform.domain.workplan.ActivityStatus.UNDER_WAY) and ((la.plannedEnd.precision = "
				+ precision + "DAY and la.plannedEnd.date < :lateDay) or (la.plannedEnd.precision = " + precision
				+ "MONTH and la.plannedEnd.date < :lateMonth) or (la.plannedEnd.precision = " + precision
				+ "YEAR and la.plannedEnd.date < :lateYear)))";
	}

}
