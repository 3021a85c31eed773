package org.wopplatform.web.common;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the public reads is served from memory while nothing changed — the same page, for
 * one statement — and produced afresh as soon as anything did; never for signed-in
 * people, never errors or answers that set a cookie. Each test rolls back its changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class PublicPageCacheTests {

	private static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PublicPageCache pages;

	/**
	 * The test's transaction spans its requests: what they loaded is forgotten by hand.
	 */
	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void forget() {
		pages.clear();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String body(RequestBuilder request) throws Exception {
		return perform(request).getResponse().getContentAsString();
	}

	@Test
	void aPageReadAgainIsTheSamePageForOneStatement() throws Exception {
		long first = JdbcStatements.countDuring(() -> body(get("/partnerships/1")));
		String[] again = new String[1];
		long second = JdbcStatements.countDuring(() -> again[0] = body(get("/partnerships/1")));

		assertThat(again[0]).isEqualTo(body(get("/partnerships/1"))).contains("<h1");
		assertThat(first).isGreaterThan(2);
		assertThat(second).isEqualTo(1);
		MvcResult kept = perform(get("/partnerships/1"));
		assertThat(kept.getResponse().getContentType()).startsWith("text/html");
		assertThat(kept.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
	}

	@Test
	void aChangeShowsAtOnceWhoeverMadeIt() throws Exception {
		assertThat(body(get("/partnerships/1"))).doesNotContain("Renamed while kept");
		assertThat(body(get("/partnerships?q=renamed"))).doesNotContain("Renamed while kept");

		jdbc.sql("update partnership set title = 'Renamed while kept' where id = 1").update();
		entityManager.clear(); // as a new request would start

		assertThat(body(get("/partnerships/1"))).contains("Renamed while kept");
		assertThat(body(get("/partnerships?q=renamed"))).contains("Renamed while kept");
		assertThat(body(get("/api/v1/partnerships/1"))).contains("Renamed while kept");
	}

	@Test
	void aRecordNoLongerPublishedIsGoneAtOnce() throws Exception {
		assertThat(perform(get("/partnerships/1")).getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(get("/api/v1/partnerships/1")).getResponse().getStatus()).isEqualTo(200);

		jdbc.sql("update partnership set published = false where id = 1").update();
		entityManager.clear();

		assertThat(perform(get("/partnerships/1")).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/api/v1/partnerships/1")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void eachLanguageHasItsOwnCopy() throws Exception {
		String english = body(get("/").header("Accept-Language", "en"));
		String french = body(get("/").header("Accept-Language", "fr"));
		String spanish = body(get("/").header("Accept-Language", "es"));

		assertThat(english).contains("lang=\"en\"");
		assertThat(french).contains("lang=\"fr\"");
		assertThat(spanish).contains("lang=\"es\"");
		assertThat(body(get("/").header("Accept-Language", "fr"))).isEqualTo(french);
	}

	@Test
	void signedInPeopleAreNeverServedAKeptPage() throws Exception {
		String anonymous = body(get("/partnerships/1"));
		String[] signedIn = new String[1];
		long statements = JdbcStatements
			.countDuring(() -> signedIn[0] = body(get("/partnerships/1").with(user(SECRETARIAT))));

		assertThat(signedIn[0]).isNotEqualTo(anonymous).contains("Sign out");
		assertThat(anonymous).doesNotContain("Sign out");
		assertThat(statements).isGreaterThan(1);
		// and what they were shown is not kept for the public
		assertThat(body(get("/partnerships/1"))).isEqualTo(anonymous);
	}

	@Test
	void anotherSitesRequestGetsItsCorsHeadersEvenWhenTheAnswerIsKept() throws Exception {
		perform(get("/api/v1/partnerships/1"));
		perform(get("/api/v1/partnerships/1"));

		MvcResult fromAnotherSite = perform(get("/api/v1/partnerships/1").header("Origin", "https://example.org"));

		assertThat(fromAnotherSite.getResponse().getStatus()).isEqualTo(200);
		assertThat(fromAnotherSite.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void aKeptAnswerCarriesTheSameHeaders() throws Exception {
		for (String address : new String[] { "/partnerships/1", "/api/v1/partnerships/1" }) {
			MockHttpServletResponse produced = perform(get(address).header("Accept-Language", "fr")).getResponse();
			MockHttpServletResponse kept = perform(get(address).header("Accept-Language", "fr")).getResponse();
			for (String header : new String[] { "Content-Type", "Content-Language", "Cache-Control",
					"X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy" }) {
				assertThat(kept.getHeader(header)).as(address + " " + header).isEqualTo(produced.getHeader(header));
			}
			assertThat(kept.getContentAsString()).isEqualTo(produced.getContentAsString());
		}
	}

	@Test
	void aRegionalLocaleFromTheCookieIsReadAsItsLanguage() throws Exception {
		String british = body(get("/partnerships/1").cookie(new Cookie("wop-lang", "en-GB")));
		long statements = JdbcStatements
			.countDuring(() -> body(get("/partnerships/1").header("Accept-Language", "en")));

		// the same language, so the same kept copy: only the data version is read
		assertThat(statements).isEqualTo(1);
		assertThat(british).contains("<html lang=\"en\"");
		assertThat(body(get("/partnerships/1").header("Accept-Language", "en"))).isEqualTo(british);
	}

	@Test
	void errorsAndLanguageSwitchesAreProducedEachTime() throws Exception {
		perform(get("/partnerships/99999999"));
		long missing = JdbcStatements.countDuring(() -> perform(get("/partnerships/99999999")));
		assertThat(missing).isGreaterThan(1);
		assertThat(perform(get("/partnerships/99999999")).getResponse().getStatus()).isEqualTo(404);

		perform(get("/partnerships/1").param("lang", "fr"));
		MvcResult switched = perform(get("/partnerships/1").param("lang", "fr"));
		assertThat(switched.getResponse().getCookie("wop-lang")).isNotNull();
	}

}
