package org.wopplatform.web.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year's report, its draft editor and the list behind a figure send the same SQL
 * statements (counted at the DataSource) with the demo partnerships as with 300 more,
 * before and after publication. Rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class ReportStatementCountTests {

	private static final List<String> PAGES = List.of("/reports", "/reports/2020", "/reports/2020/edit",
			"/reports/2020/partnerships?figure=ACTIVE", "/reports/2020/tables/areas.csv",
			"/reports/2020/partnerships?figure=CAPACITY_STAGE/2", "/reports/2020/tables/capacity-areas.csv");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final java.util.Set<String> warmed = new java.util.HashSet<>();

	private Map<String, Long> statements(List<String> pages) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : pages) {
			// Each page once before its first count (the reference data read once for
			// all), then counted after a change.
			if (warmed.add(page)) {
				mvc.perform(get(page).with(user(AnnualReportTests.SECRETARIAT))).andExpect(status().isOk());
			}
			// A change, as every edit writes one: a draft's figures are counted afresh.
			jdbc.sql("insert into audit_event (id, actor_name, entity_type, entity_id, action)"
					+ " values (nextval('audit_event_seq'), 'test', 'Partnership', 1, 'UPDATE')")
				.update();
			counts.put(page, JdbcStatements.countDuring(
					() -> mvc.perform(get(page).with(user(AnnualReportTests.SECRETARIAT))).andExpect(status().isOk())));
		}
		return counts;
	}

	@Test
	void theReportCostsTheSameWithThreeHundredMorePartnerships() throws Exception {
		mvc.perform(post("/reports").param("year", "2020").with(user(AnnualReportTests.SECRETARIAT)).with(csrf()));
		Map<String, Long> small = statements(PAGES);
		add(300);
		Map<String, Long> large = statements(PAGES);
		assertThat(large).isEqualTo(small);
		assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 16L));

		mvc.perform(post("/reports/2020/publish").param("version", "0")
			.with(user(AnnualReportTests.SECRETARIAT))
			.with(csrf()));
		List<String> published = PAGES.stream().filter(p -> !p.endsWith("/edit")).toList();
		Map<String, Long> frozen = statements(published);
		add(300);
		assertThat(statements(published)).isEqualTo(frozen);
		assertThat(frozen.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 16L));
	}

	private int added;

	/**
	 * Published partnerships active in 2020 with two participants, areas, a target, a
	 * contribution, an indicator with an approved improvement, an achieved deliverable
	 * and two capacity dimensions assessed in the approved report (one by both sides
	 * alike, one resolved by an agreed value).
	 */
	private void add(int count) {
		int from = added + 1;
		added += count;
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status, published, regional_platform_code,
						    planned_start, planned_start_precision, results_narrative)
						select 700000 + n, 'REP-' || n, 'WOP', 'Report load ' || n, 'IMPLEMENTATION', true,
						    case when n % 2 = 0 then 'WOP_AFRICA' else 'WATERLINKS' end, date '2019-01-01', 'YEAR', 'Result ' || n
						from generate_series(:from, :to) n;
						insert into participant (id, partnership_id, organisation_id, role, position)
						select 700000 + 2 * n, 700000 + n, 9, 'LEAD_MENTOR', 0 from generate_series(:from, :to) n
						union all select 700001 + 2 * n, 700000 + n, 5, 'LEAD_MENTEE', 1 from generate_series(:from, :to) n;
						insert into partnership_working_area select 700000 + n, 'NRW' from generate_series(:from, :to) n;
						insert into partnership_sdg_target select 700000 + n, '6.1' from generate_series(:from, :to) n;
						insert into contribution (id, partnership_id, category, description, amount, currency, position)
						select 700000 + n, 700000 + n, 'FINANCING', 'Grant', 100, 'USD', 0 from generate_series(:from, :to) n;
						insert into indicator (id, partnership_id, name, better_direction, baseline_value, frequency)
						select 700000 + n, 700000 + n, 'NRW', 'LOWER', 40, 'YEARLY' from generate_series(:from, :to) n;
						insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
						    health_reason, submitted_by, reviewed_by, achievements)
						select 700000 + n, 700000 + n, 2020, 0, 1, 'APPROVED', 'ON_TRACK', 'On plan', 4, 2, 'Done ' || n
						from generate_series(:from, :to) n;
						insert into indicator_value (id, report_id, indicator_id, value)
						select 700000 + n, 700000 + n, 700000 + n, 30 from generate_series(:from, :to) n;
						insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position)
						select 700000 + n, 700000 + n, 'Plan', date '2020-01-01', 'YEAR', 'ACHIEVED', 0
						from generate_series(:from, :to) n;
						insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)
						select 700000 + 2 * n, 700000 + n, 'NRW', 'TA_SYSTEMS', 1 from generate_series(:from, :to) n
						union all select 700001 + 2 * n, 700000 + n, 'NRW', 'IN_SKILLS_ABILITIES', 1
						from generate_series(:from, :to) n;
						insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution)
						select 700000 + n, 700000 + 2 * n, side, 2, 1, 1 from generate_series(:from, :to) n,
						    unnest(array['MENTOR', 'MENTEE']) side
						union all select 700000 + n, 700001 + 2 * n, side, case side when 'MENTOR' then 2 else 3 end, 1, 1
						from generate_series(:from, :to) n, unnest(array['MENTOR', 'MENTEE', 'AGREED']) side""")
			.param("from", from)
			.param("to", added)
			.update();
	}

}
