package org.wopplatform.persistence.brokering;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.brokering.MatchComponent;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.domain.brokering.Matching;
import org.wopplatform.domain.brokering.Matching.Candidate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates of a support request as PostgreSQL gathers them in one statement, on the
 * demo data (real WOPs) plus rows each test adds and rolls back.
 */
@SpringBootTest
@Transactional
class CandidateQueriesTests {

	/**
	 * MWAUWASA (Mwanza, Tanzania: Eastern Africa) asks for help with non-revenue water.
	 */
	private static final long REQUEST = 910_001;

	private static final long MWAUWASA = 5;

	private static final long NWSC = 9;

	private static final long ETHEKWINI = 23;

	private static final long DUNEA = 10;

	private static final long HET_WATERLABORATORIUM = 11;

	@Autowired
	private CandidateQueries queries;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void aRequestForNonRevenueWaterInEastAfrica() {
		jdbc.sql("""
				insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
				values (?, ?, 'WOP_AFRICA', 'Reduce NRW in Mwanza', 'HIGH', 'OPEN')""")
			.params(REQUEST, MWAUWASA)
			.update();
		jdbc.sql("insert into support_request_need values (?, 'NRW', 'Commercial losses above 40 %')")
			.param(REQUEST)
			.update();
		jdbc.sql("insert into support_request_language values (?, 'en'), (?, 'sw')").params(REQUEST, REQUEST).update();
	}

	private Map<Long, Candidate> byId() {
		Map<Long, Candidate> candidates = new java.util.HashMap<>();
		queries.candidates(REQUEST).forEach(c -> candidates.put(c.organisationId(), c));
		return candidates;
	}

	@Test
	void theRequestIsReadWithTheRequestersRegion() {
		Matching.Request request = queries.request(REQUEST);

		assertThat(request.areas()).containsExactly("NRW");
		assertThat(request.languages()).containsExactlyInAnyOrder("en", "sw");
		assertThat(request.region()).isEqualTo("WOP_AFRICA");
		assertThat(request.subregion()).isEqualTo("Eastern Africa");
		assertThat(request.globalSouth()).isTrue();
	}

	@Test
	void theTopCandidatesHaveDocumentedNonRevenueWaterMentoringInEastAfrica() {
		List<Matching.Scored> ranked = Matching.rank(queries.request(REQUEST), queries.candidates(REQUEST),
				MatchWeights.defaults());

		// eThekwini mentored Lilongwe and Blantyre (Malawi) on NRW, NWSC mentored
		// Nairobi (Kenya) on NRW: both completed, both with mentees in Eastern Africa.
		assertThat(ranked.subList(0, 2)).extracting(s -> s.candidate().organisationId())
			.containsExactlyInAnyOrder(ETHEKWINI, NWSC);
		for (Matching.Scored top : ranked.subList(0, 2)) {
			Matching.Part record = top.parts().get(MatchComponent.TRACK_RECORD.ordinal());
			assertThat(top.candidate().completedNearby()).isPositive();
			assertThat(record.facts()).last().isEqualTo("Eastern Africa");
		}
		assertThat(byId().get(ETHEKWINI).completedInAreas()).isEqualTo(2);
		assertThat(byId().get(NWSC).subregion()).isEqualTo("Eastern Africa");
		assertThat(ranked).noneMatch(s -> s.candidate().organisationId() == MWAUWASA);
	}

	@Test
	void anOpenOfferMakesAUtilityWithoutHistoryACandidateWithWhatItOffers() {
		long offer = offer(20, "2026-01-01", null, "OPEN"); // Nairobi City Water
		jdbc.sql("insert into mentor_offer_platform values (?, 'WOP_AFRICA')").param(offer).update();

		Candidate nairobi = byId().get(20L);

		assertThat(nairobi).isNotNull();
		assertThat(nairobi.strengths()).containsExactly("NRW");
		assertThat(nairobi.languages()).containsExactly("en");
		assertThat(nairobi.workRegions()).containsExactly("WOP_AFRICA");
		assertThat(nairobi.capacity()).isEqualTo(2);
		assertThat(nairobi.available()).isTrue();
	}

	@Test
	void onlyOffersOpenNowOrLaterCount() {
		offer(20, "2020-01-01", "2021-12-31", "OPEN"); // ended
		offer(22, "2026-01-01", null, "WITHDRAWN");
		offer(24, "2099-01-01", null, "OPEN"); // opens later: a candidate, not
												// available yet

		Map<Long, Candidate> candidates = byId();

		assertThat(candidates).doesNotContainKeys(20L, 22L);
		assertThat(candidates.get(24L).available()).isFalse();
	}

	@Test
	void approvedImprovementsInTheRequestedAreaCountAndOthersDoNot() {
		// NWSC mentored Nairobi City Water on NRW (demo partnership 10): give it an
		// indicator going the better way, and one going the worse way.
		long partnership = jdbc.sql("""
				select p.id from partnership p join participant m on m.partnership_id = p.id and m.organisation_id = ?
				join participant e on e.partnership_id = p.id and e.organisation_id = 20""")
			.param(NWSC)
			.query(Long.class)
			.single();
		report(910_111, partnership, 2015, "APPROVED");
		report(910_112, partnership, 2016, "SUBMITTED");
		indicator(910_101, partnership, 910_111, "31"); // better than 40, approved
		indicator(910_102, partnership, 910_111, "45"); // worse
		indicator(910_103, partnership, 910_112, "20"); // better, not approved

		assertThat(byId().get(NWSC).improvementsInAreas()).isEqualTo(1);
	}

	@Test
	void partnershipsUnderWayAsMentorAreTheMentorsLoad() {
		int before = byId().get(ETHEKWINI).activeAsMentor();
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status) values (910201, 'LOAD-1', 'WOP', 'Load', 'IMPLEMENTATION');
						insert into participant (id, partnership_id, organisation_id, role, position) values
						    (910202, 910201, ?, 'LEAD_MENTOR', 0), (910203, 910201, 25, 'LEAD_MENTEE', 1)""")
			.param(ETHEKWINI)
			.update();

		assertThat(byId().get(ETHEKWINI).activeAsMentor()).isEqualTo(before + 1);
	}

	@Test
	void aLaboratoryIsNotAUtilityAndMentorsOfTheRequesterAreKnownAsSuch() {
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status) values
						    (910301, 'NOW-1', 'WOP', 'Under way', 'IMPLEMENTATION'), (910302, 'GONE-1', 'WOP', 'Cancelled', 'CANCELLED');
						insert into participant (id, partnership_id, organisation_id, role, position) values
						    (910303, 910301, ?, 'LEAD_MENTOR', 0), (910304, 910301, ?, 'LEAD_MENTEE', 1),
						    (910305, 910302, ?, 'LEAD_MENTOR', 0), (910306, 910302, ?, 'LEAD_MENTEE', 1)""")
			.params(ETHEKWINI, MWAUWASA, NWSC, MWAUWASA)
			.update();

		Map<Long, Candidate> candidates = byId();

		// Dunea and Het Waterlaboratorium mentored MWAUWASA in a partnership closed in
		// 2016.
		assertThat(candidates.get(HET_WATERLABORATORIUM).utility()).isFalse();
		assertThat(candidates.get(HET_WATERLABORATORIUM).tie()).isEqualTo(Matching.RequesterTie.MENTORED_BEFORE);
		assertThat(candidates.get(DUNEA).utility()).isTrue();
		assertThat(candidates.get(DUNEA).tie()).isEqualTo(Matching.RequesterTie.MENTORED_BEFORE);
		assertThat(candidates.get(ETHEKWINI).tie()).isEqualTo(Matching.RequesterTie.MENTORS_NOW);
		assertThat(candidates.get(NWSC).tie()).as("a cancelled partnership does not count")
			.isEqualTo(Matching.RequesterTie.NONE);
	}

	private long offer(long organisation, String from, String until, String status) {
		long id = jdbc.sql("select nextval('mentor_offer_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into mentor_offer (id, organisation_id, capacity, available_from, available_until, status)
				values (?, ?, 2, cast(? as date), cast(? as date), ?)""")
			.params(id, organisation, from, until, status)
			.update();
		jdbc.sql("insert into mentor_offer_strength values (?, 'NRW', 'NRW down from 45 % to 30 %')")
			.param(id)
			.update();
		jdbc.sql("insert into mentor_offer_language values (?, 'en')").param(id).update();
		return id;
	}

	private void report(long id, long partnership, int year, String status) {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (?, ?, ?, 0, 1, ?, 'ON_TRACK', 'On plan', 4, 2)""")
			.params(id, partnership, year, status)
			.update();
	}

	/** A non-revenue water indicator (baseline 40 %, lower is better) with one value. */
	private void indicator(long id, long partnership, long report, String value) {
		jdbc.sql("""
				insert into indicator (id, partnership_id, name, better_direction, baseline_value, frequency)
				values (?, ?, 'NRW', 'LOWER', 40, 'YEARLY')""").params(id, partnership).update();
		jdbc.sql(
				"insert into indicator_value (id, report_id, indicator_id, value) values (?, ?, ?, cast(? as numeric))")
			.params(id, report, id, value)
			.update();
	}

}
