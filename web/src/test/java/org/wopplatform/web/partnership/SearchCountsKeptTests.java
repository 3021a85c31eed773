package org.wopplatform.web.partnership;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search's matches are counted once until the data changes, whatever its filters: the
 * next page, or the same search asked for again, does not count them again; a list's rows
 * are read once until the data changes too. (Without a test transaction: counts and rows
 * are kept in read-only transactions only, as pages run them.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class SearchCountsKeptTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PublicPageCache pages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	private List<String> texts(String page) throws Exception {
		pages.clear();
		return JdbcStatements
			.textsDuring(() -> mvc.perform(get(page).header("Accept-Language", "en")).andExpect(status().isOk()));
	}

	private static boolean counts(String sql) {
		return sql.startsWith("select p1_0.id from partnership") && !sql.contains("order by");
	}

	@Test
	void aSearchCountsItsMatchesOnceUntilTheDataChanges() throws Exception {
		for (String filter : new String[] { "area=NRW", "country=KE&year=2019", "target=6.4&q=water",
				"status=IMPLEMENTATION", "q=vei" }) {
			List<String> first = texts("/partnerships?" + filter + "&page=1");
			List<String> again = texts("/partnerships?" + filter + "&page=2");
			assertThat(first).as(filter).anyMatch(SearchCountsKeptTests::counts);
			assertThat(again).as(filter).noneMatch(SearchCountsKeptTests::counts);
		}
	}

	private static boolean readsRows(String sql) {
		return sql.contains("with parties");
	}

	/**
	 * Changes are written in the application's transactions, which count as a change of
	 * the data when they commit (one written in autocommit counts when its notification
	 * arrives, a moment later).
	 */
	@Test
	void aListsRowsAreReadOnceUntilTheDataChangesAndShowTheChange() throws Exception {
		long first = jdbc.sql("select id from partnership where published order by title_order, id limit 1")
			.query(Long.class)
			.single();
		String title = jdbc.sql("select title from partnership where id = ?").param(first).query(String.class).single();
		try {
			// a change first: rows kept by earlier tests are of an earlier version
			rename(first, "0000 Rows kept, renamed");
			assertThat(texts("/partnerships")).anyMatch(SearchCountsKeptTests::readsRows);
			// kept once this node has heard the change's notification too (a moment
			// later; it
			// may count it once more)
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(texts("/partnerships")).noneMatch(SearchCountsKeptTests::readsRows));
			assertThat(texts("/partnerships")).as("the same list again").noneMatch(SearchCountsKeptTests::readsRows);
			assertThat(body("/partnerships")).contains("0000 Rows kept, renamed");

			rename(first, "0000 Rows kept, renamed again");
			assertThat(texts("/partnerships")).as("after a change").anyMatch(SearchCountsKeptTests::readsRows);
			assertThat(body("/partnerships")).contains("0000 Rows kept, renamed again");
		}
		finally {
			rename(first, title);
			// settled for the next test: this node has heard the notification of its
			// change
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(texts("/partnerships")).noneMatch(SearchCountsKeptTests::readsRows));
		}
	}

	private void rename(long partnership, String title) {
		transaction.executeWithoutResult(
				t -> jdbc.sql("update partnership set title = ? where id = ?").params(title, partnership).update());
	}

	private String body(String page) throws Exception {
		pages.clear();
		return mvc.perform(get(page).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
