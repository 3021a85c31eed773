package org.wopplatform.web.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.progress.NextSteps.Owed;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.persistence.progress.WorkQueues.Day;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.progress.ReportDeadlines;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * What the work lists are judged by today ({@link ReportDeadlines}), whose work they show
 * (the reader's scope, or for the secretariat the region chosen), and dates as the reader
 * writes them.
 */
@Component
class WorkDay {

	private final ReportDeadlines deadlines;

	private final ReferenceData reference;

	WorkDay(ReportDeadlines deadlines, ReferenceData reference) {
		this.deadlines = deadlines;
		this.reference = reference;
	}

	Day day(Viewer viewer) {
		return new Day(java.util.Objects.requireNonNull(viewer.user()).id(),
				deadlines.justEnded(Cadence.YEARLY).orElse(null), deadlines.justEnded(Cadence.HALF_YEARLY).orElse(null),
				deadlines.late(Standing.OVERDUE), deadlines.late(Standing.INACTIVE),
				new LateActivities(deadlines.today()));
	}

	/** For each cadence, the last period that has ended and the day its report is due. */
	Owed owed() {
		LocalDate today = deadlines.today();
		ReportingPeriod year = ReportingPeriod.containing(today, Cadence.YEARLY).previous();
		ReportingPeriod half = ReportingPeriod.containing(today, Cadence.HALF_YEARLY).previous();
		return new Owed(year, dueBy(year), half, dueBy(half));
	}

	LocalDate dueBy(ReportingPeriod period) {
		return period.end().plusDays(deadlines.policy().graceDays());
	}

	LocalDate today() {
		return deadlines.today();
	}

	/**
	 * The region a secretariat member chose, if it is one; a coordinator's is always
	 * their own and others have none.
	 */
	public record Region(@Nullable String code, boolean unknown) {
	}

	Region region(Viewer viewer, @Nullable String chosen) {
		if (!viewer.is(Role.SECRETARIAT) || chosen == null || chosen.isBlank()) {
			return new Region(null, false);
		}
		Optional<String> known = reference.platform(chosen.strip()).map(p -> p.code());
		return known.map(code -> new Region(code, false)).orElseGet(() -> new Region(null, true));
	}

	/**
	 * The reader's work: their utility's, their region's, or (chosen) region's or all.
	 */
	static WorkScope scope(Viewer viewer, Region region) {
		if (viewer.is(Role.SECRETARIAT)) {
			return new WorkScope(null, region.code());
		}
		return WorkScope.of(viewer.readScope());
	}

	static String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	static String date(@Nullable Instant at, Locale locale) {
		return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()), locale);
	}

}
