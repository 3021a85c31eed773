package org.wopplatform.web.brokering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brokering pages send the same small number of SQL statements (every statement through
 * the DataSource, plain JDBC included) with a handful of requests, offers and mentors as
 * with hundreds. Rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
@Transactional
class BrokeringStatementCountTests {

	private static final long REQUEST = 920_001;

	private static final long MATCH = 920_001;

	private static final List<String> PAGES = List.of("/brokering/requests", "/brokering/requests?area=NRW&status=OPEN",
			"/brokering/requests/" + REQUEST, "/brokering/requests/" + REQUEST + "?shown=50", "/brokering/offers",
			"/brokering/board", "/brokering/matches/" + MATCH, "/work");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private Map<String, Long> statementsPerPage() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			mvc.perform(get(page).with(user(BrokeringTests.AFRICA))).andExpect(status().isOk()); // warms
																									// caches
			counts.put(page, JdbcStatements.countDuring(
					() -> mvc.perform(get(page).with(user(BrokeringTests.AFRICA))).andExpect(status().isOk())));
		}
		return counts;
	}

	@Test
	void aFewOrHundredsOfRequestsOffersAndMentorsCostTheSame() throws Exception {
		jdbc.sql(
				"""
						insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
						values (?, 5, 'WOP_AFRICA', 'Reduce NRW in Mwanza', 'HIGH', 'SHORTLISTED');
						insert into support_request_need values (?, 'NRW', 'Losses'), (?, 'ASSET_MGMT', 'Registers');
						insert into support_request_language values (?, 'en');
						insert into brokering_match (id, request_id, mentor_organisation_id, stage, score, explanation, proposed_by,
						    proposed_at, stage_changed_at)
						values (?, ?, 9, 'PROPOSED', 70, '{"score":70,"requestedAreas":2,"parts":[]}', 'Test', now(), now())""")
			.params(REQUEST, REQUEST, REQUEST, REQUEST, MATCH, REQUEST)
			.update();
		Map<String, Long> small = statementsPerPage();

		addUtilitiesWithOffersAndRecords(300);
		Map<String, Long> large = statementsPerPage();

		assertThat(jdbc.sql("select count(*) from mentor_offer").query(Long.class).single()).isEqualTo(300);
		assertThat(large).isEqualTo(small);
		assertThat(small.values()).allSatisfy(count -> assertThat(count).isBetween(1L, 15L));
	}

	/**
	 * Utilities in Kenya, each with an open offer (two strengths, two languages), a
	 * completed NRW partnership as mentor, and a request of its own.
	 */
	private void addUtilitiesWithOffersAndRecords(int count) {
		jdbc.sql(
				"""
						insert into organisation (id, name, type, country_code)
						select 930000 + n, 'Load utility ' || n, 'UTILITY', 'KE' from generate_series(1, :n) n;
						insert into mentor_offer (id, organisation_id, capacity, available_from, status)
						select 930000 + n, 930000 + n, 2, date '2026-01-01', 'OPEN' from generate_series(1, :n) n;
						insert into mentor_offer_strength
						select 930000 + n, a, 'Evidence' from generate_series(1, :n) n, unnest(array['NRW', 'ASSET_MGMT']) a;
						insert into mentor_offer_language
						select 930000 + n, l from generate_series(1, :n) n, unnest(array['en', 'sw']) l;
						insert into partnership (id, reference_code, kind, title, status, regional_platform_code)
						select 930000 + n, 'LOAD-' || n, 'WOP', 'Load ' || n, 'CLOSED', 'WOP_AFRICA' from generate_series(1, :n) n;
						insert into participant (id, partnership_id, organisation_id, role, position)
						select 930000 + 2 * n, 930000 + n, 930000 + n, 'LEAD_MENTOR', 0 from generate_series(1, :n) n
						union all
						select 930001 + 2 * n, 930000 + n, 20, 'LEAD_MENTEE', 1 from generate_series(1, :n) n;
						insert into partnership_working_area select 930000 + n, 'NRW' from generate_series(1, :n) n;
						insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
						select 930000 + n, 930000 + n, 'WOP_AFRICA', 'Load request ' || n, 'LOW', 'OPEN' from generate_series(1, :n) n;
						insert into support_request_need select 930000 + n, 'NRW', 'Losses' from generate_series(1, :n) n;
						insert into brokering_match (id, request_id, mentor_organisation_id, stage, score, explanation, proposed_by,
						    proposed_at, stage_changed_at)
						select 930000 + n, 930000 + n, 9, 'PROPOSED', 50, '{}', 'Test', now(), now() from generate_series(1, :n) n
						where n % 2 = 0""")
			.param("n", count)
			.update();
	}

}
