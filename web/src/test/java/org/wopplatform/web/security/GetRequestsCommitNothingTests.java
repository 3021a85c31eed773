package org.wopplatform.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.version.DataChanges;
import org.wopplatform.persistence.version.DataVersion.Version;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reading changes nothing: no GET route, for any kind of reader, commits a writing
 * transaction. A node counts each such commit as a change to the data (DataChanges), so a
 * page that read in one would have the public's kept pages and every kept count produced
 * again after each of its requests. Run as the application runs, without a test
 * transaction around the requests, on the demo data (the routes of
 * {@link RouteAuthorizationTests}, whose fixture rows are not here: those answer "not
 * found", after the same checks).
 */
@SpringBootTest
@AutoConfigureMockMvc
class GetRequestsCommitNothingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DataChanges changes;

	@Test
	void noGetRouteCommitsAWritingTransaction() throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(changes::listening);
		Thread.sleep(500); // the notifications of earlier tests' changes, heard
		List<String> writing = new ArrayList<>();
		int asked = 0;
		for (String route : RouteAuthorizationTests.RULES.keySet()) {
			if (!route.startsWith("GET ") || route.equals("GET /error")) {
				continue;
			}
			for (Who who : Who.values()) {
				MockHttpServletRequestBuilder request = get(RouteFixture.path(route.substring(4)))
					.header("Accept-Language", "en");
				if (who != Who.PUBLIC) {
					request.with(user(RouteFixture.reader(who)));
				}
				Version before = changes.heard();
				mvc.perform(request);
				asked++;
				if (!changes.heard().equals(before)) {
					writing.add(route + " as " + who);
				}
			}
		}
		assertThat(asked).isGreaterThan(300);
		assertThat(writing).as("GET requests that committed a writing transaction").isEmpty();
	}

}
