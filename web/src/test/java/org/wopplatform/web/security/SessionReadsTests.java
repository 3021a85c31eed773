package org.wopplatform.web.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A signed-in page reads its session from the database once, however long the page:
 * Spring Session's filter saves the session when the response is committed and again at
 * the end, and read it a second time in between (SessionStorage.SessionIdOnce).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class SessionReadsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aLongSignedInPageReadsItsSessionOnceAndStaysSignedIn() throws Exception {
		Cookie session = SignInAndScopeTests.signedIn(mvc, "coordinator.africa@example.org", "demo-coordinator");
		assertThat(session).isNotNull();
		for (String page : List.of("/work", "/partnerships/1")) {
			MockHttpServletResponse[] response = new MockHttpServletResponse[1];
			List<String> during = statementsDuring(
					() -> response[0] = mvc.perform(get(page).cookie(session)).andReturn().getResponse());
			// longer than the response buffer: committed before the request ends
			assertThat(response[0].getContentAsString()).hasSizeGreaterThan(response[0].getBufferSize())
				.contains("Sign out");
			assertThat(during).as("session reads for " + page)
				.filteredOn(sql -> sql.contains("FROM SPRING_SESSION S"))
				.hasSize(1);
		}
	}

	/** The statements prepared during the action, oldest first. */
	private static List<String> statementsDuring(JdbcStatements.Action action) throws Exception {
		int count = (int) JdbcStatements.countDuring(action);
		List<String> recent = JdbcStatements.recent();
		assertThat(count).isPositive().isLessThanOrEqualTo(recent.size());
		return recent.subList(recent.size() - count, recent.size());
	}

}
