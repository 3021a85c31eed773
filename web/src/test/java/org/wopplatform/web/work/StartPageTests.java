package org.wopplatform.web.work;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.account.Role;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start page of each role after sign-in: utility staff see their utility's
 * partnerships with each one's next step; coordinators their region's queues, the
 * secretariat every region's or the one chosen, as counts with the first rows and a page
 * for each queue. Bounded lists, the same number of statements at any size. Rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class StartPageTests {

	static final SignedInUser UTILITY = DemoUsers.STAFF_MWAUWASA;

	static final SignedInUser AFRICA = DemoUsers.COORDINATOR_AFRICA;

	static final SignedInUser ASIA = DemoUsers.COORDINATOR_ASIA;

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	static final List<String> QUEUES = List.of("to-review", "returned", "due", "overdue", "inactive",
			"late-activities");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void reports() {
		jdbc.sql(
				"""
						insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
						    health_reason, submitted_by, submitted_at, reviewed_by, reviewed_at, reviewer_comment)
						values (810001, 2, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4, timestamptz '2025-02-03 10:00Z', null, null, null),
						       (810002, 14, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4, timestamptz '2025-02-03 10:00Z', null, null, null),
						       (810003, 2, 2023, 0, 1, 'RETURNED', 'ON_TRACK', 'x', 4, timestamptz '2024-02-03 10:00Z', 2,
						        timestamptz '2024-03-05 10:00Z', 'Add the water balance')""")
			.update();
	}

	private String page(String address, SignedInUser who, String language) throws Exception {
		return mvc.perform(get(address).with(user(who)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String address, SignedInUser who) throws Exception {
		return page(address, who, "en");
	}

	/** The part of the page inside the element with this id (up to its section's end). */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isPositive();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private static long countIn(String html, String id) {
		Matcher count = Pattern.compile("class=\"count\">\\((\\d+)\\)<").matcher(section(html, id));
		assertThat(count.find()).as("count of " + id).isTrue();
		return Long.parseLong(count.group(1));
	}

	/** The total a queue's own page states ("12 in all"), 0 when it says it is empty. */
	private long totalOf(String address, SignedInUser who) throws Exception {
		Matcher total = Pattern.compile("(\\d+) in all, page").matcher(page(address, who));
		return total.find() ? Long.parseLong(total.group(1)) : 0;
	}

	@Nested
	class Scope {

		@Test
		void aCoordinatorReviewsTheirRegionOnly() throws Exception {
			String africa = section(page("/work", AFRICA), "to-review");
			String asia = section(page("/work", ASIA), "to-review");

			assertThat(africa).contains("/partnerships/2/reports/810001").doesNotContain("810002");
			assertThat(asia).contains("/partnerships/14/reports/810002").doesNotContain("810001");
			assertThat(page("/work/overdue", ASIA)).doesNotContain("/partnerships/2/");
		}

		@Test
		void aCoordinatorDoesNotReviewTheirOwnSubmission() throws Exception {
			jdbc.sql("update progress_report set submitted_by = ? where id = 810001").param(AFRICA.id()).update();

			assertThat(section(page("/work", AFRICA), "to-review")).doesNotContain("810001");
			assertThat(page("/work/to-review", AFRICA)).doesNotContain("810001");
			assertThat(section(page("/work", SECRETARIAT), "to-review")).contains("810001");
		}

		@Test
		void utilityStaffSeeTheirUtilitysPartnershipsOnlyAndReviewNothing() throws Exception {
			String page = page("/work", UTILITY);

			assertThat(page).contains("/partnerships/2\"").doesNotContain("/partnerships/14\"");
			assertThat(page).doesNotContain("id=\"to-review\"").doesNotContain("810002");
			mvc.perform(get("/work/to-review").with(user(UTILITY))).andExpect(status().isForbidden());
		}

		@Test
		void theSecretariatSeesEveryRegionOrTheOneChosen() throws Exception {
			String all = section(page("/work", SECRETARIAT), "to-review");
			String asia = page("/work?region=WATERLINKS", SECRETARIAT);

			assertThat(all).contains("810001").contains("810002");
			assertThat(section(asia, "to-review")).contains("810002").doesNotContain("810001");
			assertThat(asia).contains("<option value=\"WATERLINKS\" selected=\"selected\">");
			assertThat(page("/work/to-review?region=WATERLINKS", SECRETARIAT)).contains("810002")
				.doesNotContain("810001");
		}

		@Test
		void anUnknownRegionIsSaidAndIgnored() throws Exception {
			String page = page("/work?region=NOWHERE", SECRETARIAT);

			assertThat(page).contains("There is no region with that name, so all regions are shown.");
			assertThat(section(page, "to-review")).contains("810001").contains("810002");
			assertThat(page("/work/returned?region=%3Cb%3E", SECRETARIAT))
				.contains("There is no region with that name");
		}

		@Test
		void aCoordinatorCannotChooseAnotherRegion() throws Exception {
			assertThat(section(page("/work?region=WATERLINKS", AFRICA), "to-review")).contains("810001")
				.doesNotContain("810002");
		}

	}

	@Nested
	class NextSteps {

		@Test
		void aReturnedReportShowsItsCommentAndLeadsToTheReport() throws Exception {
			String page = page("/work", UTILITY);
			int row = page.indexOf("Report for 2023 returned on");

			assertThat(row).isPositive();
			String step = page.substring(page.lastIndexOf("<li class=\"next-step\">", row), page.indexOf("</li>", row));
			assertThat(step).contains("/partnerships/2\"")
				.contains("Add the water balance")
				.contains("href=\"/partnerships/2/reports/810003\"")
				.contains("Fix the report");
		}

		@Test
		void aSubmittedReportWaitsForReviewAndADraftIsToContinue() throws Exception {
			jdbc.sql("delete from progress_report where id = 810003").update();
			withAnIndicator();
			assertThat(page("/work", UTILITY)).contains("Report for 2024 submitted on", "waiting for review");

			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status)
					values (810004, 2, 2025, 0, 1, 'DRAFT')""").update();
			String page = page("/work", UTILITY);
			assertThat(page).contains("Draft of the report for 2025 started")
				.contains("/partnerships/2/reports/810004");
		}

		@Test
		void aPartnershipWithoutIndicatorsAsksForThem() throws Exception {
			jdbc.sql("delete from progress_report where partnership_id = 2").update();
			jdbc.sql("delete from indicator where partnership_id = 2").update();
			jdbc.sql("update partnership set planned_start = date '2020-01-01', planned_start_precision = 'YEAR'"
					+ " where id = 2")
				.update();
			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
					    health_reason, submitted_by, submitted_at, reviewed_by, reviewed_at)
					select 810010 + n, 2, 2020 + n, 0, 1, 'APPROVED', 'ON_TRACK', 'x', 4, now(), 2, now()
					from generate_series(0, 6) n""").update();

			String page = page("/work", UTILITY);
			int row = page.indexOf("No indicators yet");
			assertThat(row).as("partnership 2 is under way without indicators").isPositive();
			assertThat(page.substring(row, page.indexOf("</li>", row)))
				.contains("/partnerships/2/indicator-proposals#proposal-form");
		}

		private void withAnIndicator() {
			jdbc.sql("insert into indicator (id, partnership_id, name, frequency) values (870101, 2, 'NRW', 'YEARLY')")
				.update();
		}

		@Test
		void anOwedReportSaysByWhen() throws Exception {
			jdbc.sql("delete from progress_report where partnership_id = 2").update();
			jdbc.sql("update partnership set planned_start = date '2020-01-01', planned_start_precision = 'YEAR'"
					+ " where id = 2")
				.update();
			withAnIndicator();

			assertThat(page("/work", UTILITY)).containsPattern("Report for \\d{4} (was )?due by")
				.contains("Write the report");
		}

	}

	@Nested
	class EmptyStates {

		@Test
		void aCoordinatorWithNothingWaitingIsToldWhereItWillAppear() throws Exception {
			jdbc.sql("delete from progress_report").update();

			assertThat(section(page("/work", AFRICA), "to-review")).contains("(0)")
				.contains(
						"No reports waiting for review. Reports appear here when a partnership in your region submits one");
			assertThat(page("/work/to-review", AFRICA)).contains("No reports waiting for review.");
		}

		@Test
		void utilityStaffWithoutPartnershipsAreShownHowToAskForSupport() throws Exception {
			jdbc.sql(
					"insert into organisation (id, name, type, country_code) values (890001, 'New utility', 'UTILITY', 'KE')")
				.update();
			SignedInUser newcomer = new SignedInUser(4, "staff.mwauwasa@example.org", "Newcomer", null,
					Role.UTILITY_STAFF, null, 890001L, true, false);

			String page = page("/work", newcomer);

			assertThat(page).contains("Your utility has no partnership on the platform yet.")
				.contains("href=\"/brokering/requests/new\"")
				.contains("Your utility has no support request or mentor offer yet.");
		}

	}

	@Nested
	class CountsAndPages {

		@Test
		void eachCountIsTheTotalOfItsPage() throws Exception {
			LoadPartnerships.add(jdbc, 40);
			for (SignedInUser who : List.of(AFRICA, ASIA, SECRETARIAT)) {
				String start = page("/work", who);
				for (String queue : QUEUES) {
					assertThat(countIn(start, queue)).as(queue + " for " + who.email())
						.isEqualTo(totalOf("/work/" + queue, who));
				}
			}
			assertThat(countIn(page("/work", AFRICA), "overdue") + countIn(page("/work", AFRICA), "inactive"))
				.as("the 40 loaded partnerships of Africa have no approved report")
				.isGreaterThanOrEqualTo(40);
		}

		@Test
		void aQueuePageHoldsTwentyFiveRowsAndLinksToTheNext() throws Exception {
			LoadPartnerships.add(jdbc, 60);
			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
					    health_reason, submitted_by, submitted_at)
					select 820000 + n, 100000 + n, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4, now()
					from generate_series(1, 60) n""").update();

			long waiting = jdbc.sql("""
					select count(*) from progress_report r join partnership p on p.id = r.partnership_id
					where r.status = 'SUBMITTED' and p.regional_platform_code = 'WOP_AFRICA' and r.submitted_by <> 2""")
				.query(Long.class)
				.single();
			String first = page("/work/to-review", AFRICA);
			String third = page("/work/to-review?page=3", AFRICA);

			assertThat(waiting).isBetween(61L, 75L);
			assertThat(first).contains(waiting + " in all, page 1 of 3").contains("rel=\"next\"");
			assertThat(Pattern.compile("<li>").matcher(section(first, "to-review")).results().count()).isEqualTo(25);
			assertThat(third).contains(waiting + " in all, page 3 of 3");
			assertThat(page("/work/to-review?page=99", AFRICA)).contains("past the end of the list");
		}

	}

	@Nested
	class Bounds {

		private Map<String, Long> statements() throws Exception {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (SignedInUser who : List.of(UTILITY, AFRICA, SECRETARIAT)) {
				page("/work", who); // warms the reference-data cache
				String[] body = new String[1];
				counts.put("/work " + who.email(), JdbcStatements.countDuring(() -> body[0] = page("/work", who)));
				if (who == UTILITY) {
					assertThat(Pattern.compile("<li class=\"next-step\">").matcher(body[0]).results().count())
						.isLessThanOrEqualTo(StartPageController.FIRST_STEPS);
				}
				else {
					for (String queue : QUEUES) {
						assertThat(Pattern.compile("<li>").matcher(section(body[0], queue)).results().count()).as(queue)
							.isLessThanOrEqualTo(StartPageController.FIRST_ROWS);
					}
				}
				assertThat(body[0].length()).as("a start page of bounded size").isLessThan(120_000);
				for (String address : List.of("/work/overdue", "/work/overdue?page=2")) {
					if (who != UTILITY) {
						counts.put(address + " " + who.email(), JdbcStatements.countDuring(() -> page(address, who)));
					}
				}
			}
			counts.put("/work/partnerships", JdbcStatements.countDuring(() -> page("/work/partnerships", UTILITY)));
			return counts;
		}

		/**
		 * The utility's list is sent to be planned once for all utilities (PostgreSQL's
		 * setting, which this test reads in what is sent, not in the plans): planned for
		 * each one's values, as PostgreSQL chose to at 50,000 partnerships, planning took
		 * four times as long as running it. The rest of the page's transaction is planned
		 * as usual again, in the same round trip.
		 */
		@Test
		void utilityStaffsListIsSentToBePlannedOnceForAllUtilities() throws Exception {
			for (String address : List.of("/work", "/work/partnerships")) {
				List<String> sent = JdbcStatements.textsDuring(() -> page(address, UTILITY));
				assertThat(sent).as(address)
					.filteredOn(sql -> sql.contains("with mine as"))
					.singleElement()
					.asString()
					.startsWith("set local plan_cache_mode to force_generic_plan;")
					.endsWith("set local plan_cache_mode to default");
			}
		}

		@Test
		void aFewOrHundredsOfPartnershipsAndReportsCostTheSameStatements() throws Exception {
			Map<String, Long> small = statements();

			LoadPartnerships.add(jdbc, 300);
			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
					    health_reason, submitted_by, submitted_at, reviewed_by, reviewed_at, reviewer_comment)
					select 820000 + n, 100000 + n, 2024, 0, 1, case when n % 2 = 0 then 'SUBMITTED' else 'RETURNED' end,
					    'ON_TRACK', 'x', 4, now(), case when n % 2 = 0 then null else 2 end,
					    case when n % 2 = 0 then null else now() end, 'Comment ' || n
					from generate_series(1, 300) n""").update();
			Map<String, Long> large = statements();

			assertThat(countIn(page("/work", AFRICA), "to-review")).isGreaterThan(150);
			assertThat(countIn(page("/work", UTILITY), "partnerships")).isGreaterThan(300);
			assertThat(large).isEqualTo(small);
			assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 15L));
		}

	}

	@Test
	void theStartPageSpeaksTheReadersLanguage() throws Exception {
		assertThat(page("/work", AFRICA, "fr")).contains("Rapports à examiner").contains("Partenariats en retard");
		assertThat(page("/work", AFRICA, "es")).contains("Informes por revisar").contains("Alianzas atrasadas");
		assertThat(page("/work", UTILITY, "fr")).contains("Vos partenariats et la prochaine étape")
			.contains("Rapport 2023 renvoyé le");
		assertThat(page("/work", UTILITY, "es")).contains("Sus alianzas y el siguiente paso");
	}

}
