package org.wopplatform.web.partnership;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every partnership form: a valid submit is saved and audited; each kind of bad value
 * comes back with its message next to the field and what was typed kept; a stale version
 * is refused with the changes it missed; a missing CSRF token is refused; nothing answers
 * 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipFormsTests {

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	/**
	 * A partnership made for each test (VEI mentoring MWAUWASA, WOP-Africa, version 0)
	 * and removed after it, so that every request commits as it does for real and the
	 * demo data stays as it is.
	 */
	static final long FIXTURE = 910_001;

	static final String P = "/partnerships/" + FIXTURE;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published)"
				+ " values (?, 'FORM-FIXTURE', 'WOP', 'Form fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true)")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (?, ?, 1, 'LEAD_MENTOR', 0), (?, ?, 5, 'LEAD_MENTEE', 1)")
			.params(FIXTURE, FIXTURE, FIXTURE + 1, FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'Partnership' and entity_id in"
				+ " (select id from partnership where id = ? or reference_code like 'TEST-%')")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from partnership where id = ? or reference_code like 'TEST-%'").param(FIXTURE).update();
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private MvcResult submit(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private long version() {
		return jdbc.sql("select version from partnership where id = " + FIXTURE + "").query(Long.class).single();
	}

	private long auditEvents() {
		return jdbc.sql("select count(*) from audit_event where entity_type = 'Partnership' and entity_id = " + FIXTURE)
			.query(Long.class)
			.single();
	}

	static final String LONG = "x".repeat(301);

	/**
	 * path, fields..., then the field that must show an error, its message, and a typed
	 * value that must stay.
	 */
	static Stream<Arguments> invalidSubmissions() {
		return Stream.of(
				// create
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "", "kind", "WOP", "title", "Kept title" },
						"partnership-referenceCode-error", "This field is required.", "Kept title"),
				Arguments.of("/partnerships", new String[] { "referenceCode", "TEST-1", "kind", "WOP", "title", LONG },
						"partnership-title-error", "Use at most 300 characters.", "TEST-1"),
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "WWX-VEI-NAKURU", "kind", "WOP", "title", "Copy",
								"leadMentorId", "1", "leadMenteeId", "2" },
						"partnership-referenceCode-error", "Another partnership already has this reference code.",
						"Copy"),
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "TEST-2", "kind", "WOP", "title", "Same twice", "leadMentorId",
								"1", "leadMenteeId", "1" },
						"partnership-leadMenteeId-error", "cannot be both mentor and mentee", "Same twice"),
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "TEST-3", "kind", "WOP", "title", "Ghost", "leadMentorId",
								"999999", "leadMenteeId", "2" },
						"partnership-leadMentorId-error", "This choice does not exist", "Ghost"),
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "TEST-4", "kind", "WOP", "title", "Wrong type", "leadMentorId",
								"abc", "leadMenteeId", "2" },
						"partnership-leadMentorId-error", "does not have the expected form", "Wrong type"),
				Arguments.of("/partnerships",
						new String[] { "referenceCode", "TEST-5", "kind", "WOP", "title", "Other region",
								"leadMentorId", "1", "leadMenteeId", "2", "platform", "WATERLINKS" },
						"partnership-platform-error", "your own regional platform", "Other region"),
				// details
				Arguments.of(P, new String[] { "version", "0", "title", "", "contactName", "Kept name" },
						"details-title-error", "This field is required.", "Kept name"),
				Arguments.of(P,
						new String[] { "version", "0", "title", "Dates", "plannedStart", "2021", "plannedEnd", "2019" },
						"details-plannedEnd-error", "The end cannot come before the start.", "Dates"),
				Arguments.of(P, new String[] { "version", "0", "title", "Bad date", "plannedStart", "next year" },
						"details-plannedStart-error", "Write a year", "next year"),
				Arguments.of(P + "/budget",
						new String[] { "version", "0", "budgetAmount", "-5", "budgetCurrency", "USD" },
						"budget-budgetAmount-error", "An amount cannot be negative.", "-5"),
				Arguments.of(P + "/budget",
						new String[] { "version", "0", "budgetAmount", "100", "budgetCurrency", "XYZ" },
						"budget-budgetCurrency-error", "not an ISO currency code", "XYZ"),
				Arguments.of(P, new String[] { "version", "0", "title", "Mail", "contactEmail", "not-an-address" },
						"details-contactEmail-error", "This is not an e-mail address.", "not-an-address"),
				Arguments.of(P, new String[] { "version", "0", "title", "Programme", "programme", "NO_SUCH" },
						"details-programme-error", "This choice does not exist", "Programme"),
				Arguments.of(P, new String[] { "version", "abc", "title", "Version" }, "details-version-error",
						"does not have the expected form", "Version"),
				// participants
				Arguments.of(P + "/participants",
						new String[] { "version", "0", "organisationId", "", "role", "MENTOR" },
						"participant-organisationId-error", "Please choose a value.", "MENTOR"),
				Arguments.of(P + "/participants",
						new String[] { "version", "0", "organisationId", "5", "role", "MENTOR", "note", "kept note" },
						"participant-organisationId-error", "cannot be both mentor and mentee", "kept note"),
				Arguments.of(P + "/participants",
						new String[] { "version", "0", "organisationId", "9", "role", "SPONSOR", "note", "typed" },
						"participant-role-error", "does not have the expected form", "typed"),
				// contributions
				Arguments.of(P + "/contributions",
						new String[] { "version", "0", "category", "FINANCING", "description", "Grant", "amount", "-1",
								"currency", "USD" },
						"contribution-amount-error", "An amount cannot be negative.", "Grant"),
				Arguments.of(P + "/contributions",
						new String[] { "version", "0", "category", "FINANCING", "description", "", "amount", "10",
								"currency", "USD" },
						"contribution-description-error", "This field is required.", "10"),
				Arguments.of(P + "/contributions",
						new String[] { "version", "0", "category", "FINANCING", "description", "Share", "sharePercent",
								"150" },
						"contribution-sharePercent-error", "between 0 and 100", "Share"),
				Arguments.of(P + "/contributions",
						new String[] { "version", "0", "category", "IN_KIND", "description", "Who", "organisationId",
								"999999" },
						"contribution-organisationId-error", "This choice does not exist", "Who"),
				// deliverables
				Arguments.of(P + "/deliverables", new String[] { "version", "0", "title", "Plan", "due", "2018-13" },
						"deliverable-due-error", "Write a year", "Plan"),
				Arguments.of(P + "/deliverables", new String[] { "version", "0", "title", "", "due", "2018" },
						"deliverable-title-error", "This field is required.", "2018"),
				// classification
				Arguments.of(P + "/classification",
						new String[] { "version", "0", "workingAreas", "NRW", "sdgTargets", "99.9" },
						"classification-sdgTargets-error", "This choice does not exist", "NRW"),
				// status
				Arguments.of(P + "/status", new String[] { "version", "0", "status", "CLOSED", "date", "2024" },
						"status-status-error", "cannot follow the current one", "2024"),
				Arguments.of(P + "/status", new String[] { "version", "0", "status", "FINALISATION", "date", "" },
						"status-date-error", "This field is required.", "FINALISATION"));
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("invalidSubmissions")
	void aBadValueComesBackNextToItsFieldWithTheInputKept(String path, String[] fields, String errorId, String message,
			String kept) throws Exception {
		long events = auditEvents();
		MvcResult result = submit(path, fields);

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		String page = body(result);
		assertThat(page).contains("id=\"" + errorId + "\"");
		assertThat(page.substring(page.indexOf("id=\"" + errorId + "\""))).contains(message);
		assertThat(page).contains(kept);
		assertThat(auditEvents()).as("nothing recorded").isEqualTo(events);
	}

	@Nested
	class ValidSubmissions {

		@Test
		void creatingAPartnershipSavesItInTheCoordinatorsRegionAndAuditsIt() throws Exception {
			MvcResult result = submit("/partnerships", "referenceCode", "test-new", "kind", "WOP", "title", "A new WOP",
					"leadMentorId", "9", "leadMenteeId", "20", "plannedStart", "2025-03", "budgetAmount", "12,500.50",
					"budgetCurrency", "usd");

			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			Long id = jdbc.sql("select id from partnership where reference_code = 'TEST-NEW'")
				.query(Long.class)
				.single();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/" + id);
			assertThat(jdbc.sql(
					"select regional_platform_code || ' ' || budget_amount || ' ' || budget_currency || ' ' || published from partnership where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("WOP_AFRICA 12500.50 USD false");
			assertThat(jdbc.sql(
					"select actor_name from audit_event where entity_type = 'Partnership' and entity_id = ? and action = 'CREATE'")
				.param(id)
				.query(String.class)
				.single()).contains("coordinator.africa@example.org");
		}

		@Test
		void everyProblemOfANewPartnershipComesInOneRound() throws Exception {
			MvcResult result = submit("/partnerships", "referenceCode", "test-round", "kind", "WOP", "title", "",
					"leadMentorId", "9", "leadMenteeId", "9", "plannedStart", "2025-06", "plannedEnd", "2024",
					"budgetAmount", "12,500.50", "budgetCurrency", "");

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(body(result)).as("a summary at the top linked to the fields")
				.contains("id=\"error-summary\"", "href=\"#partnership-leadMenteeId\"", "href=\"#partnership-title\"");
			assertThat(body(result)).contains("id=\"partnership-title-error\"")
				.as("same organisation on both sides, with the field errors")
				.contains("id=\"partnership-leadMenteeId-error\"")
				.as("end before start, with the field errors")
				.contains("id=\"partnership-plannedEnd-error\"")
				.as("an amount without its currency, with the field errors")
				.contains("id=\"partnership-budgetCurrency-error\"")
				.contains("Give the currency of this amount.")
				.as("what was typed is kept (a value that read, written back in the reader's format)")
				.contains("value=\"12500.5\"")
				.contains("value=\"2025-06\"");
			assertThat(jdbc.sql("select count(*) from partnership where reference_code = 'TEST-ROUND'")
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void aStoredBudgetIsShownInTheReadersNumberFormat() throws Exception {
			jdbc.sql("update partnership set budget_amount = 1234.5, budget_currency = 'EUR' where id = ?")
				.param(FIXTURE)
				.update();

			String french = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(P + "/edit/money")
					.with(user(COORDINATOR))
					.header("Accept-Language", "fr"))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(french).contains("name=\"budgetAmount\" value=\"1234,5\"");
		}

		@Test
		void frenchDecimalsAreReadAsFrench() throws Exception {
			MockHttpServletRequestBuilder request = post(P + "/budget").with(user(COORDINATOR))
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("version", "0")
				.param("budgetAmount", "1 234,5")
				.param("budgetCurrency", "EUR");

			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(jdbc.sql("select budget_amount from partnership where id = " + FIXTURE)
				.query(String.class)
				.single()).isEqualTo("1234.50");
		}

		@Test
		void savingTheSameDetailsAgainRecordsNoChange() throws Exception {
			MockHttpServletRequestBuilder first = post(P + "/budget").with(user(COORDINATOR))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", "0")
				.param("budgetAmount", "1,234.50")
				.param("budgetCurrency", "EUR");
			assertThat(mvc.perform(first).andReturn().getResponse().getStatus()).isEqualTo(302);
			long version = jdbc.sql("select version from partnership where id = " + FIXTURE).query(Long.class).single();
			String events = "select count(*) from audit_event where entity_type = 'Partnership' and entity_id = "
					+ FIXTURE;
			long before = jdbc.sql(events).query(Long.class).single();

			MockHttpServletRequestBuilder again = post(P + "/budget").with(user(COORDINATOR))
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("version", Long.toString(version))
				.param("budgetAmount", "1 234,5")
				.param("budgetCurrency", "EUR");

			assertThat(mvc.perform(again).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(jdbc.sql(events).query(Long.class).single()).as("the same amount written differently")
				.isEqualTo(before);
		}

		@Test
		void eachSmallFormSavesAndRecordsWhatChanged() throws Exception {
			assertThat(
					submit(P + "/participants", "version", "0", "organisationId", "9", "role", "CO_MENTOR", "note", "")
						.getResponse()
						.getStatus())
				.isEqualTo(302);
			assertThat(submit(P + "/contributions", "version", "1", "category", "STAFF_TECHNICAL_EXPERTISE",
					"description", "Mentors' time", "amount", "", "currency", "")
				.getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(submit(P + "/deliverables", "version", "2", "title", "NRW plan", "due", "2019-06").getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(submit(P + "/classification", "version", "3", "workingAreas", "NRW", "sdgTargets", "6.1",
					"sdgTargets", "6.4")
				.getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(submit(P + "/status", "version", "4", "status", "FINALISATION", "date", "2024").getResponse()
				.getStatus()).isEqualTo(302);
			assertThat(submit(P + "/unpublish", "version", "5").getResponse().getStatus()).isEqualTo(302);

			assertThat(jdbc
				.sql("select action from audit_event where entity_type = 'Partnership' and entity_id = " + FIXTURE
						+ " order by entity_version")
				.query(String.class)
				.list()).containsExactly("PARTICIPANT_ADDED", "CONTRIBUTION_ADDED", "DELIVERABLE_ADDED", "CLASSIFIED",
						"STATUS", "UNPUBLISH");
			assertThat(jdbc
				.sql("select changes from audit_event where entity_type = 'Partnership' and entity_id = " + FIXTURE
						+ " and action = 'STATUS'")
				.query(String.class)
				.single()).contains("\"status\":{\"old\":\"IMPLEMENTATION\",\"new\":\"FINALISATION\"}");
		}

		@Test
		void rowsCanBeRemoved() throws Exception {
			submit(P + "/deliverables", "version", "0", "title", "To remove", "due", "2020");
			long deliverable = jdbc
				.sql("select id from deliverable where partnership_id = " + FIXTURE + " and title = 'To remove'")
				.query(Long.class)
				.single();

			assertThat(submit(P + "/deliverables/" + deliverable + "/remove", "version", "1").getResponse().getStatus())
				.isEqualTo(302);
			assertThat(jdbc.sql("select count(*) from deliverable where id = ?")
				.param(deliverable)
				.query(Long.class)
				.single()).isZero();
		}

	}

	@Nested
	class StaleAndForged {

		@Test
		void aStaleEditIsRefusedWithTheChangesItMissedAndTheInputKept() throws Exception {
			submit(P, "version", "0", "title", "Changed by the first person");
			long before = version();

			MvcResult stale = submit(P, "version", "0", "title", "Typed by the second person");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(body(stale)).contains("Someone else saved changes")
				.contains("Changed by the first person")
				.contains("value=\"Typed by the second person\"")
				.contains("name=\"version\" value=\"" + before + "\"");
			assertThat(version()).isEqualTo(before);
			assertThat(jdbc.sql("select title from partnership where id = " + FIXTURE).query(String.class).single())
				.isEqualTo("Changed by the first person");
		}

		@Test
		void aStaleListChangeIsRefusedToo() throws Exception {
			submit(P + "/deliverables", "version", "0", "title", "First", "due", "2020");

			MvcResult stale = submit(P + "/deliverables", "version", "0", "title", "Second", "due", "2021");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(jdbc.sql("select count(*) from deliverable where partnership_id = " + FIXTURE)
				.query(Long.class)
				.single()).isEqualTo(1);
		}

		@Test
		void everyFormNeedsItsCsrfToken() throws Exception {
			for (String path : new String[] { "/partnerships", P, P + "/budget", P + "/participants",
					P + "/participants/" + FIXTURE + "/remove", P + "/contributions", P + "/deliverables",
					P + "/classification", P + "/status", P + "/publish", P + "/unpublish", "/utilities",
					"/utilities/5", "/admin/users", "/admin/users/4", "/password-reset/abc" }) {
				int status = mvc.perform(post(path).with(user(COORDINATOR)).param("version", "0").param("title", "x"))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(path).isEqualTo(403);
			}
			assertThat(version()).isZero();
		}

	}

}
