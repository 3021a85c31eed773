package org.wopplatform.domain.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;

/**
 * One partnership as a year's report counts it: the rules of the report written once for
 * one record (the same rules are written in SQL for all records at once, in
 * {@code AnnualFigureQueries}, and a test checks that they agree). Dates are the first
 * day of a partial date ("2021" is 1 January 2021).
 * <ul>
 * <li>Only published records count; WOPs and networks (such as GWOPA's own UN SDG record)
 * are counted apart.</li>
 * <li>A partnership's years run from its actual start (else its planned start) to its
 * actual end; without an actual end, while it is under way (or suspended) its end is
 * open, even past its planned end, else its planned end.</li>
 * <li>Its status in a year is its status at the year's end, read from its status history
 * (the entry in effect on 31 December; none yet means it had not begun).</li>
 * <li>It is <em>active</em> in a year when the year falls within its years and its status
 * at the year's end shows it began (under way, finalising, suspended or closed).</li>
 * <li><em>Completed</em> in a year: closed at the year's end with an actual end in the
 * year, whether or not its start is known.</li>
 * <li><em>Not dated</em>: no start known, neither in the pipeline nor cancelled, and not
 * known to have ended before the year: it is listed every year, never dropped.</li>
 * <li><em>Running past its planned end</em>: active, still under way at the year's end,
 * with a planned end before the year began.</li>
 * </ul>
 */
public record CountedPartnership(long id, PartnershipKind kind, boolean published, PartnershipStatus status,
		@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
		@Nullable LocalDate actualEnd, List<StatusEntry> history) {

	/**
	 * A status the partnership entered, the day it took effect, and its place in the
	 * history.
	 */
	public record StatusEntry(int position, PartnershipStatus status, LocalDate from) {
	}

	/** Statuses that show, at a year's end, that a partnership had begun. */
	private static final Set<PartnershipStatus> BEGUN = EnumSet.of(PartnershipStatus.IMPLEMENTATION,
			PartnershipStatus.FINALISATION, PartnershipStatus.SUSPENDED, PartnershipStatus.CLOSED);

	public CountedPartnership {
		history = List.copyOf(history);
	}

	/** Its actual start, else its planned start; none when it is not dated. */
	public @Nullable LocalDate begins() {
		return actualStart != null ? actualStart : plannedStart;
	}

	/** Its last day as the report reads it: none while it is open. */
	public @Nullable LocalDate ends() {
		if (actualEnd != null) {
			return actualEnd;
		}
		return status.isUnderway() ? null : plannedEnd;
	}

	public boolean isDated() {
		return begins() != null;
	}

	/** Its status on the last day of the year, or null when it had no status yet. */
	public @Nullable PartnershipStatus statusAtEndOf(int year) {
		LocalDate last = LocalDate.of(year, 12, 31);
		return history.stream()
			.filter(e -> !e.from().isAfter(last))
			.max(Comparator.comparing(StatusEntry::from).thenComparingInt(StatusEntry::position))
			.map(StatusEntry::status)
			.orElse(null);
	}

	private boolean spans(int year) {
		LocalDate begins = begins();
		LocalDate ends = ends();
		return begins != null && begins.getYear() <= year && (ends == null || ends.getYear() >= year);
	}

	/** Counted in the year, whatever its kind. */
	public boolean countsIn(int year) {
		return published && spans(year) && BEGUN.contains(statusAtEndOf(year));
	}

	public boolean isActiveWopIn(int year) {
		return kind == PartnershipKind.WOP && countsIn(year);
	}

	public boolean isActiveNetworkIn(int year) {
		return kind == PartnershipKind.NETWORK && countsIn(year);
	}

	public boolean startedIn(int year) {
		LocalDate begins = begins();
		return isActiveWopIn(year) && begins != null && begins.getYear() == year;
	}

	public boolean completedIn(int year) {
		return published && kind == PartnershipKind.WOP && actualEnd != null && actualEnd.getYear() == year
				&& statusAtEndOf(year) == PartnershipStatus.CLOSED;
	}

	public boolean notDatedIn(int year) {
		return published && !isDated() && status != PartnershipStatus.PIPELINE && status != PartnershipStatus.CANCELLED
				&& (actualEnd == null || actualEnd.getYear() >= year);
	}

	public boolean runsPastPlannedEndIn(int year) {
		PartnershipStatus atEnd = statusAtEndOf(year);
		return isActiveWopIn(year) && atEnd != null && atEnd.isUnderway() && plannedEnd != null
				&& plannedEnd.getYear() < year;
	}

	/**
	 * The report's base figures that count it in the year: {@code ACTIVE},
	 * {@code STARTED}, {@code COMPLETED}, {@code NOT_DATED}, {@code PAST_PLANNED_END} for
	 * WOPs, {@code NETWORK} and {@code NETWORK_NOT_DATED} for networks.
	 */
	public Set<String> figuresIn(int year) {
		Set<String> figures = new LinkedHashSet<>();
		boolean wop = kind == PartnershipKind.WOP;
		if (isActiveWopIn(year)) {
			figures.add("ACTIVE");
		}
		if (startedIn(year)) {
			figures.add("STARTED");
		}
		if (completedIn(year)) {
			figures.add("COMPLETED");
		}
		if (notDatedIn(year)) {
			figures.add(wop ? "NOT_DATED" : "NETWORK_NOT_DATED");
		}
		if (runsPastPlannedEndIn(year)) {
			figures.add("PAST_PLANNED_END");
		}
		if (isActiveNetworkIn(year)) {
			figures.add("NETWORK");
		}
		return figures;
	}

}
