package org.wopplatform.persistence.brokering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.domain.brokering.Matching;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long matching one support request takes over 10,000 utilities, 2,000 open offers
 * and 20,000 partnerships (half completed) with indicators and approved values: the
 * candidate query and the ranking, measured and printed, never asserted. Not part of the
 * normal test run (its name is not a test name); {@code perf/matching.sh} runs it. The
 * data is generated deterministically inside a transaction that is rolled back.
 */
@SpringBootTest
@Transactional
class MatchingBenchmark {

	private static final int UTILITIES = 10_000;

	private static final int OFFERS = 2_000;

	private static final int PARTNERSHIPS = 20_000;

	private static final int RUNS = 30;

	private static final long REQUEST = 990_000_001L;

	@Autowired
	private CandidateQueries queries;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void matchOneRequestOverTenThousandUtilities() {
		long generating = System.nanoTime();
		generate();
		double generated = (System.nanoTime() - generating) / 1e9;

		List<Long> times = new ArrayList<>();
		int candidates = 0;
		String top = "";
		for (int run = 0; run < RUNS + 5; run++) {
			long start = System.nanoTime();
			List<Matching.Candidate> found = queries.candidates(REQUEST);
			List<Matching.Scored> ranked = Matching.rank(queries.request(REQUEST), found, MatchWeights.defaults());
			long took = System.nanoTime() - start;
			if (run >= 5) { // the first runs warm the JIT and PostgreSQL's caches
				times.add(took);
			}
			candidates = found.size();
			top = ranked.get(0).candidate().name() + " (" + ranked.get(0).score() + ")";
		}
		Collections.sort(times);
		String report = String.format("""

				Matching benchmark: %,d utilities, %,d open offers, %,d partnerships (generated in %.1f s)
				  candidates ranked per request: %,d; top: %s
				  one request, candidate query + ranking, %d runs: median %.1f ms, p95 %.1f ms, max %.1f ms
				""", UTILITIES, OFFERS, PARTNERSHIPS, generated, candidates, top, RUNS, ms(times.get(RUNS / 2)),
				ms(times.get((int) (RUNS * 0.95) - 1)), ms(times.get(RUNS - 1)));
		System.out.println(report); // the script's output, read by a person
		assertThat(candidates).isGreaterThan(OFFERS);
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	/**
	 * Utilities spread over 40 African and Asian countries with sizes from 10,000 to
	 * 5,000,000 people; every fifth has an open offer (two strengths, one or two
	 * languages); partnerships between them, half completed, with one or two working
	 * areas; one indicator in every fourth partnership with an approved value.
	 */
	private void generate() {
		jdbc.sql(
				"""
						create temporary table bench_country on commit drop as
						select code, row_number() over (order by code) - 1 as i from country
						where regional_platform_code in ('WOP_AFRICA', 'WATERLINKS') order by code limit 40;
						create temporary table bench_area on commit drop as
						select code, row_number() over (order by sort_order) - 1 as i from working_area;
						insert into organisation (id, name, type, country_code, population_served)
						select 990000000 + n, 'Bench utility ' || n, 'UTILITY',
						       (select code from bench_country where i = n % 40), 10000 + (n * 7919) % 5000000
						from generate_series(1, :utilities) n;
						insert into mentor_offer (id, organisation_id, capacity, available_from, status)
						select 990000000 + n, 990000000 + n * 5, 1 + n % 4, date '2026-01-01' + (n % 3) * interval '200 days', 'OPEN'
						from generate_series(1, :offers) n;
						insert into mentor_offer_strength
						select 990000000 + n, a.code, 'Evidence ' || n from generate_series(1, :offers) n
						join bench_area a on a.i in (n % 25, (n * 7) % 25);
						insert into mentor_offer_language
						select 990000000 + n, l from generate_series(1, :offers) n,
						       unnest(case when n % 3 = 0 then array['fr'] else array['en', 'sw'] end) l;
						insert into partnership (id, reference_code, kind, title, status)
						select 990000000 + n, 'BENCH-' || n, 'WOP', 'Bench partnership ' || n,
						       case when n % 2 = 0 then 'CLOSED' else 'IMPLEMENTATION' end
						from generate_series(1, :partnerships) n;
						insert into participant (id, partnership_id, organisation_id, role, position)
						select 990000000 + 2 * n, 990000000 + n, 990000000 + 1 + (n * 37) % :utilities, 'LEAD_MENTOR', 0
						from generate_series(1, :partnerships) n
						union all
						select 990000001 + 2 * n, 990000000 + n, 990000000 + 1 + (n * 37 + 1 + n % 97) % :utilities, 'LEAD_MENTEE', 1
						from generate_series(1, :partnerships) n;
						insert into partnership_working_area
						select distinct 990000000 + n, a.code from generate_series(1, :partnerships) n
						join bench_area a on a.i in (n % 25, (n * 3) % 25);
						insert into indicator (id, partnership_id, name, better_direction, baseline_value, frequency)
						select 990000000 + n, 990000000 + n, 'NRW', 'LOWER', 40, 'YEARLY'
						from generate_series(4, :partnerships, 4) n;
						insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
						    health_reason, submitted_by, reviewed_by)
						select 990000000 + n, 990000000 + n, 2020, 0, 1, 'APPROVED', 'ON_TRACK', 'On plan', 4, 2
						from generate_series(4, :partnerships, 4) n;
						insert into indicator_value (id, report_id, indicator_id, value)
						select 990000000 + n, 990000000 + n, 990000000 + n, 20 + n % 40 from generate_series(4, :partnerships, 4) n;
						insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
						values (:request, 990000001, 'WOP_AFRICA', 'Bench request', 'HIGH', 'OPEN');
						insert into support_request_need values (:request, 'NRW', 'Losses'), (:request, 'ASSET_MGMT', 'Registers');
						insert into support_request_language values (:request, 'en');
						analyze""")
			.param("utilities", UTILITIES)
			.param("offers", OFFERS)
			.param("partnerships", PARTNERSHIPS)
			.param("request", REQUEST)
			.update();
	}

}
