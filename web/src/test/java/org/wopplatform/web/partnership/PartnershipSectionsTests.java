package org.wopplatform.web.partnership;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The partnership editor in sections: each section its own page with the tabs of all of
 * them; a change says what was saved or added; a refused submission shows every problem
 * at once, in a summary at the top linked to the fields, with what was typed kept; a
 * stale one is refused; only editors open the sections.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipSectionsTests {

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	/** VEI mentoring MWAUWASA in WOP-Africa, version 0, made for each test. */
	static final long FIXTURE = 910_201;

	static final String P = "/partnerships/" + FIXTURE;

	static final List<String> SECTIONS = List.of("details", "participants", "money", "framework", "classification",
			"status");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private jakarta.persistence.EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published,"
				+ " actual_start, actual_start_precision)"
				+ " values (?, 'SECTION-FIXTURE', 'WOP', 'Section fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true,"
				+ " '2020-01-01', 'YEAR')")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (?, ?, 1, 'LEAD_MENTOR', 0), (?, ?, 5, 'LEAD_MENTEE', 1)")
			.params(FIXTURE, FIXTURE, FIXTURE + 1, FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'Partnership' and entity_id = ?").param(FIXTURE).update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	private MvcResult send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private MvcResult open(SignedInUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)).header("Accept-Language", "en")).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	/** The page the change led to, with its confirmation. */
	private String followed(MvcResult change) throws Exception {
		return body(mvc
			.perform(get(change.getResponse().getRedirectedUrl()).with(user(COORDINATOR))
				.header("Accept-Language", "en")
				.cookie(change.getResponse().getCookies()))
			.andReturn());
	}

	private static String confirmation(String page) {
		Matcher m = Pattern.compile("<p class=\"alert alert-success\" role=\"status\">([^<]*)</p>").matcher(page);
		return m.find() ? m.group(1) : "";
	}

	@Nested
	class Pages {

		@ParameterizedTest
		@ValueSource(strings = { "details", "participants", "money", "framework", "classification", "status" })
		void eachSectionIsItsOwnPageWithTheTabsAndItsOwnMarkedCurrent(String section) throws Exception {
			MvcResult result = open(COORDINATOR, P + "/edit/" + section);

			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			String page = body(result);
			String nav = page.substring(page.indexOf("id=\"edit-sections\""),
					page.indexOf("</nav>", page.indexOf("id=\"edit-sections\"")));
			for (String other : List.of("details", "participants", "money", "workplan", "framework", "classification",
					"status")) {
				assertThat(nav).contains("data-section=\"" + other + "\"");
			}
			assertThat(nav).contains("href=\"" + P + "/work-plan\" data-section=\"workplan\"");
			assertThat(Pattern.compile("aria-current=\"page\"").matcher(nav).results().count()).isOne();
			assertThat(nav).containsPattern("data-section=\"" + section + "\" aria-current=\"page\"");
			assertThat(page).as("no error summary on a fresh page").doesNotContain("error-summary");
		}

		@Test
		void eachSectionShowsOnlyItsOwnForms() throws Exception {
			assertThat(body(open(COORDINATOR, P + "/edit/details"))).contains("id=\"details-title\"")
				.doesNotContain("participant-form", "budget-form", "status-form");
			assertThat(body(open(COORDINATOR, P + "/edit/money"))).contains("id=\"budget-budgetAmount\"",
					"id=\"contribution-description\"");
			assertThat(body(open(COORDINATOR, P + "/edit/framework"))).contains("id=\"indicator-form\"",
					"id=\"output-form\"", "id=\"deliverable-form\"");
		}

		@Test
		void eachSectionCostsTheSameStatementsWithThreeRowsAsWithForty() throws Exception {
			java.util.Map<String, Long> few = statementsPerSection(3);
			jdbc.sql("delete from deliverable where partnership_id = ?").param(FIXTURE).update();
			jdbc.sql("delete from contribution where partnership_id = ?").param(FIXTURE).update();
			jdbc.sql("delete from indicator where partnership_id = ?").param(FIXTURE).update();
			jdbc.sql("delete from participant where partnership_id = ? and role = 'SUPPORTING_ORG'")
				.param(FIXTURE)
				.update();
			java.util.Map<String, Long> many = statementsPerSection(40);

			assertThat(many).isEqualTo(few);
			// At most 9: the framework section, with the indicators proposed by the
			// utility
			// waiting beside its own.
			assertThat(few.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(9));
		}

		private java.util.Map<String, Long> statementsPerSection(int rows) throws Exception {
			jdbc.sql("""
					insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position)
					select ? * 1000 + n, ?, 'Deliverable ' || n, date '2020-01-01', 'YEAR', 'NOT_REPORTED', n
					from generate_series(1, ?) n""").params(FIXTURE, FIXTURE, rows).update();
			jdbc.sql("""
					insert into contribution (id, partnership_id, category, description, position)
					select ? * 1000 + n, ?, 'IN_KIND', 'Resource ' || n, n from generate_series(1, ?) n""")
				.params(FIXTURE, FIXTURE, rows)
				.update();
			jdbc.sql("""
					insert into indicator (id, partnership_id, name, frequency)
					select ? * 1000 + n, ?, 'Indicator ' || n, 'YEARLY' from generate_series(1, ?) n""")
				.params(FIXTURE, FIXTURE, rows)
				.update();
			jdbc.sql("""
					insert into participant (id, partnership_id, organisation_id, role, position)
					select ? * 1000 + n, ?, 5 + n, 'SUPPORTING_ORG', 10 + n from generate_series(1, ?) n""")
				.params(FIXTURE, FIXTURE, Math.min(rows, 15))
				.update();
			var statements = new org.wopplatform.web.common.SqlStatements(entityManagerFactory);
			java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
			for (String section : SECTIONS) {
				open(COORDINATOR, P + "/edit/" + section); // warms the reference-data
															// cache
				counts.put(section, statements.countDuring(
						() -> assertThat(open(COORDINATOR, P + "/edit/" + section).getResponse().getContentAsString())
							.contains("Section fixture")));
			}
			return counts;
		}

		@Test
		void theEditorOpensOnItsDetails() throws Exception {
			assertThat(open(COORDINATOR, P + "/edit").getResponse().getRedirectedUrl()).isEqualTo(P + "/edit/details");
		}

		@Test
		void onlyEditorsOpenTheSections() throws Exception {
			for (String section : SECTIONS) {
				assertThat(open(DemoUsers.STAFF_MWAUWASA, P + "/edit/" + section).getResponse().getStatus()).as(section)
					.isEqualTo(403);
				assertThat(open(DemoUsers.COORDINATOR_ASIA, P + "/edit/" + section).getResponse().getStatus())
					.as("another region's coordinator reads the published record, does not edit it: " + section)
					.isEqualTo(403);
			}
		}

	}

	@Nested
	class ReportsLink {

		private String record(@org.jspecify.annotations.Nullable SignedInUser who) throws Exception {
			var request = get(P).header("Accept-Language", "en");
			return body(mvc.perform(who == null ? request : request.with(user(who))).andReturn());
		}

		@Test
		void theProgressReportsLinkIsShownOnlyToThoseWhoMayOpenTheReports() throws Exception {
			String link = "href=\"" + P + "/reports\"";
			assertThat(record(null)).as("the public reads the progress part of the record")
				.contains("Section fixture")
				.doesNotContain(link);
			assertThat(record(DemoUsers.COORDINATOR_ASIA)).as("another region's coordinator").doesNotContain(link);
			assertThat(record(DemoUsers.STAFF_NCWSC)).as("staff of a utility not in the partnership")
				.doesNotContain(link);
			assertThat(record(DemoUsers.STAFF_MWAUWASA)).as("the mentee's staff").contains(link);
			assertThat(record(COORDINATOR)).as("the region's coordinator").contains(link);
			assertThat(mvc.perform(get(P + "/reports").with(user(DemoUsers.STAFF_MWAUWASA)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
		}

	}

	@Nested
	class Confirmations {

		@Test
		void eachSectionSavesAndSaysWhatWasSavedOrAdded() throws Exception {
			record Step(String path, String section, String confirmation, String... fields) {
			}
			List<Step> steps = List.of(
					new Step(P, "details", "Saved: details", "version", "0", "title", "Renamed fixture"),
					new Step(P + "/budget", "money", "Saved: budget and resources", "version", "1", "budgetAmount",
							"12,500", "budgetCurrency", "usd"),
					new Step(P + "/participants", "participants",
							"Added to the participants: National Water and Sewerage Corporation (NWSC)", "version", "2",
							"organisationId", "9", "role", "CO_MENTOR"),
					new Step(P + "/contributions", "money", "Added to the resources: Mentors time", "version", "3",
							"category", "STAFF_TECHNICAL_EXPERTISE", "description", "Mentors time"),
					new Step(P + "/deliverables", "framework", "Added to the deliverables: NRW plan", "version", "4",
							"title", "NRW plan", "due", "2019-06"),
					new Step(P + "/classification", "classification", "Saved: working areas and SDG targets", "version",
							"5", "workingAreas", "NRW"),
					new Step(P + "/status", "status", "Saved: status and publication", "version", "6", "status",
							"FINALISATION", "date", "2024-06"));
			for (Step step : steps) {
				MvcResult change = send(step.path(), step.fields());

				assertThat(change.getResponse().getStatus()).as(step.path()).isEqualTo(302);
				assertThat(change.getResponse().getRedirectedUrl()).isEqualTo(P + "/edit/" + step.section());
				assertThat(confirmation(followed(change))).as(step.path()).isEqualTo(step.confirmation());
			}
			assertThat(jdbc
				.sql("select budget_amount || ' ' || budget_currency || ' ' || title from partnership where id = ?")
				.param(FIXTURE)
				.query(String.class)
				.single()).isEqualTo("12500.00 USD Renamed fixture");
			assertThat(jdbc.sql(
					"select action from audit_event where entity_type = 'Partnership' and entity_id = ? order by entity_version")
				.param(FIXTURE)
				.query(String.class)
				.list()).containsExactly("UPDATE", "UPDATE", "PARTICIPANT_ADDED", "CONTRIBUTION_ADDED",
						"DELIVERABLE_ADDED", "CLASSIFIED", "STATUS");
		}

		@Test
		void theConfirmationIsInTheReadersLanguage() throws Exception {
			MvcResult change = mvc
				.perform(post(P + "/deliverables").with(user(COORDINATOR))
					.with(csrf())
					.header("Accept-Language", "fr")
					.param("version", "0")
					.param("title", "Plan NRW")
					.param("due", "2019"))
				.andReturn();
			String page = body(mvc
				.perform(get(P + "/edit/framework").with(user(COORDINATOR))
					.header("Accept-Language", "fr")
					.cookie(change.getResponse().getCookies()))
				.andReturn());

			assertThat(confirmation(page)).isEqualTo("Ajouté aux livrables : Plan NRW");
		}

	}

	@Nested
	class Refusals {

		@Test
		void everyProblemOfTheDetailsComesInOneRoundWithASummaryAndTheInputKept() throws Exception {
			MvcResult result = send(P, "version", "0", "title", "", "description", "Kept description", "plannedStart",
					"2021", "plannedEnd", "2019", "contactEmail", "not-an-address");

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = body(result);
			String summary = summary(page);
			assertThat(summary).contains("href=\"#details-title\"", "href=\"#details-plannedEnd\"",
					"href=\"#details-contactEmail\"", "The end cannot come before the start.",
					"This is not an e-mail address.");
			assertThat(page).contains("id=\"details-title-error\"", "id=\"details-plannedEnd-error\"",
					"id=\"details-contactEmail-error\"", "Kept description", "value=\"not-an-address\"",
					"value=\"2021\"");
			assertThat(page.indexOf("id=\"error-summary\"")).as("the summary comes before the form")
				.isLessThan(page.indexOf("id=\"details-form\""));
		}

		@Test
		void theSameOrganisationOnBothSidesComesWithTheFieldErrors() throws Exception {
			MvcResult result = send(P + "/participants", "version", "0", "organisationId", "5", "role", "MENTOR",
					"note", "n".repeat(501));

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(summary(body(result))).contains("href=\"#participant-note\"",
					"href=\"#participant-organisationId\"", "The same organisation cannot be both mentor and mentee.");
			assertThat(jdbc.sql("select count(*) from participant where partnership_id = ?")
				.param(FIXTURE)
				.query(Long.class)
				.single()).isEqualTo(2);
		}

		@Test
		void anEndBeforeTheActualStartIsSaidInTheFirstRound() throws Exception {
			MvcResult result = send(P + "/status", "version", "0", "status", "CANCELLED", "date", "2019");

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(summary(body(result))).contains("href=\"#status-date\"",
					"The end cannot come before the start.");
		}

		@Test
		void anAmountWithoutItsCurrencyAndANegativeShareComeTogether() throws Exception {
			MvcResult result = send(P + "/contributions", "version", "0", "category", "FINANCING", "description", "",
					"amount", "100", "currency", "", "sharePercent", "150");

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(summary(body(result))).contains("href=\"#contribution-description\"",
					"href=\"#contribution-currency\"", "href=\"#contribution-sharePercent\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "/budget", "/classification", "/deliverables" })
		void aStaleSubmissionIsRefusedWithTheInputKept(String change) throws Exception {
			assertThat(send(P, "version", "0", "title", "Changed first").getResponse().getStatus()).isEqualTo(302);

			MvcResult stale = send(P + change, "version", "0", "title", "Typed late", "budgetAmount", "77",
					"budgetCurrency", "EUR", "workingAreas", "NRW", "due", "2020");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(body(stale)).contains("Someone else saved changes").contains("Changed first");
			assertThat(
					jdbc.sql("select version from partnership where id = ?").param(FIXTURE).query(Long.class).single())
				.isOne();
		}

		private static String summary(String page) {
			int start = page.indexOf("id=\"error-summary\"");
			assertThat(start).as("an error summary").isPositive();
			assertThat(page.substring(start - 80, start + 200)).contains("role=\"alert\"");
			return page.substring(start, page.indexOf("</div>", start));
		}

	}

}
