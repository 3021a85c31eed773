package org.wopplatform.web.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in with the accounts in PostgreSQL, lockout, security headers, and lists scoped in
 * the query.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInAndScopeTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private javax.sql.DataSource dataSource;

	@AfterEach
	void restore() {
		jdbc.sql("update user_account set failed_logins = 0, locked_until = null, enabled = true").update();
		jdbc.sql("update partnership set published = true where id = 2").update();
	}

	@Test
	void theHeaderShowsWhoReadsAndTheMenuTheirRoleMayUse() throws Exception {
		String anonymous = mvc.perform(get("/partnerships/1")).andReturn().getResponse().getContentAsString();
		assertThat(anonymous).contains("href=\"/login\"").doesNotContain("Sign out", "href=\"/work\"");

		String coordinator = mvc.perform(get("/partnerships/1").with(user(DemoUsers.COORDINATOR_AFRICA)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coordinator).contains("Sign out", DemoUsers.COORDINATOR_AFRICA.displayName(), "href=\"/work\"")
			.doesNotContain("href=\"/admin/users\"", "href=\"/admin/lists\"");

		String secretariat = mvc.perform(get("/partnerships/1").with(user(DemoUsers.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(secretariat).contains("Sign out", DemoUsers.SECRETARIAT.displayName(), "href=\"/admin/users\"",
				"href=\"/admin/lists\"");
	}

	@Test
	void aSessionsLastAccessIsWrittenOnceAMinuteWhileNothingElseChanges() throws Exception {
		Cookie session = signedIn("coordinator.africa@example.org", "demo-coordinator");
		String id = new String(java.util.Base64.getDecoder().decode(session.getValue()));
		// as if the session had been read half a minute ago: a page now leaves it as it
		// is
		jdbc.sql("update spring_session set last_access_time = last_access_time - 30000 where session_id = ?")
			.param(id)
			.update();
		long halfAMinuteAgo = lastAccess(id);
		mvc.perform(get("/work").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isEqualTo(halfAMinuteAgo);

		// a minute and more ago: written, with the expiry that follows from it
		jdbc.sql("update spring_session set last_access_time = last_access_time - 40000 where session_id = ?")
			.param(id)
			.update();
		long before = System.currentTimeMillis();
		mvc.perform(get("/work").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(before);
		assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(30 * 60 * 1000L);
	}

	@Test
	void theSessionsRowIsFoundByItsPrimaryKey() throws Exception {
		String update = SessionStorage.UPDATE_SESSION_SPARINGLY.replace("%TABLE_NAME%", "SPRING_SESSION");
		String literal = update.replaceFirst("\\?", "'a'")
			.replaceFirst("\\?", "1")
			.replaceFirst("\\?", "1800")
			.replaceFirst("\\?", "1")
			.replaceFirst("\\?", "'x'")
			.replaceFirst("\\?", "'00000000-0000-0000-0000-000000000000'");
		try (java.sql.Connection connection = dataSource.getConnection();
				java.sql.Statement statement = connection.createStatement()) {
			// a table this small is read whole anyway: without that way, the index must
			// serve
			statement.execute("set enable_seqscan = off");
			try (java.sql.ResultSet plan = statement.executeQuery("explain " + literal)) {
				StringBuilder text = new StringBuilder();
				while (plan.next()) {
					text.append(plan.getString(1)).append('\n');
				}
				assertThat(text.toString()).contains("spring_session_pk").doesNotContain("Seq Scan");
			}
			finally {
				statement.execute("reset enable_seqscan");
			}
		}
	}

	/** The session cookie of a sign-in through the form. */
	static Cookie signedIn(MockMvc mvc, String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
	}

	private Cookie signedIn(String email, String password) throws Exception {
		return signedIn(mvc, email, password);
	}

	private long lastAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	@Test
	void aDemoAccountSignsInWithItsPasswordAndTheSessionChanges() throws Exception {
		MvcResult result = mvc
			.perform(formLogin("/login").userParameter("email")
				.user("coordinator.africa@example.org")
				.password("demo-coordinator"))
			.andExpect(redirectedUrl("/work"))
			.andReturn();

		assertThat(result.getResponse().getCookie("JSESSIONID")).isNotNull();
		// The session is kept in the database, for every node, under the person's e-mail.
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param("coordinator.africa@example.org")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").userParameter("email").user("staff.mwauwasa@example.org").password("wrong"))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}

		mvc.perform(
				formLogin("/login").userParameter("email").user("staff.mwauwasa@example.org").password("demo-utility"))
			.andExpect(redirectedUrl("/login?error=credentials"));
		assertThat(jdbc.sql("select locked_until > now() from user_account where email = 'staff.mwauwasa@example.org'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user("secretariat@example.org").password("wrong"));
		mvc.perform(
				formLogin("/login").userParameter("email").user("secretariat@example.org").password("demo-secretariat"))
			.andExpect(redirectedUrl("/work"));

		assertThat(jdbc.sql("select failed_logins from user_account where email = 'secretariat@example.org'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anEmailWithTrailingUnicodeSpaceStillCountsAsAFailedAttempt() throws Exception {
		mvc.perform(formLogin("/login").userParameter("email").user("secretariat@example.org\u2003").password("wrong"))
			.andExpect(redirectedUrl("/login?error=credentials"));

		assertThat(jdbc.sql("select failed_logins from user_account where email = 'secretariat@example.org'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		jdbc.sql("update user_account set enabled = false where email = 'coordinator.asia@example.org'").update();

		mvc.perform(formLogin("/login").userParameter("email")
			.user("coordinator.asia@example.org")
			.password("demo-coordinator")).andExpect(redirectedUrl("/login?error=credentials"));
	}

	@Test
	void aCoordinatorDisabledBySecretariatIsSignedOutAtOnce() throws Exception {
		// The session is in the database: the browser keeps only its cookie.
		Cookie coordinator = signedIn("coordinator.asia@example.org", "demo-coordinator");
		mvc.perform(get("/partnerships/new").cookie(coordinator)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/3/disable").with(csrf()).with(user(DemoUsers.SECRETARIAT)))
			.andExpect(redirectedUrl("/admin/users"));

		mvc.perform(get("/partnerships/new").cookie(coordinator)).andExpect(redirectedUrl("/login?expired"));
	}

	@Autowired
	private SignedInSessions sessions;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transaction;

	@Test
	void sessionsEndOnlyOnceTheChangeCallingForItIsCommitted() throws Exception {
		Cookie coordinator = signedIn("coordinator.asia@example.org", "demo-coordinator");

		transaction.executeWithoutResult(t -> {
			sessions.endAllOf(3);
			t.setRollbackOnly();
		});
		mvc.perform(get("/partnerships/new").cookie(coordinator)).andExpect(status().isOk());

		transaction.executeWithoutResult(t -> sessions.endAllOf(3));
		mvc.perform(get("/partnerships/new").cookie(coordinator)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void theLastEnabledSecretariatCannotBeDisabled() throws Exception {
		mvc.perform(post("/admin/users/1/disable").with(csrf()).with(user(DemoUsers.SECRETARIAT)))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(jdbc.sql("select enabled from user_account where id = 1").query(Boolean.class).single()).isTrue();
	}

	@Test
	void aFieldNameTheFormsDoNotHaveIsABadRequest() throws Exception {
		mvc.perform(get("/partnerships").param("q[0]", "x")).andExpect(status().isBadRequest());
	}

	@Test
	void theAccountEditPageSendsTheEmailOnce() throws Exception {
		String page = mvc.perform(get("/admin/users/3/edit").with(user(DemoUsers.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.split("name=\"email\"", -1)).hasSize(2);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void theSearchOfACoordinatorReturnsUnpublishedRecordsOfTheirRegionOnly() throws Exception {
		jdbc.sql("update partnership set published = false where id = 2").update();
		SignedInUser africa = DemoUsers.COORDINATOR_AFRICA;
		SignedInUser asia = DemoUsers.COORDINATOR_ASIA;
		SignedInUser ownUtility = DemoUsers.STAFF_MWAUWASA;

		assertThat(search(null)).doesNotContain("WWX-VEI-MWAUWASA");
		assertThat(search(africa)).contains("WWX-VEI-MWAUWASA");
		assertThat(search(asia)).doesNotContain("WWX-VEI-MWAUWASA");
		assertThat(search(ownUtility)).contains("WWX-VEI-MWAUWASA");
	}

	private String search(SignedInUser reader) throws Exception {
		var request = get("/partnerships").param("q", "mwauwasa");
		if (reader != null) {
			request.with(user(reader));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
