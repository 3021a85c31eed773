package org.wopplatform.web.progress;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A partnership page shows its indicators with approved values only, and progress in the
 * right direction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IndicatorResultsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void onlyApprovedValuesAreChartedWithProgressTowardALowerTarget() throws Exception {
		jdbc.sql("""
				insert into indicator (id, partnership_id, kpi_code, name, unit, better_direction, baseline_value,
				    target_value, frequency)
				values (700001, 1, 'IBNET_6_1', 'Non-revenue water', '%', 'LOWER', 40, 25, 'YEARLY')""").update();
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (700001, 1, 2023, 0, 1, 'APPROVED', 'ON_TRACK', 'On plan', 4, 2),
				       (700002, 1, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'On plan', 4, null)""").update();
		jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value) values"
				+ " (700001, 700001, 700001, 34), (700002, 700002, 700001, 31.75)")
			.update();

		String page = mvc.perform(get("/partnerships/1").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Non-revenue water (%)")
			.contains("40 % of the way from the baseline to the target")
			.contains("34.00")
			.doesNotContain("31.75")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("<title>2023: 34.00</title>")
			.containsPattern("<tr><th scope=\"row\">2023</th><td class=\"number\">34.00</td></tr>\\s*<tr>.*Target");
		String french = mvc.perform(get("/partnerships/1").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(french).contains("<title>2023: 34,00</title>")
			.contains("<th scope=\"row\">2023</th><td class=\"number\">34,00</td>");
	}

	@Test
	void aCoordinatorAddsACatalogueIndicatorWhichTakesItsNameUnitAndDirection() throws Exception {
		var coordinator = new org.wopplatform.web.security.SignedInUser(2, "coordinator.africa@example.org",
				"Coordinator", null, org.wopplatform.domain.account.Role.COORDINATOR, "WOP_AFRICA", null, true, false);

		var added = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/partnerships/2/indicators")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(coordinator))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("kpiCode", "IBNET_6_1")
				.param("baselineValue", "40")
				.param("targetValue", "25")
				.param("frequency", "YEARLY"))
			.andReturn();
		var bad = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/partnerships/2/indicators")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(coordinator))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("name", "Customer satisfaction")
				.param("baselineValue", "lots")
				.param("frequency", "YEARLY"))
			.andReturn();

		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/2/edit/framework");
		assertThat((java.util.Map<String, Object>) added.getFlashMap()).as("says what was added")
			.containsEntry("flash", "partnership.edit.added.indicator")
			.containsEntry("flashArg", "Non-revenue water (% of net water supplied)");
		assertThat(jdbc
			.sql("select name || ' | ' || unit || ' | ' || better_direction from indicator where partnership_id = 2")
			.query(String.class)
			.list()).containsExactly("Non-revenue water (% of net water supplied) | % | LOWER");
		assertThat(bad.getFlashMap().containsKey("org.springframework.validation.BindingResult.indicatorForm"))
			.isTrue();
		assertThat(jdbc.sql(
				"select count(*) from audit_event where entity_type = 'Partnership' and entity_id = 2 and action = 'INDICATOR_ADDED'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPartnershipWithoutIndicatorsShowsNoResultsSection() throws Exception {
		String page = mvc.perform(get("/partnerships/1")).andReturn().getResponse().getContentAsString();

		assertThat(page).doesNotContain("Results framework");
	}

}
