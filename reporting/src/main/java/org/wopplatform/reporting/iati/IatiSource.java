package org.wopplatform.reporting.iati;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;
import org.wopplatform.reporting.opendata.PublishedCapacityResults;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published partnerships for the IATI file in six statements whatever their
 * number: the partnerships (with working areas and SDG targets), their participants,
 * their indicators, the indicator values of approved progress reports, the work plan's
 * money, and the approved capacity results.
 */
@Component
@Transactional(readOnly = true)
class IatiSource {

	private final JdbcClient jdbc;

	private final PublishedCapacityResults capacity;

	IatiSource(JdbcClient jdbc, PublishedCapacityResults capacity) {
		this.jdbc = jdbc;
		this.capacity = capacity;
	}

	List<Activity> publishedActivities() {
		Map<Long, List<Activity.Party>> parties = new HashMap<>();
		jdbc.sql("""
				select pa.partnership_id, o.name, o.acronym, o.country_code, o.type, pa.role
				from participant pa join organisation o on o.id = pa.organisation_id
				join partnership p on p.id = pa.partnership_id
				where p.published order by pa.partnership_id, pa.position, pa.id""")
			.query((RowCallbackHandler) rs -> parties
				.computeIfAbsent(rs.getLong("partnership_id"), id -> new ArrayList<>())
				.add(new Activity.Party(rs.getString("name"), rs.getString("acronym"), rs.getString("country_code"),
						PartnerRole.valueOf(rs.getString("role")), rs.getString("type"))));
		Map<Long, List<Activity.Result>> results = results();
		Map<Long, List<CapacityResult>> capacityResults = capacity.ofAllPublished();
		// The work plan's money in one statement: yearly budgets of the money lines, and
		// the
		// cash that approved reports say was spent, per period and currency.
		Map<Long, List<Activity.YearBudget>> budgets = new HashMap<>();
		Map<Long, List<Activity.Expenditure>> spent = new HashMap<>();
		jdbc.sql(
				"""
						select 'BUDGET' what, a.partnership_id, l.budget_year as year, 0 as half, l.currency, sum(l.amount) amount
						from budget_line l join activity a on a.id = l.activity_id
						join partnership p on p.id = a.partnership_id
						where p.published and l.kind in ('CASH', 'IN_KIND')
						group by a.partnership_id, l.budget_year, l.currency
						union all
						select 'SPENT', a.partnership_id, r.period_year, r.period_half, l.currency, sum(s.amount)
						from report_spending s join progress_report r on r.id = s.report_id
						join budget_line l on l.id = s.budget_line_id join activity a on a.id = l.activity_id
						join partnership p on p.id = a.partnership_id
						where p.published and r.status = 'APPROVED' and l.kind = 'CASH'
						group by a.partnership_id, r.period_year, r.period_half, l.currency
						order by 2, 1, 3, 4, 5""")
			.query((RowCallbackHandler) rs -> {
				long partnership = rs.getLong("partnership_id");
				if ("BUDGET".equals(rs.getString("what"))) {
					budgets.computeIfAbsent(partnership, id -> new ArrayList<>())
						.add(new Activity.YearBudget(rs.getInt("year"), rs.getString("currency"),
								rs.getBigDecimal("amount")));
				}
				else {
					spent.computeIfAbsent(partnership, id -> new ArrayList<>())
						.add(new Activity.Expenditure(new ReportingPeriod(rs.getInt("year"), rs.getInt("half")),
								rs.getString("currency"), rs.getBigDecimal("amount")));
				}
			});
		return jdbc
			.sql("""
					select p.id, p.reference_code, p.title, p.description, p.objectives, p.status,
					    p.planned_start, p.planned_start_precision, p.planned_end, p.planned_end_precision,
					    p.actual_start, p.actual_start_precision, p.actual_end, p.actual_end_precision,
					    p.budget_amount, p.budget_currency, p.updated_at,
					    (select string_agg(w.working_area_code, ',' order by a.sort_order) from partnership_working_area w
					     join working_area a on a.code = w.working_area_code where w.partnership_id = p.id) as working_areas,
					    (select string_agg(t.sdg_target_code, ',' order by s.goal_code, s.sort_order) from partnership_sdg_target t
					     join sdg_target s on s.code = t.sdg_target_code where t.partnership_id = p.id) as sdg_targets
					from partnership p where p.published and p.kind in ('WOP', 'NETWORK')
					order by p.reference_code""")
			.query((rs, row) -> new Activity(rs.getLong("id"), rs.getString("reference_code"), rs.getString("title"),
					rs.getString("description"), rs.getString("objectives"),
					PartnershipStatus.valueOf(rs.getString("status")), partialDate(rs, "planned_start"),
					partialDate(rs, "planned_end"), partialDate(rs, "actual_start"), partialDate(rs, "actual_end"),
					rs.getBigDecimal("budget_amount"), rs.getString("budget_currency"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
					parties.getOrDefault(rs.getLong("id"), List.of()), codes(rs.getString("working_areas")),
					codes(rs.getString("sdg_targets")), results.getOrDefault(rs.getLong("id"), List.of()),
					budgets.getOrDefault(rs.getLong("id"), List.of()), spent.getOrDefault(rs.getLong("id"), List.of()),
					capacityResults.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Indicators by partnership, each with its approved values oldest first. */
	private Map<Long, List<Activity.Result>> results() {
		Map<Long, List<Activity.Actual>> actuals = new HashMap<>();
		jdbc.sql("""
				select v.indicator_id, r.period_year, r.period_half, v.value
				from indicator_value v join progress_report r on r.id = v.report_id
				join partnership p on p.id = r.partnership_id
				where r.status = 'APPROVED' and p.published
				order by v.indicator_id, r.period_year, r.period_half""").query((RowCallbackHandler) rs -> {
			actuals.computeIfAbsent(rs.getLong("indicator_id"), id -> new ArrayList<>())
				.add(new Activity.Actual(new ReportingPeriod(rs.getInt("period_year"), rs.getInt("period_half")),
						rs.getBigDecimal("value")));
		});
		Map<Long, List<Activity.Result>> results = new HashMap<>();
		jdbc.sql("""
				select i.id, i.partnership_id, i.name, i.kpi_code, i.unit, i.better_direction,
				    i.baseline_value, i.baseline_date, i.target_value, i.target_date
				from indicator i join partnership p on p.id = i.partnership_id
				where p.published order by i.partnership_id, i.id""").query((RowCallbackHandler) rs -> {
			long id = rs.getLong("id");
			results.computeIfAbsent(rs.getLong("partnership_id"), p -> new ArrayList<>())
				.add(new Activity.Result(id, rs.getString("name"), rs.getString("kpi_code"), rs.getString("unit"),
						rs.getString("better_direction"), rs.getBigDecimal("baseline_value"),
						rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("target_value"),
						rs.getObject("target_date", LocalDate.class), actuals.getOrDefault(id, List.of())));
		});
		return results;
	}

	private static @Nullable PartialDate partialDate(ResultSet rs, String column) throws SQLException {
		LocalDate date = rs.getObject(column, LocalDate.class);
		String precision = rs.getString(column + "_precision");
		return date == null || precision == null ? null : new PartialDate(date, DatePrecision.valueOf(precision));
	}

	private static List<String> codes(@Nullable String joined) {
		return joined == null ? List.of() : Arrays.asList(joined.split(","));
	}

}
