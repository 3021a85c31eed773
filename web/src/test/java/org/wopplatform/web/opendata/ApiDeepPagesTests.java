package org.wopplatform.web.opendata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.common.PublicPageCache;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * The open-data API's pages by number far down a list (past its first hundred rows) are
 * cut from the list's order, read once until the data changes: they hold what the
 * database's order holds, page after page with nothing left out or repeated, in every
 * order and with filters; a page asked for again does not read the order again; a change
 * shows at once. With 150 published copies of a WOP committed (pages keep the order in
 * read-only transactions only, as requests run them), removed after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class ApiDeepPagesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PublicPageCache pages;

	@Autowired
	private TransactionTemplate transaction;

	@BeforeEach
	void load() {
		transaction.executeWithoutResult(t -> LoadPartnerships.add(jdbc, 150));
	}

	@AfterEach
	void unload() {
		transaction.executeWithoutResult(t -> jdbc.sql("delete from partnership where id > 100000").update());
	}

	private List<Long> ids(String address) throws Exception {
		pages.clear();
		String body = mvc.perform(get(address))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> ids = new ArrayList<>();
		json.readTree(body).get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	/** Every page of ten, from the first to the last, one after the other. */
	private List<Long> everyPage(String filters) throws Exception {
		List<Long> read = new ArrayList<>();
		for (int page = 1;; page++) {
			assertThat(page).as("pages read").isLessThan(40);
			List<Long> ids = ids("/api/v1/partnerships?size=10&page=" + page + filters);
			if (ids.isEmpty()) {
				return read;
			}
			read.addAll(ids);
		}
	}

	/** Filters of the API, the same list's condition and order in SQL. */
	private record Listed(String filters, String condition, String order) {
	}

	private static final List<Listed> LISTS = List.of(new Listed("", "true", "title_order, id"),
			new Listed("&sort=newest", "true", "coalesce(actual_start, planned_start) desc nulls last, id"),
			new Listed("&sort=oldest", "true", "coalesce(actual_start, planned_start) asc nulls last, id"),
			new Listed("&sort=status", "true", "status, title_order, id"),
			new Listed("&status=implementation", "status = 'IMPLEMENTATION'", "title_order, id"),
			// the same conditions with other values (whose lists differ past their first
			// hundred rows): each list's own order
			new Listed("&q=vei&sort=newest", "search_text like '%vei%'",
					"coalesce(actual_start, planned_start) desc nulls last, id"),
			new Listed("&q=load&sort=newest", "search_text like '%load%'",
					"coalesce(actual_start, planned_start) desc nulls last, id"),
			// a text within an area, walked in the title order as its page would be
			new Listed("&q=vei&area=NRW", "search_text like '%vei%' and themes @> '{a:NRW}'", "title_order, id"),
			new Listed("&q=vei&area=NRW&sort=newest", "search_text like '%vei%' and themes @> '{a:NRW}'",
					"coalesce(actual_start, planned_start) desc nulls last, id"));

	@Test
	void pagesFarDownHoldTheListsOrderWithNothingLeftOutOrRepeated() throws Exception {
		// each list twice, one after the other without a change: the second time from the
		// orders kept (each list's own)
		for (int round = 1; round <= 2; round++) {
			for (Listed list : LISTS) {
				List<Long> expected = jdbc
					.sql("select id from partnership where published and " + list.condition() + " order by "
							+ list.order())
					.query(Long.class)
					.list();
				assertThat(expected).as("rows past the first hundred").hasSizeGreaterThan(140);
				assertThat(everyPage(list.filters())).as(list.filters() + ", round " + round).isEqualTo(expected);
			}
		}
	}

	private static boolean readsTheOrder(String sql) {
		return sql.startsWith("select p1_0.id from partnership") && sql.contains("order by");
	}

	private List<String> statements(String address) throws Exception {
		pages.clear();
		return JdbcStatements.textsDuring(() -> mvc.perform(get(address)).andExpect(status().isOk()));
	}

	@Test
	void aPageFarDownReadsTheOrderOnceUntilTheDataChangesAndShowsTheChangeAtOnce() throws Exception {
		String deep = "/api/v1/partnerships?size=10&page=13";
		// kept once this node has heard the notification of the load's commit (a moment
		// later; it may read the order once more)
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(statements(deep)).noneMatch(ApiDeepPagesTests::readsTheOrder));
		assertThat(statements("/api/v1/partnerships?size=10&page=14")).as("the next page")
			.noneMatch(ApiDeepPagesTests::readsTheOrder);
		assertThat(statements("/api/v1/partnerships?size=10&page=1")).as("a first page reads its own ids")
			.anyMatch(ApiDeepPagesTests::readsTheOrder);

		long first = jdbc.sql("select id from partnership where published order by title_order, id offset 120 limit 1")
			.query(Long.class)
			.single();
		List<Long> before = ids(deep);
		assertThat(before).contains(first);
		transaction
			.executeWithoutResult(t -> jdbc.sql("update partnership set title = 'Zzz moved to the end' where id = ?")
				.param(first)
				.update());

		assertThat(statements(deep)).as("after a change").anyMatch(ApiDeepPagesTests::readsTheOrder);
		assertThat(ids(deep)).doesNotContain(first)
			.isEqualTo(
					jdbc.sql("select id from partnership where published order by title_order, id offset 120 limit 10")
						.query(Long.class)
						.list());
	}

}
