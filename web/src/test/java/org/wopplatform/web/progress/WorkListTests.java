package org.wopplatform.web.progress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each person's work list holds their own scope's reports, and the partnerships late with
 * theirs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WorkListTests {

	static final SignedInUser UTILITY = DemoUsers.STAFF_MWAUWASA;

	static final SignedInUser AFRICA = DemoUsers.COORDINATOR_AFRICA;

	static final SignedInUser ASIA = DemoUsers.COORDINATOR_ASIA;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void reports() {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewer_comment)
				values (810001, 2, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4, null),
				       (810002, 14, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4, null),
				       (810003, 2, 2023, 0, 1, 'RETURNED', 'ON_TRACK', 'x', 4, 'Add the water balance')""").update();
	}

	private String work(SignedInUser who) throws Exception {
		return mvc.perform(get("/work").with(user(who)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aCoordinatorReviewsTheirRegionOnly() throws Exception {
		String africa = work(AFRICA);
		String asia = work(ASIA);

		assertThat(africa).contains("/partnerships/2/reports/810001").doesNotContain("/partnerships/14/reports/810002");
		assertThat(asia).contains("/partnerships/14/reports/810002").doesNotContain("/partnerships/2/reports/810001");
	}

	@Test
	void utilityStaffSeeWhatWasReturnedToThemButReviewNothing() throws Exception {
		String page = work(UTILITY);

		assertThat(page).contains("/partnerships/2/reports/810003").contains("Add the water balance");
		assertThat(page).doesNotContain("Reports to review").doesNotContain("810002");
	}

	@Test
	void aRunningPartnershipWithoutApprovedReportsIsInactiveForItsCoordinator() throws Exception {
		String page = work(AFRICA);
		int row = page.indexOf("World Waternet – SOMAGEP-SA, Mali (WaterWorX)");

		assertThat(row).isPositive();
		assertThat(page.substring(row)).contains("Inactive: no approved report for two periods");
		assertThat(work(ASIA)).doesNotContain("SOMAGEP");
	}

}
