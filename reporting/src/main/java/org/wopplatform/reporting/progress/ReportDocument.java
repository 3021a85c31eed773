package org.wopplatform.reporting.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a progress report's document shows, as values (names as they were, codes for
 * what the reader's language names): frozen as JSON when the report is approved, so that
 * later changes to the record never change an approved report's document.
 */
public record ReportDocument(String referenceCode, String partnershipTitle, String period, int revision, String status,
		@Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant approvedAt,
		@Nullable String plannedStart, @Nullable String plannedEnd, List<Party> parties, List<String> workingAreas,
		@Nullable Amount budget, List<Resource> resources, @Nullable String health, @Nullable String healthReason,
		@Nullable String achievements, @Nullable String challenges, @Nullable String nextSteps,
		@Nullable String lessons, List<ActivityRow> activities, List<OutputRow> outputs, List<IndicatorRow> indicators,
		List<SpendingRow> spending, List<FactorRow> factors, List<DeliverableRow> deliverables, boolean illustrative) {

	/** A partner and its role code. */
	public record Party(String name, String role) {
	}

	/** An amount in a currency, or in staff-days when the unit is "days". */
	public record Amount(BigDecimal amount, String unit) {
	}

	/** A stated resource: its category code, description and amount. */
	public record Resource(String category, String description, @Nullable Amount amount) {
	}

	/** An activity as planned, and where the report says it stood. */
	public record ActivityRow(String title, String workingArea, String plannedStart, String plannedEnd,
			@Nullable String status, @Nullable Integer percentDone) {
	}

	/**
	 * An output, its target for the report's year, the value reached, the last one
	 * approved.
	 */
	public record OutputRow(String activity, String title, @Nullable String unitCode, @Nullable String unitOther,
			@Nullable BigDecimal target, @Nullable BigDecimal value, @Nullable BigDecimal lastApproved) {
	}

	/**
	 * An indicator with its baseline, target, the value reported and the last one
	 * approved.
	 */
	public record IndicatorRow(String name, @Nullable String unit, @Nullable BigDecimal baseline,
			@Nullable BigDecimal target, @Nullable BigDecimal value, @Nullable BigDecimal lastApproved) {
	}

	/**
	 * A budget line, what the report says was spent on it in the period, and to date (the
	 * approved reports before it, with this one).
	 */
	public record SpendingRow(String activity, String contributor, String kind, int year, Amount budgeted,
			@Nullable BigDecimal spentInPeriod, BigDecimal spentToDate) {
	}

	/** An obstacle or contributing factor: kind and category codes, and words. */
	public record FactorRow(String kind, String category, String text) {
	}

	/** A deliverable, its due date and the status the report gives it (a code). */
	public record DeliverableRow(String title, String due, @Nullable String status) {
	}

	/** Whether the report is approved (its document frozen). */
	public boolean approved() {
		return "APPROVED".equals(status) || "SUPERSEDED".equals(status);
	}

}
