package org.wopplatform.domain.progress;

import org.wopplatform.domain.partnership.Cadence;
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
	 * The two periods judged on a day: the last one whose report is due (ended, grace
	 * period passed) and the one before it.
	 */
	public record Judged(ReportingPeriod last, ReportingPeriod before) {
	}

	public Judged judged(LocalDate today, Cadence cadence) {
		Objects.requireNonNull(today);
		ReportingPeriod last = ReportingPeriod.containing(today, cadence).previous();
		if (!today.isAfter(last.end().plusDays(graceDays))) {
			last = last.previous(); // its report is not due yet: judge the one before
		}
		return new Judged(last, last.previous());
	}

	/**
	 * @param approved the periods that have an approved report
	 * @param firstPeriod the first period the partnership owes a report for (its start)
	 */
	public Standing standing(Set<ReportingPeriod> approved, ReportingPeriod firstPeriod, Cadence cadence,
			LocalDate today) {
		Judged judged = judged(today, cadence);
		if (judged.last().compareTo(firstPeriod) < 0 || approved.contains(judged.last())) {
			return Standing.UP_TO_DATE;
		}
		if (judged.before().compareTo(firstPeriod) >= 0 && !approved.contains(judged.before())) {
			return Standing.INACTIVE;
		}
		return Standing.OVERDUE;
	}

}
