package org.wopplatform.domain.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a partnership is up to date with its reports. The last period is the latest one
 * that has ended; its report is due {@code graceDays} after its end. Without an approved
 * report for it once that day has passed, the partnership is OVERDUE; when the period
 * before it also has none, it is INACTIVE. Periods before the partnership started are
 * never owed.
 */
public record OverduePolicy(int graceDays) {

	public enum Standing {

		UP_TO_DATE, OVERDUE, INACTIVE

	}

	public OverduePolicy {
		if (graceDays < 0) {
			throw new IllegalArgumentException("The grace period cannot be negative");
		}
	}

	/**
	 * @param approved the periods that have an approved report
	 * @param firstPeriod the first period the partnership owes a report for (its start)
	 */
	public Standing standing(Set<ReportingPeriod> approved, ReportingPeriod firstPeriod, Cadence cadence,
			LocalDate today) {
		Objects.requireNonNull(today);
		ReportingPeriod last = ReportingPeriod.containing(today, cadence).previous();
		if (last.compareTo(firstPeriod) < 0 || !today.isAfter(last.end().plusDays(graceDays))) {
			// Nothing owed yet, or the report for the last period is not due yet: judge
			// the one before.
			last = last.previous();
			if (last.compareTo(firstPeriod) < 0) {
				return Standing.UP_TO_DATE;
			}
		}
		if (approved.contains(last)) {
			return Standing.UP_TO_DATE;
		}
		ReportingPeriod before = last.previous();
		if (before.compareTo(firstPeriod) >= 0 && !approved.contains(before)) {
			return Standing.INACTIVE;
		}
		return Standing.OVERDUE;
	}

}
