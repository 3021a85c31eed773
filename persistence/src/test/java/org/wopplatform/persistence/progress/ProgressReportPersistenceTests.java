package org.wopplatform.persistence.progress;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.domain.reference.BetterDirection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Progress reports in PostgreSQL: only approved values are read, and the schema keeps the
 * workflow's rules.
 */
@SpringBootTest
@Transactional
class ProgressReportPersistenceTests {

	static final Instant NOW = Instant.parse("2025-02-01T10:00:00Z");

	@Autowired
	private ProgressReportRepository reports;

	@Autowired
	private IndicatorRepository indicators;

	@Autowired
	private ApprovedValues approvedValues;

	@Autowired
	private JdbcClient jdbc;

	private long nrwIndicator() {
		Indicator indicator = new Indicator(1, "IBNET_6_1", "Non-revenue water", "%", BetterDirection.LOWER,
				Cadence.YEARLY);
		indicator.aim(new BigDecimal("40"), null, new BigDecimal("25"), null, "Water balance");
		return indicators.saveAndFlush(indicator).id();
	}

	private ProgressReport submitted(int year, long indicator, String value) {
		ProgressReport report = ProgressReport.draft(1, ReportingPeriod.year(year));
		report.describe(Health.ON_TRACK, "On plan", null, null, null, null);
		report.recordValue(indicator, new BigDecimal(value), null);
		report.submit(4, NOW);
		return report;
	}

	@Test
	void onlyApprovedValuesAreRead() {
		long indicator = nrwIndicator();
		ProgressReport approved = submitted(2023, indicator, "36.5");
		approved.approve(2, NOW);
		reports.saveAndFlush(approved);
		reports.saveAndFlush(submitted(2024, indicator, "31.0"));

		assertThat(approvedValues.ofPartnership(1)).singleElement().satisfies(v -> {
			assertThat(v.year()).isEqualTo(2023);
			assertThat(v.value()).isEqualByComparingTo("36.5");
		});
	}

	@Test
	void aValueCarriesItsReportsPeriodWhileTheReportIsApproved() {
		long indicator = nrwIndicator();
		ProgressReport report = submitted(2023, indicator, "36.5");
		reports.saveAndFlush(report);
		assertThat(approvedPeriods(report.id())).containsExactly((Integer) null);

		report.approve(2, NOW);
		reports.saveAndFlush(report);
		assertThat(approvedPeriods(report.id())).containsExactly(2023 * 4);

		ProgressReport correction = report.correction();
		report.supersede();
		reports.saveAndFlush(report);
		reports.saveAndFlush(correction);
		assertThat(approvedPeriods(report.id())).containsExactly((Integer) null);

		// a value added straight into an approved half-year report takes its period
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    submitted_by, reviewed_by)
				values (990001, 1, 2024, 2, 1, 'APPROVED', 'ON_TRACK', 4, 2)""").update();
		jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value) values (990001, 990001, ?, 30)")
			.param(indicator)
			.update();
		assertThat(approvedPeriods(990001)).containsExactly(2024 * 4 + 2);
	}

	private java.util.List<Integer> approvedPeriods(long report) {
		return jdbc.sql("select approved_period from indicator_value where report_id = ?")
			.param(report)
			.query((rs, n) -> (Integer) rs.getObject(1))
			.list();
	}

	@Test
	void aCorrectionIsStoredAsTheNextRevision() {
		long indicator = nrwIndicator();
		ProgressReport approved = submitted(2023, indicator, "36.5");
		approved.approve(2, NOW);
		reports.saveAndFlush(approved);

		ProgressReport correction = reports.saveAndFlush(approved.correction());

		assertThat(correction.revision()).isEqualTo(2);
		assertThat(correction.correctsReportId()).isEqualTo(approved.id());
		assertThat(reports.findByPartnership(1)).extracting(ProgressReport::revision).containsExactly(2, 1);
	}

	@Test
	void theDatabaseRefusesASecondApprovedReportForAPeriod() {
		long indicator = nrwIndicator();
		ProgressReport first = submitted(2023, indicator, "36.5");
		first.approve(2, NOW);
		reports.saveAndFlush(first);

		assertThatThrownBy(() -> jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    submitted_by, reviewed_by)
				values (nextval('progress_report_seq'), 1, 2023, 0, 2, 'APPROVED', 'ON_TRACK', 4, 2)""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesASelfReviewedReport() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    submitted_by, reviewed_by)
				values (nextval('progress_report_seq'), 1, 2022, 0, 1, 'APPROVED', 'ON_TRACK', 4, 4)""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
