package org.wopplatform.web.capacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.domain.progress.CapacityAssessments;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.persistence.progress.ProgressReportRepository;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Capacity change in a progress report, as the partners and their coordinator do it
 * through the pages, each request committed: each side assesses in its own words, a
 * disagreement blocks approval until the reviewer records the agreed value, practice is
 * rated once a year, and the one reading of approved results is the same in the domain
 * and in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportCapacityTests {

	/** VEI (1, mentor) and MWAUWASA (5, mentee), WOP-Africa, published. */
	static final long FIXTURE = 950_002;

	static final long SYSTEMS = 950_101;

	static final long SKILLS = 950_102;

	static final long REPORT = 950_201;

	static final String REPORT_PAGE = "/partnerships/" + FIXTURE + "/reports/" + REPORT;

	static final String PAGE = REPORT_PAGE + "/capacity";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProgressReportRepository reports;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published)"
				+ " values (?, 'REPORT-CAPACITY-FIXTURE', 'WOP', 'Report capacity fixture', 'IMPLEMENTATION',"
				+ " 'WOP_AFRICA', true)")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (950001, ?, 1, 'LEAD_MENTOR', 0), (950002, ?, 5, 'LEAD_MENTEE', 1)")
			.param(FIXTURE)
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into partnership_working_area (partnership_id, working_area_code) values (?, 'NRW')")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)"
				+ " values (?, ?, 'NRW', 'TA_SYSTEMS', 1), (?, ?, 'NRW', 'IN_SKILLS_ABILITIES', 2)")
			.param(SYSTEMS)
			.param(FIXTURE)
			.param(SKILLS)
			.param(FIXTURE)
			.update();
		report(REPORT, 0);
	}

	private void report(long id, int half) {
		jdbc.sql("insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,"
				+ " health_reason) values (?, ?, 2024, ?, 1, 'DRAFT', 'ON_TRACK', 'Going well')")
			.param(id)
			.param(FIXTURE)
			.param(half)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport' and entity_id in"
				+ " (select id from progress_report where partnership_id = ?)")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from progress_report where partnership_id = ?").param(FIXTURE).update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	private long version() {
		return jdbc.sql("select version from progress_report where id = ?").param(REPORT).query(Long.class).single();
	}

	private MvcResult send(SignedInUser who, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(who))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", Long.toString(version()));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(SignedInUser who) throws Exception {
		return mvc.perform(get(PAGE).with(user(who)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String status() {
		return jdbc.sql("select status from progress_report where id = ?").param(REPORT).query(String.class).single();
	}

	@Test
	void theSidesDisagreeAndTheCoordinatorRecordsTheAgreedValueBeforeApproving() throws Exception {
		MvcResult mentee = send(DemoUsers.STAFF_MWAUWASA, PAGE, "side", "MENTEE", "stage[" + SYSTEMS + "]", "2",
				"degree[" + SYSTEMS + "]", "1", "contribution[" + SYSTEMS + "]", "2",
				"obstacleCategories[" + SYSTEMS + "]", "INTERNAL", "obstacleCategories[" + SYSTEMS + "]", "EXTERNAL",
				"obstacles[" + SYSTEMS + "]", "Licences late", "explanation[" + SYSTEMS + "]",
				"Register in use at head office");
		assertThat(mentee.getResponse().getStatus()).isEqualTo(302);
		MvcResult mentor = send(DemoUsers.STAFF_VEI, PAGE, "side", "MENTOR", "stage[" + SYSTEMS + "]", "3",
				"degree[" + SYSTEMS + "]", "1", "contribution[" + SYSTEMS + "]", "2", "stage[" + SKILLS + "]", "2",
				"degree[" + SKILLS + "]", "0", "contribution[" + SKILLS + "]", "1");
		assertThat(mentor.getResponse().getStatus()).isEqualTo(302);
		// Each side speaks for itself only.
		assertThat(send(DemoUsers.STAFF_VEI, PAGE, "side", "MENTEE", "stage[" + SKILLS + "]", "4",
				"degree[" + SKILLS + "]", "2", "contribution[" + SKILLS + "]", "2")
			.getResponse()
			.getStatus()).isEqualTo(403);

		Map<String, Object> mine = jdbc
			.sql("select stage, obstacle_categories, assessed_by from report_capacity_assessment"
					+ " where report_id = ? and focus_id = ? and side = 'MENTEE'")
			.param(REPORT)
			.param(SYSTEMS)
			.query()
			.singleRow();
		assertThat(mine).containsEntry("stage", 2)
			.containsEntry("obstacle_categories", "INTERNAL,EXTERNAL")
			.containsEntry("assessed_by", 4L);
		String trail = jdbc
			.sql("select string_agg(changes::text, ' ') from audit_event"
					+ " where entity_type = 'ProgressReport' and entity_id = ?")
			.param(REPORT)
			.query(String.class)
			.single();
		assertThat(trail).contains("capacity " + SYSTEMS + " MENTEE").contains("capacity " + SYSTEMS + " MENTOR");

		assertThat(send(DemoUsers.STAFF_MWAUWASA, REPORT_PAGE + "/submit").getResponse().getStatus()).isEqualTo(302);
		String review = page(DemoUsers.COORDINATOR_AFRICA);
		assertThat(review).contains("Stage 2 · +1 Positive")
			.contains("Stage 3 · +1 Positive")
			.contains("The two sides read one dimension differently")
			.contains("Record the agreed values");

		MvcResult refused = send(DemoUsers.COORDINATOR_AFRICA, REPORT_PAGE + "/approve");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("assess a capacity dimension differently");
		assertThat(status()).isEqualTo("SUBMITTED");
		// The person who submitted does not record the agreed value.
		assertThat(send(DemoUsers.STAFF_MWAUWASA, PAGE + "/agree", "stage[" + SYSTEMS + "]", "3").getResponse()
			.getStatus()).isEqualTo(403);

		MvcResult agreed = send(DemoUsers.COORDINATOR_AFRICA, PAGE + "/agree", "stage[" + SYSTEMS + "]", "3",
				"degree[" + SYSTEMS + "]", "1", "contribution[" + SYSTEMS + "]", "2", "explanation[" + SYSTEMS + "]",
				"Visible at head office and two districts");
		assertThat(agreed.getResponse().getStatus()).isEqualTo(302);
		assertThat(send(DemoUsers.COORDINATOR_AFRICA, REPORT_PAGE + "/approve").getResponse().getStatus())
			.isEqualTo(302);
		assertThat(status()).isEqualTo("APPROVED");

		List<Map<String, Object>> results = jdbc
			.sql("select focus_id, stage, consensus from capacity_result where report_id = ? order by focus_id")
			.param(REPORT)
			.query()
			.listOfRows();
		assertThat(results).hasSize(2);
		assertThat(results.get(0)).containsEntry("focus_id", SYSTEMS)
			.containsEntry("stage", 3)
			.containsEntry("consensus", "AGREED_IN_REVIEW");
		assertThat(results.get(1)).containsEntry("focus_id", SKILLS)
			.containsEntry("stage", 2)
			.containsEntry("consensus", "ONE_PARTNER");
	}

	@Test
	void anIncompleteAssessmentIsRefusedNextToItsFieldAndWhatWasTypedStays() throws Exception {
		MvcResult result = send(DemoUsers.STAFF_MWAUWASA, PAGE, "side", "MENTEE", "stage[" + SYSTEMS + "]", "2",
				"explanation[" + SYSTEMS + "]", "Half written explanation", "degree[" + SKILLS + "]", "7");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"a-degree-" + SYSTEMS + "-error\"")
			.contains("Give the stage, the degree of change and the contribution together.")
			.contains("Half written explanation");
		assertThat(jdbc.sql("select count(*) from report_capacity_assessment where report_id = ?")
			.param(REPORT)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void practiceIsRatedOnceAYearByEachSideWithItsOverallScore() throws Exception {
		MvcResult rated = send(DemoUsers.STAFF_MWAUWASA, PAGE, "side", "MENTEE", "practice[SET_UP]", "4",
				"practice[TRUST_TEAMWORK]", "3", "practice[RESOURCES]", "2", "suggestions", "Plan vehicles earlier");
		assertThat(rated.getResponse().getStatus()).isEqualTo(302);
		String html = page(DemoUsers.STAFF_MWAUWASA);
		assertThat(html).contains("3 / 4").contains("improvement needed").contains("Plan vehicles earlier");

		long halfYear = 950_202;
		report(halfYear, 1);
		MvcResult refused = mvc
			.perform(post("/partnerships/" + FIXTURE + "/reports/" + halfYear + "/capacity")
				.with(user(DemoUsers.STAFF_MWAUWASA))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", "0")
				.param("side", "MENTEE")
				.param("practice[SET_UP]", "4"))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("rated once a year");
	}

	@Test
	void anAssessedDimensionCannotBeRemoved() throws Exception {
		send(DemoUsers.STAFF_MWAUWASA, PAGE, "side", "MENTEE", "stage[" + SYSTEMS + "]", "2", "degree[" + SYSTEMS + "]",
				"1", "contribution[" + SYSTEMS + "]", "2");
		long focusVersion = jdbc.sql("select version from capacity_focus where id = ?")
			.param(SYSTEMS)
			.query(Long.class)
			.single();
		mvc.perform(post("/partnerships/" + FIXTURE + "/capacity/" + SYSTEMS + "/remove")
			.with(user(DemoUsers.COORDINATOR_AFRICA))
			.with(csrf())
			.param("version", Long.toString(focusVersion))).andReturn();
		assertThat(
				jdbc.sql("select count(*) from capacity_focus where id = ?").param(SYSTEMS).query(Long.class).single())
			.isOne();
	}

	/**
	 * The domain's reading of every approved report's assessments equals the database
	 * view that public pages, the annual report and the API read.
	 */
	@Test
	void theDomainAndTheDatabaseReadApprovedAssessmentsAlike() {
		Map<String, String> fromView = new HashMap<>();
		jdbc.sql("select report_id, focus_id, stage, degree, contribution, consensus from capacity_result")
			.query()
			.listOfRows()
			.forEach(r -> fromView.put(r.get("report_id") + "/" + r.get("focus_id"),
					r.get("stage") + " " + r.get("degree") + " " + r.get("contribution") + " " + r.get("consensus")));
		Map<String, String> fromDomain = new HashMap<>();
		transactions.executeWithoutResult(tx -> {
			for (ProgressReport report : reports.findAll()) {
				if (report.status() != org.wopplatform.domain.progress.ReportStatus.APPROVED) {
					continue;
				}
				report.assessments().stream().map(CapacityAssessment::focusId).distinct().forEach(focus -> {
					Optional<CapacityAssessments.Effective> effective = CapacityAssessments
						.effective(report.assessmentsOf(focus));
					effective.ifPresent(e -> fromDomain.put(report.id() + "/" + focus, e.value().stage() + " "
							+ e.value().degree() + " " + e.value().contribution() + " " + e.consensus()));
				});
			}
		});
		assertThat(fromView).isNotEmpty().isEqualTo(fromDomain);
	}

}
