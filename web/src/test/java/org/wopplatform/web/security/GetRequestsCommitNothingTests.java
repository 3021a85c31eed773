package org.wopplatform.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.version.DataChanges;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reading commits no writing transaction: no GET route, for any kind of reader, commits
 * one (the sessions' writes aside). Such a commit costs a statement more (DataChanges
 * asks whether it wrote to the data), and a page that wrote would have the public's kept
 * pages and every kept count produced again after each request. Run as the application
 * runs, without a test transaction around the requests, on the demo data, with the routes
 * of {@link RouteAuthorizationTests}: their fixture rows are not here, so routes about
 * one of them (a report, a deliverable, a brokering request...) answer "not found" after
 * their access checks and before the rest of their work.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(GetRequestsCommitNothingTests.Commits.class)
class GetRequestsCommitNothingTests {

	/** Every writing transaction committed, by name. */
	@TestConfiguration
	static class Commits implements TransactionExecutionListener {

		final List<String> writing = new CopyOnWriteArrayList<>();

		/** The thread whose commits count: the requests' (not a background fold's). */
		volatile @Nullable Thread watched;

		@Override
		public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
			if (Thread.currentThread() == watched && !transaction.isReadOnly()
					&& !DataChanges.UNTRACKED.equals(transaction.getTransactionName())) {
				writing.add(String.valueOf(transaction.getTransactionName()));
			}
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Commits commits;

	@Test
	void noGetRouteCommitsAWritingTransaction() throws Exception {
		List<String> writing = new ArrayList<>();
		int asked = 0;
		commits.watched = Thread.currentThread();
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
				commits.writing.clear();
				mvc.perform(request);
				asked++;
				if (!commits.writing.isEmpty()) {
					writing.add(route + " as " + who + ": " + commits.writing);
				}
			}
		}
		assertThat(asked).isGreaterThan(300);
		assertThat(writing).as("GET requests that committed a writing transaction").isEmpty();
	}

}
