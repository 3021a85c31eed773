package org.wopplatform.web.partnership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.common.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search's matches are counted once until the data changes, whatever its filters: the
 * next page, or the same search asked for again, does not count them again. (Without a
 * test transaction: counts are kept in read-only transactions only, as pages run them.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class SearchCountsKeptTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PublicPageCache pages;

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

}
