package org.wopplatform.web.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.common.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open-data answers send the same small number of SQL statements (every statement
 * through the DataSource, plain JDBC included) with 3 partnerships as with 300, each of
 * those with participants, a working area, an SDG target, an indicator and approved
 * values, and a capacity dimension with an approved result. Rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class OpenDataStatementCountTests {

	private static final List<String> ADDRESSES = List.of("/api/v1/partnerships", "/api/v1/partnerships?size=200",
			"/api/v1/partnerships?country=NL&status=IMPLEMENTATION&sort=newest", "/api/v1/partnerships?q=vei&area=NRW",
			"/api/v1/partnerships?target=6.1&year=2020", "/api/v1/partnerships?after=1&size=2",
			"/api/v1/partnerships?area=NRW&after=1&size=2", "/api/v1/partnerships/1", "/api/v1/iati/activities.xml");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	/** Forgotten before each count: the counts are of producing the answer. */
	@Autowired
	private PublicPageCache pages;

	private Map<String, Long> statementsPerAddress() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String address : ADDRESSES) {
			mvc.perform(get(address)).andExpect(status().isOk()); // warms the
																	// reference-data
																	// cache
			pages.clear();
			counts.put(address, JdbcStatements.countDuring(() -> mvc.perform(get(address)).andExpect(status().isOk())));
		}
		return counts;
	}

	@Test
	void threeOrThreeHundredPartnershipsCostTheSame() throws Exception {
		jdbc.sql("delete from partnership where id not in (1, 24, 25)").update();
		Map<String, Long> small = statementsPerAddress();

		addPartnerships(297);
		Map<String, Long> large = statementsPerAddress();

		assertThat(jdbc.sql("select count(*) from partnership where published").query(Long.class).single())
			.isEqualTo(300);
		assertThat(large).isEqualTo(small);
		// at most 6 to produce the answer (the page's ids, then their rows; one of them
		// the capacity results), two more with a text, an area, a target, a country or a
		// year (planned with their values, then the rows planned as usual again), and the
		// data version read by PublicPageCache; with a text within an area, one setting
		// more in each of those two (no parallel workers for the walk, then as usual
		// again: no round trip more)
		assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 10L));
		assertThat(small.get("/api/v1/partnerships?target=6.1&year=2020")).isLessThanOrEqualTo(9);
	}

	/**
	 * Published copies of a WOP: VEI mentoring MWAUWASA in WOP-Africa on non-revenue
	 * water, with an NRW indicator and an approved value for 2024, and a capacity
	 * dimension (leadership, in NRW) both sides assessed alike in that report.
	 */
	private void addPartnerships(int count) {
		LoadPartnerships.add(jdbc, count);
		jdbc.sql("""
				insert into indicator (id, partnership_id, kpi_code, name, unit, better_direction, baseline_value,
				    baseline_date, target_value, target_date, frequency)
				select 100000 + n, 100000 + n, 'GW_NRW_PCT_SYSTEM_INPUT', 'NRW', '%', 'LOWER', 40, date '2020-12-31',
				    30, date '2026-12-31', 'YEARLY'
				from generate_series(1, ?) n""").param(count).update();
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    submitted_by, reviewed_by)
				select 100000 + n, 100000 + n, 2024, 0, 1, 'APPROVED', 'ON_TRACK', 4, 2 from generate_series(1, ?) n""")
			.param(count)
			.update();
		jdbc.sql("""
				insert into indicator_value (id, report_id, indicator_id, value)
				select 100000 + n, 100000 + n, 100000 + n, 35 from generate_series(1, ?) n""").param(count).update();
		jdbc.sql("""
				insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)
				select 100000 + n, 100000 + n, 'NRW', 'TF_LEADERSHIP', 1 from generate_series(1, ?) n""")
			.param(count)
			.update();
		jdbc.sql("""
				insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution)
				select 100000 + n, 100000 + n, side, 2, 1, 1 from generate_series(1, ?) n,
				    (values ('MENTOR'), ('MENTEE')) sides(side)""").param(count).update();
	}

}
