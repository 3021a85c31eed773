package org.wopplatform.web.common;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load for the statement-count tests: published copies of a WOP — VEI (organisation 1)
 * mentoring MWAUWASA (organisation 5) in WOP-Africa on non-revenue water, SDG target 6.1,
 * a 1,000 EUR budget — with ids from 100,001 (participants from 200,002). Inserted in the
 * test's transaction, so rolled back with it.
 */
public final class LoadPartnerships {

	private LoadPartnerships() {
	}

	public static void add(JdbcClient jdbc, int count) {
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status, published, regional_platform_code,
						    planned_start, planned_start_precision, budget_amount, budget_currency, planned_end, planned_end_precision)
						select 100000 + n, 'LOAD-' || n, 'WOP', 'Load test partnership VEI ' || n, 'IMPLEMENTATION', true, 'WOP_AFRICA',
						    make_date(2000 + n % 25, 1, 1), 'YEAR', 1000, 'EUR', make_date(2026, 1, 1), 'YEAR'
						from generate_series(1, ?) n""")
			.param(count)
			.update();
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				select 200000 + 2 * n, 100000 + n, 1, 'LEAD_MENTOR', 0 from generate_series(1, ?) n
				union all
				select 200001 + 2 * n, 100000 + n, 5, 'LEAD_MENTEE', 1 from generate_series(1, ?) n""")
			.params(count, count)
			.update();
		jdbc.sql("insert into partnership_working_area (partnership_id, working_area_code)"
				+ " select 100000 + n, 'NRW' from generate_series(1, ?) n")
			.param(count)
			.update();
		jdbc.sql("insert into partnership_sdg_target (partnership_id, sdg_target_code)"
				+ " select 100000 + n, '6.1' from generate_series(1, ?) n")
			.param(count)
			.update();
	}

}
