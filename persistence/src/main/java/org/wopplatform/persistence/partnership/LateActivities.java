package org.wopplatform.persistence.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Partnerships with at least one activity late on {@code today}: past the last day of its
 * planned end (the end of the year or month for a partial date) and neither done nor
 * dropped, the rule of {@code Activity.isLateOn}.
 */
public record LateActivities(LocalDate today) implements Lateness {

	/**
	 * The same rule in SQL, on activity rows aliased {@code la}: three parameters, the
	 * day, the first of its month and the first of its year ({@link #sqlParameters}), as
	 * in {@link #condition}. A planned end's precision is always one of the three.
	 */
	public static final String SQL = "la.status in ('NOT_STARTED', 'UNDER_WAY') and la.planned_end < case"
			+ " la.planned_end_precision when 'DAY' then ?::date when 'MONTH' then ?::date when 'YEAR' then ?::date end";

	/** The parameters of {@link #SQL}, in order. */
	public List<Object> sqlParameters() {
		return List.of(today, today.withDayOfMonth(1), today.withDayOfYear(1));
	}

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
