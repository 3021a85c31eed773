package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DomainRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressReportTests {

	static final long UTILITY_USER = 4;

	static final long COORDINATOR = 2;

	static final Instant NOW = Instant.parse("2025-02-01T10:00:00Z");

	private static ProgressReport readyToSubmit() {
		ProgressReport report = ProgressReport.draft(1, ReportingPeriod.year(2024));
		report.describe(Health.ON_TRACK, "NRW down in all DMAs", "Two DMAs set up", null, null, null);
		report.recordValue(10, new BigDecimal("31.5"), null);
		return report;
	}

	private static String rule(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleViolation ex) {
			return ex.code();
		}
		throw new AssertionError("expected a rule violation");
	}

	@Test
	void goesThroughSubmitReturnResubmitAndApprove() {
		ProgressReport report = readyToSubmit();
		report.submit(UTILITY_USER, NOW);
		report.returnToSubmitter(COORDINATOR, "Please add the source of the NRW figure", NOW);

		assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.reviewerComment()).isEqualTo("Please add the source of the NRW figure");
		report.recordValue(10, new BigDecimal("31.2"), "Water balance, December 2024");
		report.submit(UTILITY_USER, NOW);
		report.approve(COORDINATOR, NOW);

		assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
		assertThat(report.valueOf(10)).hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("31.2"));
	}

	@Test
	void nobodyReviewsTheirOwnSubmission() {
		ProgressReport report = readyToSubmit();
		report.submit(COORDINATOR, NOW);

		assertThat(rule(() -> report.approve(COORDINATOR, NOW))).isEqualTo("report.rule.selfReview");
		assertThat(rule(() -> report.returnToSubmitter(COORDINATOR, "no", NOW))).isEqualTo("report.rule.selfReview");
		assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void anApprovedReportIsLocked() {
		ProgressReport report = readyToSubmit();
		report.submit(UTILITY_USER, NOW);
		report.approve(COORDINATOR, NOW);

		assertThat(rule(() -> report.recordValue(10, BigDecimal.ONE, null))).isEqualTo("report.rule.locked");
		assertThat(rule(() -> report.describe(Health.ROADBLOCK, "x", null, null, null, null)))
			.isEqualTo("report.rule.locked");
	}

	@Test
	void aCorrectionIsANewDraftRevisionWithTheSameContent() {
		ProgressReport report = readyToSubmit();
		report.submit(UTILITY_USER, NOW);
		report.approve(COORDINATOR, NOW);

		ProgressReport correction = report.correction();

		assertThat(correction.revision()).isEqualTo(2);
		assertThat(correction.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(correction.valueOf(10)).hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("31.5"));
		correction.recordValue(10, new BigDecimal("30.9"), "Corrected water balance");
		assertThat(report.valueOf(10)).hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("31.5"));
		report.supersede();
		assertThat(report.status()).isEqualTo(ReportStatus.SUPERSEDED);
	}

	@Test
	void aReturnNeedsAComment() {
		ProgressReport report = readyToSubmit();
		report.submit(UTILITY_USER, NOW);

		assertThat(rule(() -> report.returnToSubmitter(COORDINATOR, " ", NOW)))
			.isEqualTo("report.rule.commentRequired");
	}

	@Test
	void submittingNeedsTheHealthAndItsReason() {
		ProgressReport report = ProgressReport.draft(1, ReportingPeriod.year(2024));

		assertThat(rule(() -> report.submit(UTILITY_USER, NOW))).isEqualTo("report.rule.healthRequired");
	}

	@Test
	void onlyASubmittedReportIsReviewedAndOnlyAnApprovedOneCorrected() {
		ProgressReport report = readyToSubmit();

		assertThat(rule(() -> report.approve(COORDINATOR, NOW))).isEqualTo("report.rule.notSubmitted");
		assertThat(rule(report::correction)).isEqualTo("report.rule.correctOnlyApproved");
	}

	@Test
	void aBlankValueRemovesIt() {
		ProgressReport report = readyToSubmit();
		report.recordValue(10, null, null);

		assertThat(report.values()).isEmpty();
		assertThatThrownBy(() -> ReportingPeriod.parse("2024-H3")).isInstanceOf(IllegalArgumentException.class);
	}

}
