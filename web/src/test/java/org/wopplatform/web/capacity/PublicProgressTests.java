package org.wopplatform.web.capacity;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.SqlStatements;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public side of progress and the dashboard, on the illustrative demo data of VEI –
 * Bulawayo (24: 2023 and 2024 approved, 2025 submitted) and Surabaya – Khulna (15: 2023
 * to 2025 approved, the last one a roadblock): only approved reports show, a narrative
 * kept internal stays off the record, the public search filters by health, and the
 * dashboard reads in the same number of statements whatever the partnership's size.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicProgressTests {

	/** Made by the statement-count test, removed after it. */
	static final long SIZED = 950_003;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void cleanUp() {
		committed(() -> {
			jdbc.sql("delete from report_capacity_assessment where report_id = 103").update();
			jdbc.sql("update progress_report set narrative_internal = false where id = 106").update();
			jdbc.sql("delete from progress_report where partnership_id = ?").param(SIZED).update();
			jdbc.sql("delete from partnership where id = ?").param(SIZED).update();
		});
	}

	/**
	 * Changes committed as the platform commits its own, in a transaction: this node's
	 * public pages show them at once (a statement committed on its own is heard from the
	 * database's notification, within milliseconds).
	 */
	private void committed(Runnable change) {
		transaction.executeWithoutResult(t -> change.run());
	}

	private String page(String path, SignedInUser who) throws Exception {
		MockHttpServletRequestBuilder request = get(path).header("Accept-Language", "en");
		if (who != null) {
			request.with(user(who));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void thePublicRecordShowsTheLatestApprovedReportItsHealthAndTheStagesReached() throws Exception {
		// A submitted, not approved report's assessment never shows.
		committed(() -> jdbc
			.sql("insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution)"
					+ " values (103, 101, 'MENTEE', 4, 2, 2)")
			.update());
		String bulawayo = page("/partnerships/24", null);
		assertThat(bulawayo).contains("Latest approved progress report: 2024")
			.contains("health health-potential_risks")
			.contains("Potential risks")
			.contains("Capacity stages reached")
			.contains("Stage 3: Visibility of changes (2024)")
			.doesNotContain("Stage 4: Changes Consolidated (2025)")
			.doesNotContain("two districts still repair on complaint"); // a side's own
																		// words

		String khulna = page("/partnerships/15", null);
		assertThat(khulna).contains("Latest approved progress report: 2025")
			.contains("health health-roadblock")
			.contains("a procurement freeze stopped meter purchases");
		committed(() -> jdbc.sql("update progress_report set narrative_internal = true where id = 106").update());
		assertThat(page("/partnerships/15", null)).contains("Latest approved progress report: 2025")
			.doesNotContain("a procurement freeze stopped meter purchases");

		String dashboard = page("/partnerships/24/dashboard", null);
		assertThat(dashboard).contains("<svg")
			.contains("Working Routines")
			.contains("Stage 3")
			.contains("agreed in review")
			.doesNotContain("2025");
	}

	@Test
	void thePublicSearchFiltersOnTheHealthOfTheLatestApprovedReport() throws Exception {
		String roadblock = page("/partnerships?health=ROADBLOCK", null);
		assertThat(roadblock).contains("Kota Surabaya – Khulna").doesNotContain("VEI – Bulawayo");
		String risks = page("/partnerships?health=POTENTIAL_RISKS", null);
		assertThat(risks).contains("VEI – Bulawayo").doesNotContain("Kota Surabaya – Khulna");
		assertThat(page("/partnerships?health=NONSENSE", null)).contains("VEI – Bulawayo")
			.contains("Kota Surabaya – Khulna");
	}

	@Test
	void theDashboardReadsInTheSameNumberOfStatementsWhateverItsSize() throws Exception {
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published)"
				+ " values (?, 'DASHBOARD-SIZE', 'WOP', 'Dashboard size', 'IMPLEMENTATION', 'WOP_AFRICA', true)")
			.param(SIZED)
			.update();
		jdbc.sql(
				"insert into partnership_working_area (partnership_id, working_area_code) values (?, 'NRW'), (?, 'ASSET_MGMT')")
			.param(SIZED)
			.param(SIZED)
			.update();
		grow(0, 2);
		statements(); // reference data and caches read once
		long small = statements();
		grow(2, 6);
		long large = statements();
		assertThat(large).isEqualTo(small).isLessThan(20);
		assertThat(page("/partnerships/" + SIZED + "/dashboard", null)).contains("2027")
			.contains("Ratings by side and year");
	}

	/** Adds dimensions and approved reports (with assessments and practice) from..to. */
	private void grow(int from, int to) {
		String[] dimensions = { "TA_SYSTEMS", "TA_STRUCTURE", "IN_SKILLS_ABILITIES", "TF_LEADERSHIP", "TA_INFORMATION",
				"IN_STAFF_MOTIVATION" };
		for (int i = from; i < to; i++) {
			long focus = 950_300 + i;
			long report = 950_400 + i;
			jdbc.sql(
					"insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)"
							+ " values (?, ?, ?, ?, 1)")
				.param(focus)
				.param(SIZED)
				.param(i % 2 == 0 ? "NRW" : "ASSET_MGMT")
				.param(dimensions[i])
				.update();
			jdbc.sql("insert into progress_report (id, partnership_id, period_year, period_half, revision, status,"
					+ " health, health_reason, submitted_by, reviewed_by)"
					+ " values (?, ?, ?, 0, 1, 'APPROVED', 'ON_TRACK', 'fine', 4, 2)")
				.param(report)
				.param(SIZED)
				.param(2022 + i)
				.update();
			for (int f = 0; f <= i; f++) {
				jdbc.sql(
						"insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution)"
								+ " values (?, ?, 'MENTEE', ?, 1, 1)")
					.param(report)
					.param(950_300 + f)
					.param(Math.min(4, 1 + i - f))
					.update();
			}
			jdbc.sql("insert into report_practice_rating (report_id, side, dimension_code, rating) values"
					+ " (?, 'MENTOR', 'SET_UP', 3), (?, 'MENTEE', 'SET_UP', 3)")
				.param(report)
				.param(report)
				.update();
		}
	}

	private long statements() throws Exception {
		SqlStatements counter = new SqlStatements(entityManagerFactory);
		return counter.countDuring(() -> page("/partnerships/" + SIZED + "/dashboard", DemoUsers.COORDINATOR_AFRICA));
	}

}
