package org.wopplatform.web.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The report workflow through the web layer as the real roles: MWAUWASA's staff write and
 * submit, WOP-Africa's coordinator returns and approves; self-approval, editing an
 * approved report and values of unapproved reports are refused or hidden; a correction is
 * a new revision.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportWorkflowTests {

	static final SignedInUser UTILITY = DemoUsers.STAFF_MWAUWASA;

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	static final String REPORTS = "/partnerships/2/reports";

	static final long INDICATOR = 800_001;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void indicator() {
		cleanUp();
		jdbc.sql("insert into indicator (id, partnership_id, kpi_code, name, unit, better_direction, baseline_value,"
				+ " target_value, frequency) values (?, 2, 'IBNET_6_1', 'Non-revenue water', '%', 'LOWER', 40, 25, 'YEARLY')")
			.param(INDICATOR)
			.update();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport'").update();
		jdbc.sql("update progress_report set corrects_report_id = null where partnership_id = 2").update();
		jdbc.sql("delete from progress_report where partnership_id = 2").update();
		jdbc.sql("delete from indicator where id = ?").param(INDICATOR).update();
	}

	private MvcResult as(SignedInUser who, String path, String language, String... fields) throws Exception {
		return ProgressFixture.post(mvc, who, path, language, fields);
	}

	private long version(String report) {
		return jdbc.sql("select version from progress_report where id = ?")
			.param(Long.valueOf(report))
			.query(Long.class)
			.single();
	}

	private String status(String report) {
		return jdbc.sql("select status from progress_report where id = ?")
			.param(Long.valueOf(report))
			.query(String.class)
			.single();
	}

	private String start(SignedInUser who, String period) throws Exception {
		MvcResult started = as(who, REPORTS, "en", "period", period);
		assertThat(started.getResponse().getRedirectedUrl()).startsWith(REPORTS + "/");
		return started.getResponse().getRedirectedUrl().substring(REPORTS.length() + 1);
	}

	@Test
	void submitReturnResubmitApproveThenCorrect() throws Exception {
		String report = start(UTILITY, "2024");
		String path = REPORTS + "/" + report;

		MvcResult bad = as(UTILITY, path, "fr", "version", "0", "values[" + INDICATOR + "]", "trente");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentAsString()).contains("Ce n’est pas un nombre")
			.contains("value=\"trente\"");

		assertThat(as(UTILITY, path + "/submit", "en", "version", "0").getResponse().getContentAsString())
			.contains("Say how the partnership is doing");

		assertThat(as(UTILITY, path, "fr", "version", "0", "health", "ON_TRACK", "healthReason", "Baisse des pertes",
				"values[" + INDICATOR + "]", "31,5")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select value from indicator_value where report_id = ?")
			.param(Long.valueOf(report))
			.query(String.class)
			.single()).isEqualTo("31.5000");
		assertThat(as(UTILITY, path + "/submit", "en", "version", Long.toString(version(report))).getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(as(UTILITY, path + "/approve", "en", "version", Long.toString(version(report))).getResponse()
			.getStatus()).as("utility staff do not review").isEqualTo(403);

		assertThat(as(COORDINATOR, path + "/return", "en", "version", Long.toString(version(report)), "comment", "")
			.getResponse()
			.getContentAsString()).contains("Say what needs to change.");
		assertThat(as(COORDINATOR, path + "/return", "en", "version", Long.toString(version(report)), "comment",
				"Give the source of the NRW figure")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(status(report)).isEqualTo("RETURNED");
		assertThat(mvc.perform(get(path).with(user(UTILITY))).andReturn().getResponse().getContentAsString())
			.contains("Give the source of the NRW figure");
		assertThat(mvc.perform(get("/partnerships/2")).andReturn().getResponse().getContentAsString())
			.as("unapproved values do not show")
			.doesNotContain("31.50");

		as(UTILITY, path, "en", "version", Long.toString(version(report)), "health", "ON_TRACK", "healthReason",
				"Water balance of December", "values[" + INDICATOR + "]", "31.2");
		as(UTILITY, path + "/submit", "en", "version", Long.toString(version(report)));
		assertThat(as(COORDINATOR, path + "/approve", "en", "version", Long.toString(version(report))).getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(status(report)).isEqualTo("APPROVED");
		assertThat(mvc.perform(get("/partnerships/2")).andReturn().getResponse().getContentAsString()).contains("31.20")
			.contains("59 % of the way from the baseline to the target");

		assertThat(as(UTILITY, path, "en", "version", Long.toString(version(report)), "health", "ROADBLOCK",
				"healthReason", "Changed after approval", "values[" + INDICATOR + "]", "1")
			.getResponse()
			.getContentAsString()).contains("This report cannot be changed now");
		assertThat(jdbc.sql("select value from indicator_value where report_id = ?")
			.param(Long.valueOf(report))
			.query(String.class)
			.single()).isEqualTo("31.2000");

		MvcResult corrected = as(UTILITY, path + "/correct", "en", "version", Long.toString(version(report)));
		String correction = corrected.getResponse().getRedirectedUrl().substring(REPORTS.length() + 1);
		String correctionPath = REPORTS + "/" + correction;
		as(UTILITY, correctionPath, "en", "version", "0", "health", "ON_TRACK", "healthReason", "Corrected balance",
				"values[" + INDICATOR + "]", "30.9");
		as(UTILITY, correctionPath + "/submit", "en", "version", Long.toString(version(correction)));
		as(COORDINATOR, correctionPath + "/approve", "en", "version", Long.toString(version(correction)));

		assertThat(status(correction)).isEqualTo("APPROVED");
		assertThat(status(report)).isEqualTo("SUPERSEDED");
		assertThat(mvc.perform(get("/partnerships/2")).andReturn().getResponse().getContentAsString()).contains("30.90")
			.doesNotContain("31.20");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'ProgressReport'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void nobodyApprovesTheirOwnReport() throws Exception {
		String report = start(COORDINATOR, "2023");
		String path = REPORTS + "/" + report;
		as(COORDINATOR, path, "en", "version", "0", "health", "POTENTIAL_RISKS", "healthReason", "Staff turnover");
		as(COORDINATOR, path + "/submit", "en", "version", Long.toString(version(report)));

		MvcResult own = as(COORDINATOR, path + "/approve", "en", "version", Long.toString(version(report)));

		assertThat(own.getResponse().getStatus()).isEqualTo(400);
		assertThat(own.getResponse().getContentAsString())
			.contains("Nobody reviews a report they submitted themselves.");
		assertThat(status(report)).isEqualTo("SUBMITTED");
	}

	@Test
	void aStaleStepIsRefused() throws Exception {
		String report = start(UTILITY, "2022");
		String path = REPORTS + "/" + report;
		as(UTILITY, path, "en", "version", "0", "health", "ON_TRACK", "healthReason", "First save");

		MvcResult stale = as(UTILITY, path, "en", "version", "0", "health", "ROADBLOCK", "healthReason", "Second save");

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this report");
	}

}
