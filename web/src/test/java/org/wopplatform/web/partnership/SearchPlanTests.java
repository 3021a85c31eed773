package org.wopplatform.web.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.common.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A text search as a reader types it, on 1,500 matching partnerships: the first page and
 * the deepest page that can be reached send the same statements (the same texts, so the
 * same plans), and the statements that find the matches are served by the trigram index
 * of the search column (titles, codes, participants' names and acronyms): for a word few
 * records have, PostgreSQL looks it up there instead of reading every partnership.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class SearchPlanTests {

	private static final String FIRST = "/partnerships?q=partnership&page=1";

	private static final String DEEPEST = "/partnerships?q=partnership&page=50";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PublicPageCache pages;

	private record Sent(long statements, List<String> texts, String body) {
	}

	private Sent send(String page) throws Exception {
		mvc.perform(get(page)).andExpect(status().isOk()); // warms the reference data
		pages.clear();
		String[] body = new String[1];
		long[] statements = new long[1];
		List<String> texts = JdbcStatements.textsDuring(() -> statements[0] = JdbcStatements
			.countDuring(() -> body[0] = mvc.perform(get(page).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()));
		return new Sent(statements[0], texts, body[0]);
	}

	@Test
	void theDeepestPageOfATextSearchCostsWhatTheFirstDoesAndTheIndexesFindTheMatches() throws Exception {
		LoadPartnerships.add(jdbc, 1500);

		Sent first = send(FIRST);
		Sent deepest = send(DEEPEST);

		assertThat(first.body()).as(String.join("\n", first.texts()))
			.contains("More than 1,000 partnerships, page 1 of 50")
			.contains("Load test partnership");
		assertThat(deepest.body()).contains("page 50 of 50").contains("Load test partnership");
		assertThat(deepest.statements()).isEqualTo(first.statements());
		assertThat(deepest.texts()).isEqualTo(first.texts());

		List<String> matching = first.texts().stream().filter(sql -> sql.contains(" like ")).toList();
		assertThat(matching).as("the statements that match the text").isNotEmpty();
		// Planned as for a word that few records have, on up-to-date statistics.
		jdbc.sql("analyze partnership, organisation, participant").update();
		// On this small table reading it whole would be as cheap: the planner is told
		// not to (on 50,000 rows it chooses the trigram indexes itself).
		jdbc.sql("set local enable_seqscan = off").update();
		jdbc.sql("set local enable_indexscan = off").update();
		for (String sql : matching) {
			String plan = String.join("\n", jdbc.sql("explain " + withValues(sql)).query(String.class).list());
			assertThat(plan).as(sql)
				.doesNotContain("Seq Scan on partnership")
				.contains("Bitmap Index Scan on partnership_search_text_trgm_idx");
		}
	}

	@Test
	void searchesByAWorkingAreaTargetCountryOrYearArePlannedWithTheirValuesAsTextSearchesAre() throws Exception {
		// PostgreSQL's one plan for every value cannot see how many partnerships have an
		// area: at 50,000 it read all of a common area's and sorted them (10-19 ms) where
		// walking the title order takes 1 ms.
		for (String filter : new String[] { "area=NRW", "target=6.4", "country=KE", "year=2019", "q=water" }) {
			Sent sent = send("/partnerships?" + filter);
			assertThat(sent.texts()).as(filter).anyMatch(sql -> sql.contains("force_custom_plan"));
			int planned = indexOf(sent.texts(), "force_custom_plan");
			int ids = indexOf(sent.texts(), "select p1_0.id from partnership");
			assertThat(planned).as(filter + ": planned with values before the ids are read").isLessThan(ids);
			// the page's rows, whose plan is the same for every search, as usual again
			assertThat(sent.texts()).as(filter)
				.filteredOn(sql -> sql.contains("with parties"))
				.singleElement()
				.asString()
				.startsWith("set local plan_cache_mode to default;");
		}
		for (String filter : new String[] { "status=IMPLEMENTATION", "platform=WOP_AFRICA", "page=2" }) {
			assertThat(send("/partnerships?" + filter).texts()).as(filter)
				.noneMatch(sql -> sql.contains("plan_cache_mode"));
		}
	}

	private static int indexOf(List<String> texts, String part) {
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i).contains(part)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * The statement with a rare text in every {@code like}, and a page's size and offset
	 * elsewhere (no other value is sent to these statements).
	 */
	private static String withValues(String sql) {
		String valued = sql.replace("like ?", "like '%kilimanjaro%'")
			.replaceAll("(offset|first) \\?", "$1 20")
			.replace("limit ?", "limit 20");
		assertThat(valued).as("a value this test does not know").doesNotContain("?");
		return valued;
	}

}
