package org.wopplatform.web.partnership;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.Html;
import org.wopplatform.web.common.PublicPageCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search finds a partnership by its title, its code and its participants' names and
 * acronyms as they are now: the column it reads is kept by the database whichever way a
 * record changes (here straight in SQL, as a data import or psql would), and a match
 * never spans two of those texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SearchTextTests {

	private static final String MWANZA = "VEI – MWAUWASA, Mwanza (WaterWorX)";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PublicPageCache pages;

	@BeforeEach
	void checkTheRecord() {
		assertThat(jdbc.sql("select title from partnership where id = 2").query(String.class).single())
			.isEqualTo(MWANZA);
	}

	private String search(String text) throws Exception {
		return page("en", "q", text);
	}

	/** The search page, produced (not kept), for these parameters (name, value, ...). */
	private String page(String language, String... parameters) throws Exception {
		pages.clear();
		MockHttpServletRequestBuilder request = get("/partnerships").header("Accept-Language", language);
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void findsByTitleCodeNameAndAcronym() throws Exception {
		assertThat(search("Mwanza (Water")).contains(MWANZA);
		assertThat(search("WWX-VEI-MWAU")).contains(MWANZA);
		assertThat(search("urban water supply")).contains(MWANZA);
		assertThat(search("  mwauwasa ")).contains(MWANZA);
	}

	@Test
	void aMatchDoesNotSpanTwoTexts() throws Exception {
		// the title ends in "(WaterWorX)", the code begins with "WWX-VEI"
		assertThat(search("(waterworx) wwx-vei-mwau")).doesNotContain(MWANZA);
		assertThat(search("(waterworx)\nwwx-vei-mwau")).doesNotContain(MWANZA);
	}

	@Test
	void followsRenamedOrganisationsAndRetitledRecords() throws Exception {
		jdbc.sql("update organisation set name = 'Lakeside Water Authority', acronym = 'LWA' where id = 5").update();
		assertThat(search("lakeside water")).contains(MWANZA);
		assertThat(search("urban water supply")).doesNotContain(MWANZA);

		jdbc.sql("update partnership set title = 'Victoria basin twinning' where id = 2").update();
		assertThat(search("victoria basin")).contains("Victoria basin twinning");
		assertThat(search("lakeside water")).contains("Victoria basin twinning");
	}

	@Test
	void followsParticipantsAddedAndRemoved() throws Exception {
		assertThat(search("dunea")).doesNotContain(MWANZA);
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				values (nextval('participant_seq'), 2, 10, 'SUPPORTING_ORG', 9)""").update();
		assertThat(search("dunea")).contains(MWANZA);

		jdbc.sql("delete from participant where partnership_id = 2 and organisation_id = 10").update();
		assertThat(search("dunea")).doesNotContain(MWANZA);
	}

	@Test
	void everyFilterTogetherIsOneSearch() throws Exception {
		// status and year together once made a statement that did not parse (a 500)
		String page = page("en", "q", "mwanza", "status", "IMPLEMENTATION", "year", "2020", "area", "NRW", "platform",
				"WOP_AFRICA", "country", "TZ");
		assertThat(page).contains("name=\"year\"").contains("value=\"2020\"");
	}

	@Test
	void theChosenFiltersStayChosenInTheForm() throws Exception {
		String page = page("fr", "country", "TZ", "area", "NRW", "target", "6.1");
		assertThat(page).contains("<option value=\"TZ\" selected=\"selected\">Tanzanie</option>")
			.contains("<option value=\"NRW\" selected=\"selected\">")
			.contains("<option value=\"6.1\" selected=\"selected\">6.1</option>")
			.contains("<option value=\"KE\">Kenya</option>");
		assertThat(page.split("selected=\"selected\"", -1)).as("one chosen option per list").hasSize(4);
	}

	@Test
	void theFormShowsWhatTheReaderChoseAndTyped() throws Exception {
		String chosen = page("en", "q", "vei\"<b>", "platform", "WOP_AFRICA", "status", "PIPELINE", "country", "KE",
				"area", "NRW", "target", "6.1", "programme", "WATERWORX", "year", "abc", "health", "ON_TRACK",
				"reporting", "INACTIVE", "sort", "NEWEST");
		assertThat(chosen).contains("name=\"q\" value=\"vei&quot;&lt;b&gt;\"", "name=\"year\" value=\"abc\"",
				"<option value=\"WOP_AFRICA\" selected=\"selected\">",
				"<option value=\"PIPELINE\" selected=\"selected\">", "<option value=\"KE\" selected=\"selected\">",
				"<option value=\"NRW\" selected=\"selected\">", "<option value=\"6.1\" selected=\"selected\">",
				"<option value=\"WATERWORX\" selected=\"selected\">",
				"<option value=\"ON_TRACK\" selected=\"selected\">",
				"<option value=\"INACTIVE\" selected=\"selected\">", "<option value=\"NEWEST\" selected=\"selected\">")
			.doesNotContain("<option value=\"\" selected");
		assertThat(chosen.split("selected=\"selected\"", -1)).hasSize(9 + 1);

		// sent empty: "Any" chosen in each list that has it; nothing typed
		String empty = page("en", "q", "", "platform", "", "country", "", "status", "", "area", "", "target", "",
				"programme", "", "year", "", "health", "", "reporting", "", "sort", "");
		assertThat(empty.split("<option value=\"\" selected=\"selected\">", -1)).hasSize(8 + 1);
		assertThat(empty).contains("name=\"q\" value=\"\"", "name=\"year\" value=\"\"");

		// nothing sent: nothing marked, the browser shows each list's first entry
		assertThat(page("en")).doesNotContain("selected=\"selected\"");
	}

	@Test
	void aRowNamesItsCountriesAndWorkingAreasInTheReadersLanguageWithTheAreasInTheListsOrder() throws Exception {
		// Nakuru's partnership (1): VEI (Netherlands) and three Kenyan utilities, four
		// areas
		String row = page("es", "q", "Nakuru County");
		assertThat(row).contains("Países Bajos").contains("Kenia");
		List<String> areas = jdbc.sql("""
				select w.name_es from partnership_working_area pw join working_area w on w.code = pw.working_area_code
				where pw.partnership_id = 1 order by w.sort_order""").query(String.class).list();
		assertThat(areas).hasSize(4);
		int after = 0;
		for (String area : areas) {
			int at = row.indexOf("<li>" + Html.text(area) + "</li>", after);
			assertThat(at).as(area + ", after the areas before it in the list").isGreaterThan(after);
			after = at;
		}
	}

}
