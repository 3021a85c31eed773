package org.wopplatform.domain.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.report.CountedPartnership.StatusEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wopplatform.domain.partnership.PartnershipStatus.CANCELLED;
import static org.wopplatform.domain.partnership.PartnershipStatus.CLOSED;
import static org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION;
import static org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION;

class CountedPartnershipTests {

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	private static CountedPartnership wop(PartnershipStatus now, String plannedStart, String plannedEnd,
			String actualStart, String actualEnd, StatusEntry... history) {
		return new CountedPartnership(1, PartnershipKind.WOP, true, now,
				plannedStart == null ? null : day(plannedStart), plannedEnd == null ? null : day(plannedEnd),
				actualStart == null ? null : day(actualStart), actualEnd == null ? null : day(actualEnd),
				List.of(history));
	}

	@Test
	void aPartnershipUnderWayPastItsPlannedEndStaysActiveAndSaysSo() {
		var p = wop(FINALISATION, "2019-01-01", "2021-01-01", "2019-03-01", null,
				new StatusEntry(0, IMPLEMENTATION, day("2019-03-01")),
				new StatusEntry(1, FINALISATION, day("2025-06-01")));
		assertThat(p.figuresIn(2023)).containsExactly("ACTIVE", "PAST_PLANNED_END");
		assertThat(p.figuresIn(2021)).containsExactly("ACTIVE");
		assertThat(p.statusAtEndOf(2023)).isEqualTo(IMPLEMENTATION);
		assertThat(p.statusAtEndOf(2025)).isEqualTo(FINALISATION);
		assertThat(p.figuresIn(2018)).isEmpty();
	}

	@Test
	void theStatusOfAYearIsTheStatusAtItsEnd() {
		var cancelled = wop(CANCELLED, null, null, "2020-01-01", "2022-05-01",
				new StatusEntry(0, IMPLEMENTATION, day("2020-01-01")),
				new StatusEntry(1, CANCELLED, day("2022-05-01")));
		assertThat(cancelled.figuresIn(2021)).containsExactly("ACTIVE");
		assertThat(cancelled.figuresIn(2022)).isEmpty();
	}

	@Test
	void aClosedPartnershipWithAnActualEndButNoStartIsCompletedAndNotDated() {
		var p = wop(CLOSED, null, null, null, "2021-09-30", new StatusEntry(1, CLOSED, day("2021-09-30")));
		assertThat(p.figuresIn(2021)).containsExactly("COMPLETED", "NOT_DATED");
		assertThat(p.figuresIn(2022)).isEmpty();
		assertThat(p.figuresIn(2020)).containsExactly("NOT_DATED");
	}

	@Test
	void aNetworkCountsApart() {
		var network = new CountedPartnership(2, PartnershipKind.NETWORK, true, IMPLEMENTATION, day("2009-01-01"), null,
				null, null, List.of(new StatusEntry(0, IMPLEMENTATION, day("2009-01-01"))));
		assertThat(network.figuresIn(2012)).containsExactly("NETWORK");
	}

	@Test
	void aClosedPartnershipWithoutActualEndEndsAtItsPlannedEndAndIsNotCompleted() {
		var p = wop(CLOSED, "2019-01-01", "2021-01-01", null, null,
				new StatusEntry(0, IMPLEMENTATION, day("2019-01-01")), new StatusEntry(1, CLOSED, day("2026-01-10")));
		assertThat(p.figuresIn(2021)).containsExactly("ACTIVE");
		assertThat(p.figuresIn(2022)).isEmpty();
	}

	@Test
	void unpublishedRecordsNeverCount() {
		var p = new CountedPartnership(3, PartnershipKind.WOP, false, IMPLEMENTATION, day("2020-01-01"), null, null,
				null, List.of(new StatusEntry(0, IMPLEMENTATION, day("2020-01-01"))));
		assertThat(p.figuresIn(2020)).isEmpty();
	}

}
