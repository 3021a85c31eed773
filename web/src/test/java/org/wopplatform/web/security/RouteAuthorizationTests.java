package org.wopplatform.web.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wopplatform.domain.account.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, for every kind of reader, against an unpublished
 * partnership of WOP-Africa whose mentee is MWAUWASA: the table below is the roles table
 * of the architecture. A route added without a line here fails
 * {@link #everyMappedRouteHasARule()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RouteAuthorizationTests {

	/** Who reads, relative to the fixture partnership. */
	enum Who {

		PUBLIC, UTILITY_OWN, UTILITY_OTHER, COORDINATOR_OWN, COORDINATOR_OTHER, SECRETARIAT

	}

	/**
	 * What a reader gets: the page (or a form answer), sign-in, refusal, or "no such
	 * record".
	 */
	enum Outcome {

		OK, LOGIN, FORBIDDEN, NOT_FOUND

	}

	private static final Outcome O = Outcome.OK;

	private static final Outcome L = Outcome.LOGIN;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome N = Outcome.NOT_FOUND;

	private static final long PARTNERSHIP = 2; // WWX-VEI-MWAUWASA, WOP-Africa,
												// unpublished for these tests

	private static final long PARTICIPANT = 5; // its lead mentor

	private static final long FIXTURE_ROW = 900_001; // a resource and a deliverable added
														// for the test

	private static final Map<String, Outcome[]> RULES = new LinkedHashMap<>();

	private static void rule(String route, Outcome... byWho) {
		RULES.put(route, byWho);
	}

	static {
		// columns: public, utility own, utility other, coordinator own, coordinator
		// other, secretariat
		rule("GET /", O, O, O, O, O, O);
		rule("GET /login", O, O, O, O, O, O);
		rule("GET /error", N, N, N, N, N, N);
		rule("GET /partnerships", O, O, O, O, O, O);
		rule("GET /partnerships/{id}", N, O, N, O, N, O);
		rule("GET /partnerships/{id}/history", L, N, N, O, N, O);
		rule("GET /partnerships/{id}/edit", L, F, N, O, N, O);
		rule("GET /partnerships/new", L, F, F, O, O, O);
		rule("POST /partnerships", L, F, F, O, O, O);
		for (String change : List.of("", "/participants", "/participants/{participantId}/remove", "/contributions",
				"/contributions/{contributionId}/remove", "/deliverables", "/deliverables/{deliverableId}/remove",
				"/classification", "/status", "/publish", "/unpublish")) {
			rule("POST /partnerships/{id}" + change, L, F, N, O, N, O);
		}
		rule("POST /partnerships/{id}/indicators", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/indicators/{indicatorId}/remove", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/outputs", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/outputs/{outputId}/remove", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/reports", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/submit", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/correct", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/return", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/approve", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/reports/cadence", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/history", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/evidence", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/evidence/{evidenceId}", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/evidence/{evidenceId}/remove", L, O, N, O, N, O);
		rule("GET /work/bulk", L, F, F, O, O, O);
		rule("GET /work/bulk/template", L, F, F, O, O, O);
		rule("POST /work/bulk", L, F, F, O, O, O);
		rule("GET /utilities", O, O, O, O, O, O);
		rule("GET /utilities/{id}", O, O, O, O, O, O);
		rule("GET /utilities/new", L, F, F, O, O, O);
		rule("GET /utilities/{id}/edit", L, F, F, O, O, O);
		rule("GET /utilities/{id}/history", L, N, N, O, O, O);
		rule("POST /utilities", L, F, F, O, O, O);
		rule("POST /utilities/{id}", L, F, F, O, O, O);
		rule("GET /sdg", O, O, O, O, O, O);
		rule("GET /sdg/{code}", O, O, O, O, O, O);
		rule("GET /countries/{code}", O, O, O, O, O, O);
		rule("GET /platforms", O, O, O, O, O, O);
		rule("GET /platforms/{code}", O, O, O, O, O, O);
		rule("GET /map", O, O, O, O, O, O);
		rule("GET /work", L, O, O, O, O, O);
		rule("GET /admin/users", L, F, F, F, F, O);
		rule("GET /admin/users/new", L, F, F, F, F, O);
		rule("GET /admin/users/{id}/edit", L, F, F, F, F, O);
		rule("GET /admin/users/link", L, F, F, F, F, O);
		rule("POST /admin/users", L, F, F, F, F, O);
		rule("POST /admin/users/{id}", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/disable", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/enable", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/password-link", L, F, F, F, F, O);
		// Brokering: a request of MWAUWASA (own utility) in WOP-Africa, not public, with
		// NWSC proposed as mentor; an offer of MWAUWASA. Coordinators see every offer.
		rule("GET /brokering/requests", O, O, O, O, O, O);
		rule("GET /brokering/requests/new", L, O, O, O, O, O);
		rule("POST /brokering/requests", L, O, O, O, O, O);
		rule("GET /brokering/requests/{id}", N, O, N, O, N, O);
		rule("GET /brokering/requests/{id}/edit", L, O, N, O, N, O);
		rule("POST /brokering/requests/{id}", L, O, N, O, N, O);
		rule("GET /brokering/requests/{id}/history", L, O, N, O, N, O);
		rule("POST /brokering/requests/{id}/close", L, O, N, O, N, O);
		rule("POST /brokering/requests/{id}/matches", L, F, N, O, N, O);
		rule("GET /brokering/offers", L, O, O, O, O, O);
		rule("GET /brokering/offers/new", L, O, O, O, O, O);
		rule("POST /brokering/offers", L, O, O, O, O, O);
		rule("GET /brokering/offers/{id}", L, O, N, O, O, O);
		// recorded by the Africa coordinator: other coordinators read it; only its
		// recorder, the utility and the secretariat change it
		rule("GET /brokering/offers/{id}/edit", L, O, N, O, F, O);
		rule("POST /brokering/offers/{id}", L, O, N, O, F, O);
		rule("POST /brokering/offers/{id}/withdraw", L, O, N, O, F, O);
		rule("GET /brokering/matches/{id}", L, O, N, O, N, O);
		rule("GET /brokering/matches/{id}/history", L, O, N, O, N, O);
		rule("GET /brokering/matches/{id}/concept-note", L, O, N, O, N, O);
		for (String step : List.of("introduce", "concept-note", "agreement", "convert", "decline")) {
			rule("POST /brokering/matches/{id}/" + step, L, F, N, O, N, O);
		}
		rule("GET /brokering/board", L, F, F, O, O, O);
		rule("GET /brokering/weights", L, F, F, F, F, O);
		rule("POST /brokering/weights", L, F, F, F, F, O);
		// Open data: published records only, whoever asks; the fixture partnership is
		// unpublished, so its API record is "not found" even to those who may read its
		// page.
		rule("GET /api/v1/partnerships", O, O, O, O, O, O);
		rule("GET /api/v1/partnerships/{id}", N, N, N, N, N, N);
		rule("GET /api/v1/iati/activities.xml", O, O, O, O, O, O);
		// The annual report: a draft (year 2031), the secretariat's alone until
		// published.
		rule("GET /reports", O, O, O, O, O, O);
		rule("POST /reports", L, F, F, F, F, O);
		for (String read : List.of("", "/partnerships", "/tables/{name}.{format}", "/report.json", "/report.pdf")) {
			rule("GET /reports/{year}" + read, N, N, N, N, N, O);
		}
		rule("GET /reports/{year}/edit", L, F, F, F, F, O);
		for (String change : List.of("", "/stories", "/stories/{storyId}", "/stories/{storyId}/remove", "/publish")) {
			rule("POST /reports/{year}" + change, L, F, F, F, F, O);
		}
		// An unknown link answers "not found" to everyone; a known one is tested with the
		// accounts.
		rule("GET /password-reset/{token}", N, N, N, N, N, N);
		rule("POST /password-reset/{token}", N, N, N, N, N, N);
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeEach
	void unpublishTheFixture() {
		jdbc.sql("update partnership set published = false where id = ?").param(PARTNERSHIP).update();
		jdbc.sql(
				"insert into contribution (id, partnership_id, category, description, position) values (?, ?, 'IN_KIND', 'Staff time', 0)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql(
				"insert into indicator (id, partnership_id, name, frequency) values (?, ?, 'Fixture indicator', 'YEARLY')")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,"
				+ " health_reason, submitted_by) values (?, ?, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'On plan', 4)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql(
				"insert into framework_output (id, partnership_id, working_area_code, title) values (?, ?, 'NRW', 'Plan')")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into report_evidence (id, report_id, file_name, media_type, size_bytes, content, uploaded_at)"
				+ " values (?, ?, 'plan.pdf', 'application/pdf', 8, '%PDF-1.4'::bytea, now())")
			.params(FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql(
				"insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position) values (?, ?, 'Plan', '2018-01-01', 'YEAR', 'NOT_REPORTED', 0)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
	}

	@BeforeEach
	void brokeringFixture() {
		jdbc.sql("""
				insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
				values (?, 5, 'WOP_AFRICA', 'Fixture request', 'HIGH', 'SHORTLISTED')""").param(FIXTURE_ROW).update();
		jdbc.sql("insert into support_request_need values (?, 'NRW', 'Losses')").param(FIXTURE_ROW).update();
		jdbc.sql("insert into support_request_language values (?, 'en')").param(FIXTURE_ROW).update();
		jdbc.sql(
				"""
						insert into brokering_match (id, request_id, mentor_organisation_id, stage, score, explanation, proposed_by,
						    proposed_at, stage_changed_at, concept_note_title, concept_note_file_name)
						values (?, ?, 9, 'PROPOSED', 70, '{"score":70,"requestedAreas":1,"parts":[]}', 'Fixture', now(), now(),
						    'Note', 'note.pdf');
						insert into brokering_match_document (match_id, media_type, content)
						values (?, 'application/pdf', '%PDF-1.4'::bytea)""")
			.params(FIXTURE_ROW, FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql("""
				insert into mentor_offer (id, organisation_id, capacity, available_from, status, created_by)
				values (?, 5, 2, date '2026-01-01', 'OPEN', 2)""").param(FIXTURE_ROW).update();
		jdbc.sql("insert into mentor_offer_strength values (?, 'NRW', 'NRW from 40 % to 30 %')")
			.param(FIXTURE_ROW)
			.update();
		jdbc.sql("insert into mentor_offer_language values (?, 'en')").param(FIXTURE_ROW).update();
	}

	@BeforeEach
	void draftReportFixture() {
		jdbc.sql("""
				insert into annual_report (id, year, status, chapters)
				values (?, 2031, 'DRAFT', 'HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,STORIES,REGIONS');
				insert into annual_report_story (id, report_id, partnership_id, position, title, text, source)
				values (?, ?, 1, 0, 'Story', 'Text', 'record')""")
			.params(FIXTURE_ROW, FIXTURE_ROW, FIXTURE_ROW)
			.update();
	}

	@Test
	void everyMappedRouteHasARule() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach(m -> mapped.add(m.name() + " " + pattern));
			}
		});

		assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(mapped);
	}

	static Stream<Arguments> routesAndReaders() {
		List<Arguments> cases = new ArrayList<>();
		RULES.forEach((route, outcomes) -> {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(route, who, outcomes[who.ordinal()]));
			}
		});
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("routesAndReaders")
	void eachReaderGetsWhatTheRolesTableSays(String route, Who who, Outcome expected) throws Exception {
		String[] parts = route.split(" ", 2);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path(parts[1]))
			.header("Accept-Language", "en");
		if (parts[0].equals("POST")) {
			request.with(csrf());
		}
		if (who != Who.PUBLIC) {
			request.with(user(reader(who)));
		}
		MvcResult result = mvc.perform(request).andReturn();

		assertThat(outcome(result)).as("%s as %s (HTTP %d)", route, who, result.getResponse().getStatus())
			.isEqualTo(expected);
	}

	private static String path(String pattern) {
		return pattern.replace("/partnerships/{id}", "/partnerships/" + PARTNERSHIP)
			.replace("/brokering/requests/{id}", "/brokering/requests/" + FIXTURE_ROW)
			.replace("/brokering/offers/{id}", "/brokering/offers/" + FIXTURE_ROW)
			.replace("/brokering/matches/{id}", "/brokering/matches/" + FIXTURE_ROW)
			.replace("/reports/{year}", "/reports/2031")
			.replace("{storyId}", Long.toString(FIXTURE_ROW))
			.replace("/tables/{name}.{format}", "/tables/headlines.csv")
			.replace("{participantId}", Long.toString(PARTICIPANT))
			.replace("{contributionId}", Long.toString(FIXTURE_ROW))
			.replace("{deliverableId}", Long.toString(FIXTURE_ROW))
			.replace("{reportId}", Long.toString(FIXTURE_ROW))
			.replace("{indicatorId}", Long.toString(FIXTURE_ROW))
			.replace("{evidenceId}", Long.toString(FIXTURE_ROW))
			.replace("{outputId}", Long.toString(FIXTURE_ROW))
			.replace("/utilities/{id}", "/utilities/5")
			.replace("/admin/users/{id}", "/admin/users/4")
			.replace("{code}",
					pattern.startsWith("/sdg") ? "6.1" : pattern.startsWith("/countries") ? "TZ" : "WOP_AFRICA")
			.replace("{token}", "no-such-link");
	}

	private static SignedInUser reader(Who who) {
		return switch (who) {
			case UTILITY_OWN -> new SignedInUser(4, "staff.mwauwasa@example.org", "Own utility", null,
					Role.UTILITY_STAFF, null, 5L, true, false);
			case UTILITY_OTHER -> new SignedInUser(90, "staff.ncwsc@example.org", "Other utility", null,
					Role.UTILITY_STAFF, null, 20L, true, false);
			case COORDINATOR_OWN -> new SignedInUser(2, "coordinator.africa@example.org", "Own region", null,
					Role.COORDINATOR, "WOP_AFRICA", null, true, false);
			case COORDINATOR_OTHER -> new SignedInUser(3, "coordinator.asia@example.org", "Other region", null,
					Role.COORDINATOR, "WATERLINKS", null, true, false);
			case SECRETARIAT -> new SignedInUser(1, "secretariat@example.org", "Secretariat", null, Role.SECRETARIAT,
					null, null, true, false);
			case PUBLIC -> throw new IllegalArgumentException("The public has no account");
		};
	}

	/**
	 * Pages, form answers (redirect after success, the form again with errors, a
	 * conflict) all count as OK.
	 */
	private static Outcome outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 302 && location != null && location.endsWith("/login")) {
			return Outcome.LOGIN;
		}
		return switch (status) {
			case 403 -> Outcome.FORBIDDEN;
			case 404 -> Outcome.NOT_FOUND;
			case 200, 302, 400, 409 -> Outcome.OK;
			default -> throw new AssertionError("Unexpected HTTP " + status + " " + location);
		};
	}

}
