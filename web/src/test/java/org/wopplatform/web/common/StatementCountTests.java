package org.wopplatform.web.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main pages cost the same small number of SQL statements with 3 partnerships in the
 * database as with 300, the deepest reachable page the same as page 1, and a partnership
 * page the same with 3 participants as with 3,000. Each test rolls back its data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class StatementCountTests {

	private static final String[] PAGES = { "/", "/partnerships",
			"/partnerships?country=NL&status=IMPLEMENTATION&sort=NEWEST", "/partnerships?q=vei&area=NRW",
			"/partnerships/1", "/utilities/1", "/utilities", "/sdg/6.1", "/countries/KE", "/platforms/WOP_AFRICA",
			"/map" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	/** Forgotten before each count: the counts are of producing the page. */
	@Autowired
	private PublicPageCache pages;

	/**
	 * The test's transaction spans its requests: what they loaded is forgotten by hand.
	 */
	@Autowired
	private EntityManager entityManager;

	private Map<String, Long> statementsPerPage() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			mvc.perform(get(page)).andExpect(status().isOk()); // warms the reference-data
																// cache
			pages.clear();
			counts.put(page, JdbcStatements.countDuring(() -> mvc.perform(get(page)).andExpect(status().isOk())));
		}
		return counts;
	}

	@Test
	void threeOrThreeHundredPartnershipsCostTheSame() throws Exception {
		jdbc.sql("delete from partnership where id not in (1, 2, 25)").update();
		Map<String, Long> small = statementsPerPage();

		LoadPartnerships.add(jdbc, 297);
		Map<String, Long> large = statementsPerPage();

		assertThat(jdbc.sql("select count(*) from partnership").query(Long.class).single()).isEqualTo(300);
		assertThat(large).isEqualTo(small);
		// The budget, every statement sent counted (Hibernate's and plain JDBC's): 9 at
		// most, 9 for the record page too, whose eight statements go in one round trip
		// (theRecordPageReadsItsPartnershipInOneRoundTrip), with the data version.
		small.forEach((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(9));
	}

	@Test
	// as the page runs: not inside the test's transaction, where a transaction of the
	// page's would join it and commit nothing either (the demo record is only read)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theRecordPageReadsItsPartnershipInOneRoundTrip() throws Exception {
		mvc.perform(get("/partnerships/1")).andExpect(status().isOk()); // warms the
																		// caches
		pages.clear();
		long[] statements = new long[1];
		long[] commits = new long[1];
		String[] body = new String[1];
		List<String> texts = JdbcStatements
			.textsDuring(() -> statements[0] = JdbcStatements.countDuring(() -> commits[0] = JdbcStatements
				.commitsDuring(() -> body[0] = mvc.perform(get("/partnerships/1").header("Accept-Language", "en"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())));

		// the record (with its areas and targets), its participants, resources,
		// deliverables, outputs, indicators, values and progress: eight statements in one
		// batch
		assertThat(body[0]).contains("Nakuru").contains("<th scope=\"row\"><a href=\"/utilities/");
		// for the public, no transaction to begin and commit around that batch
		// (PostgreSQL runs a batch as one; a signed-in reader's: SessionReadsTests)
		assertThat(texts).as("round trips").hasSizeLessThanOrEqualTo(2);
		assertThat(commits[0]).as("commits").isZero();
		assertThat(texts)
			.filteredOn(sql -> sql.contains("from participant") && sql.contains("from indicator i")
					&& sql.contains("from capacity_result"))
			.hasSize(1);
		assertThat(statements[0]).as("statements").isGreaterThanOrEqualTo(8);
	}

	@Test
	void theDeepestReachablePageCostsTheSameAsPage1() throws Exception {
		LoadPartnerships.add(jdbc, 4000);
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, String> bodies = new LinkedHashMap<>();
		// Browsed lists page through their first 1,000 rows (50 pages of 20); the API
		// through everything.
		for (String page : new String[] { "/partnerships?page=1", "/partnerships?page=50", "/partnerships?page=200",
				"/?page=1", "/?page=200", "/api/v1/partnerships?size=20&page=1",
				"/api/v1/partnerships?size=20&page=200" }) {
			mvc.perform(get(page)).andExpect(status().isOk()); // warms the reference-data
																// cache
			pages.clear();
			String[] body = new String[1];
			counts.put(page,
					JdbcStatements.countDuring(() -> body[0] = mvc.perform(get(page).header("Accept-Language", "en"))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString()));
			bodies.put(page, body[0]);
		}

		assertThat(bodies.get("/partnerships?page=1")).contains("Load test partnership")
			.contains("More than 1,000 partnerships, page 1 of 50");
		assertThat(bodies.get("/partnerships?page=50")).contains("Load test partnership");
		assertThat(counts.get("/partnerships?page=50")).isEqualTo(counts.get("/partnerships?page=1"));
		// Past the last reachable page: what to do instead, and no dearer.
		assertThat(bodies.get("/partnerships?page=200")).doesNotContain("Load test partnership")
			.contains("Only the first 1,000 partnerships of a list can be paged through")
			.contains("Go to page 50");
		assertThat(counts.get("/partnerships?page=200")).isLessThanOrEqualTo(counts.get("/partnerships?page=1"));
		assertThat(bodies.get("/?page=200")).contains("Go to page");
		assertThat(counts.get("/?page=200")).isLessThanOrEqualTo(counts.get("/?page=1"));
		assertThat(bodies.get("/api/v1/partnerships?size=20&page=200")).contains("Load test partnership");
		assertThat(counts.get("/api/v1/partnerships?size=20&page=200"))
			.isEqualTo(counts.get("/api/v1/partnerships?size=20&page=1"));
	}

	@Test
	void aPartnershipWithThreeThousandParticipantsCostsTheSameAsOneWithThree() throws Exception {
		int existing = participants(2);
		jdbc.sql("""
				insert into organisation (id, name, type, country_code)
				select 800000 + n, 'Load organisation ' || n, 'UTILITY', 'KE' from generate_series(1, 3000) n""")
			.update();
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				select 300000 + n, 2, 800000 + n, 'SUPPORTING_ORG', 10 + n from generate_series(1, ?) n""")
			.param(3 - existing)
			.update();
		assertThat(participants(2)).isEqualTo(3);
		mvc.perform(get("/partnerships/2")).andExpect(status().isOk());
		pages.clear();
		long three = JdbcStatements.countDuring(() -> mvc.perform(get("/partnerships/2")).andExpect(status().isOk()));

		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				select 300000 + n, 2, 800000 + n, 'SUPPORTING_ORG', 10 + n from generate_series(?, ?) n""")
			.params(4 - existing, 3000 - existing)
			.update();
		entityManager.clear();
		String[] body = new String[1];
		long many = JdbcStatements.countDuring(() -> body[0] = mvc.perform(get("/partnerships/2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(participants(2)).isEqualTo(3000);
		assertThat(body[0]).contains("Load organisation " + (3000 - existing) + "<");
		assertThat(many).isEqualTo(three).isLessThanOrEqualTo(11);
	}

	private int participants(long partnership) {
		return jdbc.sql("select count(*) from participant where partnership_id = ?")
			.param(partnership)
			.query(Integer.class)
			.single();
	}

}
