package org.wopplatform.web.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.reporting.annual.AnnualReportAssembly;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnerships a report lists are kept for two reports at most: one kept per report
 * year filled the heap as published years added up. Each report still lists its own
 * partnerships, whichever was forgotten.
 */
@SpringBootTest
class ReportListingsTests {

	@Autowired
	private AnnualReportAssembly assembly;

	@Autowired
	private AnnualFigureQueries queries;

	@Test
	void twoListingsAreKeptAndEachReportStillListsItsOwn() {
		for (int year : new int[] { 2019, 2020, 2021, 2019, 2022, 2020 }) {
			AnnualReport draft = new AnnualReport(year, Instant.parse("2026-12-01T00:00:00Z"));

			assertThat(assembly.listed(draft)).as("%d", year).isEqualTo(queries.listed(year, null));
			assertThat(assembly.listingsKept()).isBetween(1, AnnualReportAssembly.LISTINGS_KEPT);
		}
		assertThat(queries.listed(2020, null)).isNotEmpty().isNotEqualTo(queries.listed(2022, null));
	}

}
