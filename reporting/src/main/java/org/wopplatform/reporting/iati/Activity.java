package org.wopplatform.reporting.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;

/**
 * A published partnership with what its IATI activity shows: participants, working areas,
 * SDG targets, budget, the results framework with approved values only and the approved
 * capacity results.
 */
record Activity(long id, String referenceCode, String title, @Nullable String description, @Nullable String objectives,
		PartnershipStatus status, @Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd,
		@Nullable PartialDate actualStart, @Nullable PartialDate actualEnd, @Nullable BigDecimal budgetAmount,
		@Nullable String budgetCurrency, Instant updatedAt, List<Party> participants, List<String> workingAreas,
		List<String> sdgTargets, List<Result> results, List<YearBudget> yearlyBudgets, List<Expenditure> expenditures,
		List<CapacityResult> capacityResults) {

	/**
	 * Cash spent in one reporting period, in one currency, as approved reports state it
	 * for the work plan's cash lines.
	 */
	record Expenditure(ReportingPeriod period, String currency, BigDecimal amount) {
	}

	/**
	 * What the work plan's money lines (cash and in-kind) add up to in one calendar year
	 * and one currency.
	 */
	record YearBudget(int year, String currency, BigDecimal amount) {
	}

	/** An organisation taking part, with its platform role and organisation type. */
	record Party(String name, @Nullable String acronym, @Nullable String country, PartnerRole role,
			String organisationType) {
	}

	/** An indicator of the results framework and its approved values, oldest first. */
	record Result(long indicatorId, String name, @Nullable String kpiCode, @Nullable String unit,
			@Nullable String betterDirection, @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate,
			@Nullable BigDecimal targetValue, @Nullable LocalDate targetDate, List<Actual> actuals) {
	}

	/** A value from an approved progress report, for the report's period. */
	record Actual(ReportingPeriod period, BigDecimal value) {
	}

	/** The start as it happened, else as planned. */
	@Nullable PartialDate start() {
		return actualStart != null ? actualStart : plannedStart;
	}

	/** Whether any date is known: IATI requires at least one activity date. */
	boolean hasDates() {
		return plannedStart != null || plannedEnd != null || actualStart != null || actualEnd != null;
	}

}
