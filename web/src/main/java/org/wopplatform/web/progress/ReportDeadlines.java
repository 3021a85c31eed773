package org.wopplatform.web.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.OverduePolicy;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.partnership.LateFilter;
import org.wopplatform.persistence.partnership.Lateness;
import org.wopplatform.persistence.progress.ApprovedValues;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When reports are due: {@link OverduePolicy} with {@code wop.reports.grace-days}
 * (default 90) after the end of each period, judged on today's date (UTC). One place for
 * the work lists, the search filter, the record and the reminders.
 */
@Component
public class ReportDeadlines {

	private final OverduePolicy policy;

	private final ApprovedValues approved;

	private final Clock clock;

	ReportDeadlines(@Value("${wop.reports.grace-days:90}") int graceDays, ApprovedValues approved, Clock clock) {
		this.policy = new OverduePolicy(graceDays);
		this.approved = approved;
		this.clock = clock;
	}

	public OverduePolicy policy() {
		return policy;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The period of the cadence that has just ended, while its report is due but not yet
	 * late (within the grace period); empty otherwise.
	 */
	public java.util.Optional<ReportingPeriod> justEnded(org.wopplatform.domain.partnership.Cadence cadence) {
		LocalDate today = today();
		ReportingPeriod ended = ReportingPeriod.containing(today, cadence).previous();
		return policy.judged(today, cadence).last().equals(ended) ? java.util.Optional.empty()
				: java.util.Optional.of(ended);
	}

	public LateFilter late(Standing standing) {
		return LateFilter.of(standing, policy, today());
	}

	/**
	 * The lateness a search filter names: OVERDUE or INACTIVE with the reports,
	 * ACTIVITIES with the work plan (an activity past its planned end, neither done nor
	 * dropped); empty for anything else.
	 */
	public @Nullable Lateness lateness(String choice) {
		return switch (choice.strip().toUpperCase(java.util.Locale.ROOT)) {
			case "OVERDUE" -> late(Standing.OVERDUE);
			case "INACTIVE" -> late(Standing.INACTIVE);
			case "ACTIVITIES" -> new LateActivities(today());
			default -> null;
		};
	}

	/**
	 * The lateness the public may filter on: inactive (no approved report for two
	 * periods), as the UN SDG registry marks initiatives; being overdue or late with the
	 * work plan is working information for signed-in readers.
	 */
	public @Nullable Lateness publicLateness(String choice) {
		return "INACTIVE".equalsIgnoreCase(choice.strip()) ? lateness(choice) : null;
	}

	/**
	 * How the partnership stands with its reports; only a partnership under way with a
	 * known start owes any.
	 */
	public Standing standing(Partnership partnership) {
		return standing(partnership, () -> approved.approvedPeriods(Objects.requireNonNull(partnership.id())));
	}

	/** The same, from the periods with an approved report when the caller has them. */
	public Standing standing(Partnership partnership,
			java.util.function.Supplier<Set<ReportingPeriod>> approvedPeriods) {
		if (partnership.id() == null) {
			return Standing.UP_TO_DATE;
		}
		return standing(partnership.status(), partnership.actualStart().or(partnership::plannedStart),
				partnership.reportingCadence(), approvedPeriods);
	}

	/**
	 * The same for a partnership of the given status, start (actual, else planned) and
	 * reporting cadence (the record page's read model).
	 */
	public Standing standing(PartnershipStatus status, java.util.Optional<PartialDate> start, Cadence cadence,
			java.util.function.Supplier<Set<ReportingPeriod>> approvedPeriods) {
		boolean running = status == PartnershipStatus.IMPLEMENTATION || status == PartnershipStatus.FINALISATION;
		if (!running || start.isEmpty()) {
			return Standing.UP_TO_DATE;
		}
		Set<ReportingPeriod> periods = approvedPeriods.get();
		return policy.standing(periods, ReportingPeriod.containing(start.get().date(), cadence), cadence, today());
	}

}
