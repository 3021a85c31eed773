package org.wopplatform.domain.progress;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Cadence;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingWindowTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void aPartnershipOf2012To2016OffersItsOwnYearsOnly() {
		ReportingWindow window = ReportingWindow.of(PartialDate.day(LocalDate.of(2012, 1, 1)),
				PartialDate.day(LocalDate.of(2016, 1, 3)));

		assertThat(window.offered(TODAY, Cadence.YEARLY, Set.of()).stream().map(Object::toString))
			.containsExactly("2016", "2015", "2014", "2013", "2012");
		assertThat(window.admits(ReportingPeriod.year(2021))).isFalse();
		assertThat(window.admits(ReportingPeriod.year(2011))).isFalse();
		assertThat(window.admits(ReportingPeriod.year(2016))).isTrue();
	}

	@Test
	void aPeriodWithAReportIsNotOffered() {
		ReportingWindow window = ReportingWindow.of(PartialDate.year(2024), null);

		assertThat(window.offered(TODAY, Cadence.HALF_YEARLY, Set.of(ReportingPeriod.half(2025, 2)))
			.stream()
			.map(Object::toString)).containsExactly("2026-H2", "2026-H1", "2025-H1", "2024-H2", "2024-H1");
	}

	@Test
	void aYearEndStandsForItsLastDayAndAFutureStartOffersNothing() {
		assertThat(ReportingWindow.of(PartialDate.year(2012), PartialDate.year(2016))
			.offered(TODAY, Cadence.HALF_YEARLY, Set.of())).first().hasToString("2016-H2");
		assertThat(ReportingWindow.of(PartialDate.year(2027), null).offered(TODAY, Cadence.YEARLY, Set.of())).isEmpty();
	}

	@Test
	void withoutDatesTheLastSixPeriodsAsBefore() {
		assertThat(new ReportingWindow(null, null).offered(TODAY, Cadence.YEARLY, Set.of(ReportingPeriod.year(2024))))
			.extracting(Object::toString)
			.containsExactly("2026", "2025", "2023", "2022", "2021");
	}

}
