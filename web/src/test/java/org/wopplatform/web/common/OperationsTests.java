package org.wopplatform.web.common;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health for operators, and the demo logins printed at start-up really open their
 * accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void healthAnswersUpWithTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void otherActuatorEndpointsAreNotExposedEvenToTheSecretariat() throws Exception {
		mvc.perform(get("/actuator/env").with(user("secretariat@example.org").roles("SECRETARIAT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymousReadersAreSentToSignInForAnythingNotPublic() throws Exception {
		mvc.perform(get("/actuator/env")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theBenchmarksInstrumentsExistOnlyWhenAskedFor() throws Exception {
		mvc.perform(get("/perf/statements")).andExpect(status().isNotFound());
	}

	@Test
	void theCssIsServedFromTheJar() throws Exception {
		mvc.perform(get("/css/wop.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("--brand")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=3600")));
	}

	@Test
	void pagesAreNotKeptInSharedCaches() throws Exception {
		mvc.perform(get("/partnerships"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void everyPrintedDemoPasswordMatchesItsStoredHash() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		assertThat(DemoLogins.LOGINS).hasSize(5);
		for (DemoLogins.Login login : DemoLogins.LOGINS) {
			String hash = jdbc.sql("select password_hash from user_account where email = ?")
				.param(login.email())
				.query(String.class)
				.single();
			assertThat(hash).startsWith("{bcrypt}");
			assertThat(bcrypt.matches(login.password(), hash.substring("{bcrypt}".length()))).as(login.email())
				.isTrue();
		}
	}

	@Test
	void thereIsOneDemoAccountForEachRole() {
		assertThat(jdbc.sql("select distinct role from user_account order by role").query(String.class).list())
			.containsExactly("COORDINATOR", "SECRETARIAT", "UTILITY_STAFF");
	}

}
