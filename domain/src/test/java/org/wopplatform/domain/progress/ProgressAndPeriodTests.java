package org.wopplatform.domain.progress;

import org.wopplatform.domain.partnership.Cadence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.reference.BetterDirection;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressAndPeriodTests {

	@Nested
	class Periods {

		@Test
		void yearsAndHalvesHaveTheirDates() {
			assertThat(ReportingPeriod.parse("2024-H1").end()).isEqualTo(LocalDate.of(2024, 6, 30));
			assertThat(ReportingPeriod.parse("2024-h2").start()).isEqualTo(LocalDate.of(2024, 7, 1));
			assertThat(ReportingPeriod.parse("2024").previous()).hasToString("2023");
			assertThat(ReportingPeriod.half(2024, 1).previous()).hasToString("2023-H2");
			assertThat(ReportingPeriod.containing(LocalDate.of(2025, 7, 1), Cadence.HALF_YEARLY))
				.hasToString("2025-H2");
		}

	}

	@Nested
	class Overdue {

		private final OverduePolicy policy = new OverduePolicy(60);

		private final ReportingPeriod started = ReportingPeriod.year(2022);

		@Test
		void theLastYearsReportIsNotDueUntilTheGracePeriodEnds() {
			// 2024 ended; its report is due 60 days later, on 1 March 2025. 2023 is
			// approved.
			Set<ReportingPeriod> approved = Set.of(ReportingPeriod.year(2022), ReportingPeriod.year(2023));

			assertThat(policy.standing(approved, started, Cadence.YEARLY, LocalDate.of(2025, 3, 1)))
				.isEqualTo(Standing.UP_TO_DATE);
			assertThat(policy.standing(approved, started, Cadence.YEARLY, LocalDate.of(2025, 3, 2)))
				.isEqualTo(Standing.OVERDUE);
		}

		@Test
		void twoMissingPeriodsMakeAPartnershipInactive() {
			Set<ReportingPeriod> approved = Set.of(ReportingPeriod.year(2022));

			assertThat(policy.standing(approved, started, Cadence.YEARLY, LocalDate.of(2025, 3, 2)))
				.isEqualTo(Standing.INACTIVE);
		}

		@Test
		void anApprovedLastPeriodIsUpToDate() {
			assertThat(policy.standing(Set.of(ReportingPeriod.year(2024)), started, Cadence.YEARLY,
					LocalDate.of(2025, 6, 1)))
				.isEqualTo(Standing.UP_TO_DATE);
		}

		@Test
		void aNewPartnershipOwesNothingBeforeItsFirstPeriodIsDue() {
			assertThat(
					policy.standing(Set.of(), ReportingPeriod.year(2025), Cadence.YEARLY, LocalDate.of(2025, 11, 23)))
				.isEqualTo(Standing.UP_TO_DATE);
			assertThat(policy.standing(Set.of(), ReportingPeriod.year(2024), Cadence.YEARLY, LocalDate.of(2025, 3, 2)))
				.as("only one period owed: overdue, not inactive")
				.isEqualTo(Standing.OVERDUE);
		}

		@Test
		void halfYearlyReportsAreJudgedByHalves() {
			ReportingPeriod first = ReportingPeriod.half(2024, 1);
			Set<ReportingPeriod> approved = Set.of(first, ReportingPeriod.half(2024, 2));

			assertThat(policy.standing(approved, first, Cadence.HALF_YEARLY, LocalDate.of(2025, 8, 29)))
				.isEqualTo(Standing.UP_TO_DATE);
			assertThat(policy.standing(approved, first, Cadence.HALF_YEARLY, LocalDate.of(2025, 8, 30)))
				.isEqualTo(Standing.OVERDUE);
		}

	}

	@Nested
	class TowardTarget {

		@Test
		void nonRevenueWaterFallingTowardItsTargetIsProgress() {
			assertThat(Progress.toward(new BigDecimal("40"), new BigDecimal("25"), new BigDecimal("31"),
					BetterDirection.LOWER))
				.hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0.6"));
		}

		@Test
		void coverageFallingIsGoingBackwards() {
			assertThat(Progress.toward(new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("55"),
					BetterDirection.HIGHER))
				.hasValueSatisfying(p -> assertThat(p).isNegative());
		}

		@Test
		void beyondTheTargetIsMoreThanOne() {
			assertThat(Progress.toward(new BigDecimal("39"), new BigDecimal("20"), new BigDecimal("12"),
					BetterDirection.LOWER))
				.hasValueSatisfying(p -> assertThat(p).isGreaterThan(BigDecimal.ONE));
		}

		@Test
		void improvementFollowsTheDirection() {
			assertThat(Progress.improved(new BigDecimal("39"), new BigDecimal("12"), BetterDirection.LOWER)).isTrue();
			assertThat(Progress.improved(new BigDecimal("39"), new BigDecimal("12"), BetterDirection.HIGHER)).isFalse();
		}

		@Test
		void noDistanceToCoverGivesNoProgressFigure() {
			assertThat(Progress.toward(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BetterDirection.HIGHER))
				.isEmpty();
		}

	}

}
