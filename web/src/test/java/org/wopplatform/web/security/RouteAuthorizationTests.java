package org.wopplatform.web.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wopplatform.web.security.RouteFixture.Who;

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

	static final Map<String, Outcome[]> RULES = new LinkedHashMap<>();

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
		for (String section : List.of("details", "participants", "money", "framework", "classification", "status")) {
			rule("GET /partnerships/{id}/edit/" + section, L, F, N, O, N, O);
		}
		rule("GET /partnerships/new", L, F, F, O, O, O);
		rule("POST /partnerships", L, F, F, O, O, O);
		for (String change : List.of("", "/budget", "/participants", "/participants/{participantId}/remove",
				"/contributions", "/contributions/{contributionId}/remove", "/deliverables",
				"/deliverables/{deliverableId}/remove", "/classification", "/status", "/publish", "/unpublish")) {
			rule("POST /partnerships/{id}" + change, L, F, N, O, N, O);
		}
		rule("POST /partnerships/{id}/indicators", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/indicators/{indicatorId}/remove", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/indicator-proposals", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/indicator-proposals", L, O, N, F, N, F);
		rule("POST /partnerships/{id}/indicator-proposals/{proposalId}/accept", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/indicator-proposals/{proposalId}/decline", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/outputs", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/outputs/{outputId}/remove", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/work-plan", N, O, N, O, N, O);
		rule("GET /partnerships/{id}/capacity", N, O, N, O, N, O);
		rule("GET /partnerships/{id}/dashboard", N, O, N, O, N, O);
		rule("POST /partnerships/{id}/capacity", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/capacity/{focusId}/remove", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/work-plan/activities", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/work-plan/template.xlsx", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/work-plan/import", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/work-plan/activities/{activityId}", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/work-plan/activities/{activityId}/history", L, F, N, O, N, O);
		for (String change : new String[] { "", "/status", "/budget", "/budget/{lineId}/remove", "/outputs",
				"/outputs/{outputId}/remove", "/links", "/remove" }) {
			rule("POST /partnerships/{id}/work-plan/activities/{activityId}" + change, L, F, N, O, N, O);
		}
		rule("GET /partnerships/{id}/reports", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/report.pdf", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/report.xlsx", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/submit", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/correct", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/return", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/approve", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/reports/cadence", L, F, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/history", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/capacity", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/capacity", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/capacity/agree", L, F, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/evidence", L, O, N, O, N, O);
		rule("GET /partnerships/{id}/reports/{reportId}/evidence/{evidenceId}", L, O, N, O, N, O);
		rule("POST /partnerships/{id}/reports/{reportId}/evidence/{evidenceId}/remove", L, O, N, O, N, O);
		rule("GET /work/bulk", L, O, O, O, O, O);
		rule("GET /work/bulk/template", L, O, O, O, O, O);
		rule("POST /work/bulk", L, O, O, O, O, O);
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
		rule("GET /maps/{name}.svg", O, O, O, O, O, O);
		rule("GET /work", L, O, O, O, O, O);
		// The start page's queues on their own pages: reviewing is for coordinators and
		// the secretariat; the other queues show utility staff their own partnerships;
		// the list of a utility's partnerships with next steps is for its staff.
		rule("GET /work/to-review", L, F, F, O, O, O);
		for (String queue : List.of("returned", "due", "overdue", "inactive", "late-activities")) {
			rule("GET /work/" + queue, L, O, O, O, O, O);
		}
		rule("GET /work/partnerships", L, O, O, F, F, F);
		rule("GET /admin/users", L, F, F, F, F, O);
		rule("GET /admin/users/new", L, F, F, F, F, O);
		rule("GET /admin/users/{id}/edit", L, F, F, F, F, O);
		rule("GET /admin/users/link", L, F, F, F, F, O);
		rule("POST /admin/users", L, F, F, F, F, O);
		rule("POST /admin/users/{id}", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/disable", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/enable", L, F, F, F, F, O);
		rule("POST /admin/users/{id}/password-link", L, F, F, F, F, O);
		rule("GET /admin/lists", L, F, F, F, F, O);
		rule("GET /admin/lists/{slug}", L, F, F, F, F, O);
		rule("GET /admin/lists/{slug}/new", L, F, F, F, F, O);
		rule("GET /admin/lists/{slug}/{code}", L, F, F, F, F, O);
		rule("POST /admin/lists/{slug}", L, F, F, F, F, O);
		rule("POST /admin/lists/{slug}/{code}", L, F, F, F, F, O);
		rule("POST /admin/lists/{slug}/{code}/retire", L, F, F, F, F, O);
		rule("POST /admin/lists/{slug}/{code}/restore", L, F, F, F, F, O);
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
		rule("GET /reports/{year}/stories/{storyId}/picture", N, N, N, N, N, O);
		for (String change : List.of("/stories/{storyId}/picture", "/stories/{storyId}/picture/remove",
				"/chapters/{chapter}/{direction}")) {
			rule("POST /reports/{year}" + change, L, F, F, F, F, O);
		}
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
	void fixture() {
		RouteFixture.insert(jdbc);
	}

	@Test
	void everyMappedRouteHasARule() {
		assertThat(RULES.keySet()).containsExactlyInAnyOrderElementsOf(RouteFixture.mappedRoutes(mappings));
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
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), RouteFixture.path(parts[1]))
			.header("Accept-Language", "en");
		if (parts[0].equals("POST")) {
			request.with(csrf());
		}
		if (who != Who.PUBLIC) {
			request.with(user(RouteFixture.reader(who)));
		}
		MvcResult result = mvc.perform(request).andReturn();

		assertThat(outcome(result)).as("%s as %s (HTTP %d)", route, who, result.getResponse().getStatus())
			.isEqualTo(expected);
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
