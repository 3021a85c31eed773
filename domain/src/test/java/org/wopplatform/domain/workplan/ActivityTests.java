package org.wopplatform.domain.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an activity and of the budget added up from its lines. */
class ActivityTests {

	private static final Activity.Window PARTNERSHIP = new Activity.Window(PartialDate.year(2019),
			PartialDate.month(2022, 6));

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency USD = Currency.getInstance("USD");

	private static Activity activity(PartialDate start, PartialDate end) {
		return new Activity(1, "NRW", "Meter replacement", start, end, PARTNERSHIP);
	}

	@Test
	void anActivityLiesInsideThePartnershipsDatesWithItsEndNotBeforeItsStart() {
		assertThat(activity(PartialDate.month(2019, 3), PartialDate.month(2022, 6)).plannedEnd())
			.isEqualTo(PartialDate.month(2022, 6));
		assertThatThrownBy(() -> activity(PartialDate.year(2018), PartialDate.year(2020)))
			.hasFieldOrPropertyWithValue("code", "activity.dates.outsidePartnership");
		assertThatThrownBy(() -> activity(PartialDate.year(2020), PartialDate.year(2022)))
			.as("2022 runs to December, past the partnership's June 2022")
			.hasFieldOrPropertyWithValue("code", "activity.dates.outsidePartnership");
		assertThatThrownBy(() -> activity(PartialDate.year(2021), PartialDate.year(2020)))
			.hasFieldOrPropertyWithValue("code", "partnership.rule.datesOutOfOrder");
		assertThat(new Activity(1, "NRW", "Open-ended", PartialDate.year(2030), PartialDate.year(2031),
				new Activity.Window(null, null))
			.plannedStart()).as("a partnership without dates limits nothing").isEqualTo(PartialDate.year(2030));
	}

	@Test
	void budgetLinesAreNeverNegativeMoneyHasACurrencyDaysHaveNoneAndTheYearIsTheActivitys() {
		Activity a = activity(PartialDate.year(2019), PartialDate.year(2020));

		assertThatThrownBy(() -> a.addBudgetLine(1, BudgetKind.CASH, new BigDecimal("-1"), EUR, 2019))
			.isInstanceOf(DomainRuleViolation.class);
		assertThatThrownBy(() -> a.addBudgetLine(1, BudgetKind.IN_KIND, BigDecimal.TEN, null, 2019))
			.hasFieldOrPropertyWithValue("code", "currency.required");
		assertThatThrownBy(() -> a.addBudgetLine(1, BudgetKind.STAFF_DAYS, BigDecimal.TEN, EUR, 2019))
			.hasFieldOrPropertyWithValue("code", "budget.days.noCurrency");
		assertThatThrownBy(() -> a.addBudgetLine(1, BudgetKind.CASH, BigDecimal.TEN, EUR, 2021))
			.hasFieldOrPropertyWithValue("code", "budget.year.outsideActivity");
		a.addBudgetLine(1, BudgetKind.CASH, BigDecimal.TEN, EUR, 2020);
		assertThatThrownBy(() -> a.plan(PartialDate.year(2019), PartialDate.year(2019), PARTNERSHIP))
			.as("moving the dates may not strand a line outside them")
			.hasFieldOrPropertyWithValue("code", "budget.year.outsideActivity");
		assertThat(a.budgetLines()).hasSize(1);
	}

	@Test
	void anActivityIsLateAfterItsPlannedEndUntilItIsDoneOrDroppedWithAReason() {
		Activity a = activity(PartialDate.year(2019), PartialDate.month(2020, 6));

		assertThat(a.isLateOn(LocalDate.of(2020, 6, 30))).as("its last day").isFalse();
		assertThat(a.isLateOn(LocalDate.of(2020, 7, 1))).isTrue();
		assertThatThrownBy(() -> a.changeStatus(ActivityStatus.DROPPED, " ")).hasFieldOrPropertyWithValue("code",
				"activity.drop.reasonRequired");
		a.changeStatus(ActivityStatus.DROPPED, "Utility merged");
		assertThat(a.isLateOn(LocalDate.of(2026, 1, 1))).isFalse();
		a.changeStatus(ActivityStatus.UNDER_WAY, "Restarted with the new utility");
		assertThat(a.statusNote()).isEqualTo("Restarted with the new utility");
		assertThat(a.isLateOn(LocalDate.of(2026, 1, 1))).isTrue();
	}

	@Test
	void theBudgetIsAddedUpPerContributorKindAndYearAndPerCurrencyNeverAcross() {
		Activity meters = activity(PartialDate.year(2019), PartialDate.year(2020));
		Activity training = activity(PartialDate.year(2020), PartialDate.year(2021));
		meters.addBudgetLine(1, BudgetKind.CASH, new BigDecimal("1000.50"), EUR, 2019);
		meters.addBudgetLine(1, BudgetKind.CASH, new BigDecimal("999.50"), EUR, 2019);
		training.addBudgetLine(1, BudgetKind.CASH, new BigDecimal("3000"), USD, 2021);
		training.addBudgetLine(5, BudgetKind.STAFF_DAYS, new BigDecimal("12.5"), null, 2020);

		BudgetSummary summary = BudgetSummary.of(List.of(meters, training));

		assertThat(summary.rows()).containsExactly(
				new BudgetSummary.Row(1, BudgetKind.CASH, 2019, "EUR", new BigDecimal("2000.00")),
				new BudgetSummary.Row(1, BudgetKind.CASH, 2021, "USD", new BigDecimal("3000.00")),
				new BudgetSummary.Row(5, BudgetKind.STAFF_DAYS, 2020, "days", new BigDecimal("12.50")));
		assertThat(summary.totalByUnit()).containsOnlyKeys("EUR", "USD", "days");
		assertThat(summary.moneyTotals()).containsOnlyKeys("EUR", "USD");
		assertThat(summary.differenceFrom(new Money(new BigDecimal("2500"), EUR))).isEqualByComparingTo("-500");
		assertThat(summary.differenceFrom(new Money(new BigDecimal("2500"), Currency.getInstance("KES")))).isNull();
	}

	@Test
	void anOutputValueFarFromTheYearsTargetIsQuestionedAndTheTimeElapsedIsCountedFromThePlan() {
		Activity a = activity(PartialDate.year(2019), PartialDate.year(2020));
		Output output = a.addOutput("Meters replaced", "CONNECTIONS", null,
				java.util.Map.of(2019, new BigDecimal("100")), null, null);

		assertThat(output.isFarFromTarget(2019, new BigDecimal("60"))).isFalse();
		assertThat(output.isFarFromTarget(2019, new BigDecimal("49"))).isTrue();
		assertThat(output.isFarFromTarget(2019, new BigDecimal("151"))).isTrue();
		assertThat(output.isFarFromTarget(2020, new BigDecimal("1"))).as("no target that year").isFalse();
		assertThat(PARTNERSHIP.elapsedPercent(List.of(a), LocalDate.of(2018, 6, 1))).isZero();
		assertThat(PARTNERSHIP.elapsedPercent(List.of(a), LocalDate.of(2030, 6, 1))).isEqualTo(100);
		assertThat(new Activity.Window(null, null).elapsedPercent(List.of(a), LocalDate.of(2020, 1, 1)))
			.as("half of 2019-2020, from the activities")
			.isEqualTo(50);
	}

}
