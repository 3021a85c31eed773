package org.wopplatform.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Cadence;

/**
 * The periods a partnership may report on: those that overlap its time-frame, from the
 * first day its start may stand for to the last day its end may stand for ("2016" lasts
 * until 31 December 2016). The period holding the end is the last one; its report is due
 * within the grace period after it, as {@link OverduePolicy} says. A side left unknown
 * sets no bound on that side.
 */
public record ReportingWindow(@Nullable LocalDate start, @Nullable LocalDate end) {

	/**
	 * How many periods back from the latest one are offered when the start is unknown.
	 */
	static final int UNBOUNDED_LOOK_BACK = 6;

	/** At most this many periods are offered at once (the latest ones). */
	static final int MAX_OFFERED = 12;

	public static ReportingWindow of(@Nullable PartialDate start, @Nullable PartialDate end) {
		return new ReportingWindow(start == null ? null : start.earliest(), end == null ? null : end.latest());
	}

	/** Whether a report may cover the period: it overlaps the time-frame. */
	public boolean admits(ReportingPeriod period) {
		return (start == null || !period.end().isBefore(start)) && (end == null || !period.start().isAfter(end));
	}

	/**
	 * The periods to offer on a day, latest first: from the one holding the day (or the
	 * end, once the partnership has ended) back to the one holding the start (or six
	 * periods back when the start is unknown), without those already taken by a report;
	 * at most twelve.
	 */
	public List<ReportingPeriod> offered(LocalDate today, Cadence cadence, Set<ReportingPeriod> taken) {
		LocalDate latest = end != null && end.isBefore(today) ? end : today;
		List<ReportingPeriod> offered = new ArrayList<>();
		ReportingPeriod period = ReportingPeriod.containing(latest, cadence);
		int lookBack = start == null ? UNBOUNDED_LOOK_BACK : Integer.MAX_VALUE;
		for (int looked = 0; looked < lookBack && offered.size() < MAX_OFFERED && admits(period); looked++) {
			if (!taken.contains(period)) {
				offered.add(period);
			}
			if (period.year() <= 1900) {
				break;
			}
			period = period.previous();
		}
		return offered;
	}

}
