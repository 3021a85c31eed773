package org.wopplatform.web.partnership;

import java.util.List;

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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search's filters on working areas, SDG targets and participants' countries read
 * arrays the database keeps on each partnership (migrations V202612121000,
 * V202612141000), and its year the partnership's dates. They find what the records hold,
 * whichever way a record changes (here in SQL, as an import or psql would), and
 * PostgreSQL finds an area's partnerships from its array's index.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class SearchFacetsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PublicPageCache pages;

	/**
	 * The ids the open-data search finds (it counts exactly and shares the list's
	 * filters).
	 */
	private List<Long> found(String filter) throws Exception {
		pages.clear();
		String body = mvc.perform(get("/api/v1/partnerships?size=200&" + filter))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode page = JSON.readTree(body);
		assertThat(page.get("totalPages").asInt()).as("one page holds them all").isLessThanOrEqualTo(1);
		return page.get("items").valueStream().map(item -> item.get("id").asLong()).sorted().toList();
	}

	/** The published partnerships that match, asked of the tables themselves. */
	private List<Long> truth(String condition, Object... values) {
		return jdbc.sql("select p.id from partnership p where p.published and " + condition + " order by p.id")
			.params(values)
			.query(Long.class)
			.list();
	}

	@Test
	void eachAreaTargetAndCountryFindsThePartnershipsThatHaveIt() throws Exception {
		List<String> areas = jdbc.sql("select distinct working_area_code from partnership_working_area")
			.query(String.class)
			.list();
		List<String> targets = jdbc.sql("select distinct sdg_target_code from partnership_sdg_target")
			.query(String.class)
			.list();
		List<String> countries = jdbc.sql("""
				select distinct o.country_code from participant x join organisation o on o.id = x.organisation_id
				where o.country_code is not null""").query(String.class).list();
		assertThat(areas).as("the demo data's areas").hasSizeGreaterThan(3);
		assertThat(targets).as("the demo data's targets").hasSizeGreaterThan(3);
		assertThat(countries).as("the demo data's countries").hasSizeGreaterThan(3);

		for (String area : areas) {
			assertThat(found("area=" + area)).as(area)
				.isEqualTo(truth("exists (select 1 from partnership_working_area w"
						+ " where w.partnership_id = p.id and w.working_area_code = ?)", area));
		}
		for (String target : targets) {
			assertThat(found("target=" + target)).as(target)
				.isEqualTo(truth("exists (select 1 from partnership_sdg_target t"
						+ " where t.partnership_id = p.id and t.sdg_target_code = ?)", target));
		}
		for (String country : countries) {
			assertThat(found("country=" + country)).as(country)
				.isEqualTo(truth("exists (select 1 from participant x join organisation o on o.id = x.organisation_id"
						+ " where x.partnership_id = p.id and o.country_code = ?)", country));
		}
	}

	/** Active in the year: started by its end, ended (or not ended) after its start. */
	private static final String ACTIVE = """
			extract(year from coalesce(p.actual_start, p.planned_start)) <= ?
			and (coalesce(p.actual_end, p.planned_end) is null
			     or extract(year from coalesce(p.actual_end, p.planned_end)) >= ?)""";

	@Test
	void eachYearFindsThePartnershipsActiveInIt() throws Exception {
		long started = jdbc.sql("""
				select id from partnership where published and coalesce(actual_start, planned_start) is not null
				order by id limit 1""").query(Long.class).single();
		jdbc.sql("update partnership set actual_end = null, planned_end = null, planned_end_precision = null,"
				+ " actual_end_precision = null where id = ?")
			.param(started)
			.update();
		for (int year = 2000; year <= 2032; year++) {
			assertThat(found("year=" + year)).as("active in " + year).isEqualTo(truth(ACTIVE, year, year));
		}
		assertThat(found("year=2032")).as("a partnership without an end").contains(started);
	}

	@Test
	void onTheSearchPageAYearIsFourDigitsAndWhatIsNotIsLeftOut() throws Exception {
		List<String> all = listed("");
		assertThat(listed("year=2020")).isNotEmpty().isNotEqualTo(all);
		assertThat(listed("year= 2020 ")).isEqualTo(listed("year=2020"));
		for (String notAYear : List.of("abc", "20o3", "02003", "1899", "2201", "2003.5", "")) {
			assertThat(listed("year=" + notAYear)).as(notAYear).isEqualTo(all);
		}
	}

	/** The records the search page lists, in its order, for a filter sent as written. */
	private List<String> listed(String filter) throws Exception {
		pages.clear();
		var request = get("/partnerships");
		if (!filter.isEmpty()) {
			request.param(filter.substring(0, filter.indexOf('=')), filter.substring(filter.indexOf('=') + 1));
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return java.util.regex.Pattern.compile("href=\"/partnerships/(\\d+)\"")
			.matcher(body)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	@Test
	void followsDatesChanged() throws Exception {
		jdbc.sql("""
				update partnership set actual_start = null, actual_end = null,
				    planned_start = date '2003-06-01', planned_start_precision = 'MONTH',
				    planned_end = date '2004-01-01', planned_end_precision = 'YEAR' where id = 2""").update();
		assertThat(found("year=2002")).doesNotContain(2L);
		assertThat(found("year=2003")).contains(2L);
		assertThat(found("year=2004")).contains(2L);
		assertThat(found("year=2005")).doesNotContain(2L);

		jdbc.sql(
				"update partnership set actual_start = date '2001-01-01', actual_start_precision = 'YEAR' where id = 2")
			.update();
		assertThat(found("year=2001")).contains(2L);
		assertThat(found("year=2000")).doesNotContain(2L);
	}

	@Test
	void followsAreasAndTargetsAddedAndRemoved() throws Exception {
		String area = jdbc.sql("""
				select code from working_area w where not exists (select 1 from partnership_working_area x
				where x.partnership_id = 2 and x.working_area_code = w.code) order by code limit 1""")
			.query(String.class)
			.single();
		String target = jdbc.sql("""
				select code from sdg_target t where not exists (select 1 from partnership_sdg_target x
				where x.partnership_id = 2 and x.sdg_target_code = t.code) order by code limit 1""")
			.query(String.class)
			.single();
		assertThat(found("area=" + area)).doesNotContain(2L);
		assertThat(found("target=" + target)).doesNotContain(2L);

		jdbc.sql("insert into partnership_working_area (partnership_id, working_area_code) values (2, ?)")
			.param(area)
			.update();
		jdbc.sql("insert into partnership_sdg_target (partnership_id, sdg_target_code) values (2, ?)")
			.param(target)
			.update();
		assertThat(found("area=" + area)).contains(2L);
		assertThat(found("target=" + target)).contains(2L);
		assertThat(found("area=" + area + "&target=" + target)).contains(2L);

		jdbc.sql("delete from partnership_working_area where partnership_id = 2 and working_area_code = ?")
			.param(area)
			.update();
		assertThat(found("area=" + area)).doesNotContain(2L);
		assertThat(found("target=" + target)).contains(2L);
	}

	@Test
	void followsParticipantsAndTheirOrganisationsCountries() throws Exception {
		// Mwanza's partnership (2): VEI (Netherlands) mentors MWAUWASA (Tanzania,
		// organisation 5)
		assertThat(found("country=TZ")).contains(2L);
		assertThat(found("country=UG")).doesNotContain(2L);

		jdbc.sql("update organisation set country_code = 'UG' where id = 5").update();
		assertThat(found("country=UG")).contains(2L);
		assertThat(found("country=TZ")).isEqualTo(truth("exists (select 1 from participant x join organisation o"
				+ " on o.id = x.organisation_id where x.partnership_id = p.id and o.country_code = ?)", "TZ"));

		jdbc.sql("delete from participant where partnership_id = 2 and organisation_id = 5").update();
		assertThat(found("country=UG")).doesNotContain(2L);
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				values (nextval('participant_seq'), 2, 5, 'LEAD_MENTEE', 1)""").update();
		assertThat(found("country=UG")).contains(2L);
	}

	@Test
	void anAreasPartnershipsAreReadFromTheIndex() throws Exception {
		LoadPartnerships.add(jdbc, 1500);
		jdbc.sql("analyze partnership").update();
		mvc.perform(get("/partnerships?area=WASTEWATER")).andExpect(status().isOk());
		pages.clear();
		List<String> filtering = JdbcStatements
			.textsDuring(() -> mvc.perform(get("/partnerships?area=WASTEWATER")).andExpect(status().isOk()))
			.stream()
			.filter(sql -> sql.contains("themes"))
			.toList();
		assertThat(filtering).as("the statements that filter by area").isNotEmpty();
		// On this small table reading it whole would be as cheap: the planner is told not
		// to (on 50,000 rows it chooses the index itself, measured by perf/bench.sh).
		jdbc.sql("set local enable_seqscan = off").update();
		jdbc.sql("set local enable_indexscan = off").update();
		for (String sql : filtering) {
			String valued = sql.replace("themes@>?", "themes@>array['a:WASTEWATER']::varchar[]")
				.replaceAll("(offset|first) \\?", "$1 20")
				.replace("limit ?", "limit 20");
			assertThat(valued).as("a value this test does not know").doesNotContain("?");
			String plan = String.join("\n", jdbc.sql("explain " + valued).query(String.class).list());
			assertThat(plan).as(sql)
				.doesNotContain("on partnership_working_area")
				.contains("Bitmap Index Scan on partnership_themes_idx");
		}
	}

}
