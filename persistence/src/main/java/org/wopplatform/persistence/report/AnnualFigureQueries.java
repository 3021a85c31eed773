package org.wopplatform.persistence.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.report.AnnualFigures.Achieved;
import org.wopplatform.persistence.report.AnnualFigures.Contribution;
import org.wopplatform.persistence.report.AnnualFigures.Engagement;
import org.wopplatform.persistence.report.AnnualFigures.People;
import org.wopplatform.persistence.report.AnnualFigures.Result;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of a year, counted in SQL, each statement once whatever the number of
 * partnerships. Only published partnerships count (the report is public, and every figure
 * opens on the list of partnerships it counts). A partnership is <em>active</em> in a
 * year when it is neither in the pipeline nor cancelled, has begun (actual start, else
 * planned) by the end of the year, and has not ended (actual end, else planned) before
 * the year began; <em>started</em> when it began in the year; <em>completed</em> when it
 * is closed and ended in the year. Partial dates count from their first day ("2021" is 1
 * January 2021). The capacity figures count the approved capacity results of the year of
 * the active partnerships ({@link CapacityFigures}).
 */
@Repository
@Transactional(readOnly = true)
public class AnnualFigureQueries {

	/** The partnerships active in {@code :year} ({@code active}) and their base. */
	private static final String ACTIVE_CTES = """
			base as (
			    select p.id, p.status, p.regional_platform_code as platform, p.funding_programme_code as programme,
			           coalesce(p.actual_start, p.planned_start) as starts, coalesce(p.actual_end, p.planned_end) as ends
			    from partnership p
			    where p.published and p.status not in ('PIPELINE', 'CANCELLED')
			), active as (
			    select * from base where starts < make_date(:year + 1, 1, 1) and (ends is null or ends >= make_date(:year, 1, 1))
			)""";

	/** Which partnerships each figure counts: rows (figure, partnership id). */
	static final String MEMBERS = "with " + ACTIVE_CTES + """
			, started as (
			    select * from active where starts >= make_date(:year, 1, 1)
			), completed as (
			    select * from active where status = 'CLOSED' and ends < make_date(:year + 1, 1, 1)
			)""" + CapacityFigures.CTE + """

			select 'ACTIVE' as figure, id from active
			union all select 'ACTIVE/' || platform, id from active where platform is not null
			union all select 'STARTED', id from started
			union all select 'STARTED/' || platform, id from started where platform is not null
			union all select 'COMPLETED', id from completed
			union all select 'COMPLETED/' || platform, id from completed where platform is not null
			union all select 'AREA/' || w.working_area_code, a.id from active a
			    join partnership_working_area w on w.partnership_id = a.id
			union all select 'TARGET/' || t.sdg_target_code, a.id from active a
			    join partnership_sdg_target t on t.partnership_id = a.id
			union all select 'PROGRAMME/' || coalesce(programme, '-'), id from active
			union all select 'STATUS/' || status, id from active
			""" + CapacityFigures.MEMBERS;

	/**
	 * Improved indicators and achieved deliverables listed by name (by partnership
	 * title); their totals are counted in full.
	 */
	public static final int LISTED = 100;

	private static final String ACTIVE_IDS = "with " + ACTIVE_CTES + " select id from active";

	private final JdbcClient jdbc;

	private final TransactionTemplate reading;

	private final SimpleAsyncTaskExecutor alongside = new SimpleAsyncTaskExecutor("annual-figures-");

	private final Semaphore secondConnections = new Semaphore(2);

	AnnualFigureQueries(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	private static <T> T done(Future<T> later) {
		try {
			return later.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while counting the annual figures", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** The figures as the records stand now. */
	public AnnualFigures live(int year) {
		// The improved indicators take longest. Within a transaction that only
		// reads, they are counted alongside the rest on a connection of their own
		// (a writing transaction may hold changes another connection would not
		// see: it counts them itself). At most two counts run alongside at once,
		// others count in turn: fewer callers wait for a second connection than
		// the pool holds, so they can always get one.
		boolean apart = TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& secondConnections.tryAcquire();
		Future<List<Result>> improvedLater = apart ? alongside.submitCompletable(() -> {
			try {
				return reading.execute(t -> improved(year));
			}
			finally {
				secondConnections.release();
			}
		}) : null;
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select figure, count(*) from (" + MEMBERS + ") m group by figure order by figure")
			.param("year", year)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<Engagement> engagement = jdbc.sql("""
				select p.regional_platform_code, grouping(p.regional_platform_code) = 1,
				       count(distinct o.id) filter (where r.side = 'MENTOR' and o.type = 'UTILITY'),
				       count(distinct o.id) filter (where r.side = 'MENTEE' and o.type = 'UTILITY'),
				       count(distinct o.country_code)
				from participant pa
				join partner_role r on r.code = pa.role
				join organisation o on o.id = pa.organisation_id
				join partnership p on p.id = pa.partnership_id
				where pa.partnership_id in (%s)
				group by grouping sets ((), (p.regional_platform_code))
				order by grouping(p.regional_platform_code) desc, p.regional_platform_code""".formatted(ACTIVE_IDS))
			.param("year", year)
			.query((rs, n) -> new Engagement(rs.getBoolean(2) ? "" : rs.getString(1), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
		// The grand total (marked by grouping(), platform "") comes first; partnerships
		// without a platform form a group too (platform null), which is not a region.
		Engagement all = engagement.stream()
			.filter(e -> "".equals(e.platform()))
			.findFirst()
			.map(e -> new Engagement(null, e.mentorUtilities(), e.menteeUtilities(), e.countries()))
			.orElse(new Engagement(null, 0, 0, 0));
		List<Engagement> regions = engagement.stream()
			.filter(e -> e.platform() != null && !e.platform().isEmpty())
			.toList();
		People people = jdbc.sql("""
				select coalesce(sum(population_served), 0), count(population_served), count(*) from (
				    select distinct o.id, o.population_served
				    from participant pa
				    join partner_role r on r.code = pa.role and r.side = 'MENTEE'
				    join organisation o on o.id = pa.organisation_id and o.type = 'UTILITY'
				    where pa.partnership_id in (%s)) mentees""".formatted(ACTIVE_IDS))
			.param("year", year)
			.query((rs, n) -> new People(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		List<Contribution> contributions = jdbc.sql("""
				select currency, category, sum(amount) from contribution
				where amount is not null and partnership_id in (%s)
				group by currency, category order by currency, category""".formatted(ACTIVE_IDS))
			.param("year", year)
			.query((rs, n) -> new Contribution(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		List<Achieved> deliverables = jdbc
			.sql("""
					select p.id, p.title, d.title, count(*) over () from deliverable d join partnership p on p.id = d.partnership_id
					where d.partnership_id in (%s) and d.status = 'ACHIEVED'
					  and d.due_date >= make_date(:year, 1, 1) and d.due_date < make_date(:year + 1, 1, 1)
					order by lower(p.title), p.id, d.position limit :listed"""
				.formatted(ACTIVE_IDS))
			.param("year", year)
			.param("listed", LISTED)
			.query((rs, n) -> new Achieved(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
		AnnualFigures.Capacity capacity = CapacityFigures.count(jdbc, ACTIVE_CTES, year, counts);
		List<Result> results = improvedLater == null ? improved(year) : done(improvedLater);
		return new AnnualFigures(year, counts, all, regions, people, contributions, results,
				results.isEmpty() ? 0 : results.get(0).ofTotal(), deliverables,
				deliverables.isEmpty() ? 0 : deliverables.get(0).ofTotal(), capacity);
	}

	/**
	 * The indicators of the year's active partnerships whose latest approved value (up to
	 * the year) is better than their baseline: the first {@value #LISTED}, each with how
	 * many there are in all.
	 */
	private List<Result> improved(int year) {
		return jdbc.sql("""
				select p.id, p.title, i.name, i.unit, i.baseline_value, latest.value,
				       latest.approved_period / 4, mod(latest.approved_period, 4), count(*) over ()
				from indicator i
				join partnership p on p.id = i.partnership_id
				join lateral (
				    select v.value, v.approved_period from indicator_value v
				    where v.indicator_id = i.id and v.approved_period <= :year * 4 + 3
				    order by v.approved_period desc limit 1) latest on true
				where i.partnership_id in (%s) and i.baseline_value is not null
				  and ((i.better_direction = 'HIGHER' and latest.value > i.baseline_value)
				    or (i.better_direction = 'LOWER' and latest.value < i.baseline_value))
				order by lower(p.title), p.id, i.name, i.id limit :listed""".formatted(ACTIVE_IDS))
			.param("year", year)
			.param("listed", LISTED)
			.query((rs, n) -> new Result(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					plain(rs.getBigDecimal(5)), plain(rs.getBigDecimal(6)),
					new ReportingPeriod(rs.getInt(7), rs.getInt(8)).toString(), rs.getLong(9)))
			.list();
	}

	/** A stored measure without its trailing zeros, never in exponent form (40, 31.5). */
	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * Freezes which partnerships each figure counts now, for a report being published.
	 */
	@Transactional
	public void freezeMembers(long reportId, int year) {
		jdbc.sql(
				"insert into annual_report_member (report_id, figure, partnership_id) select :report, figure, id from ("
						+ MEMBERS + ") m")
			.param("report", reportId)
			.param("year", year)
			.update();
	}

	/** A partnership a figure counts, for the drill-down list. */
	public record Counted(long id, String referenceCode, String title, String status, @Nullable String platform) {
	}

	/**
	 * The partnerships a figure counts (live, or as frozen for a published report), by
	 * title, a page at a time.
	 */
	public List<Counted> counted(int year, @Nullable Long frozenReportId, String figure, int offset, int limit) {
		String members = frozenReportId == null ? "(" + MEMBERS + ") m on m.id = p.id"
				: "annual_report_member m on m.partnership_id = p.id and m.report_id = :report";
		return jdbc.sql("""
				select p.id, p.reference_code, p.title, p.status, p.regional_platform_code
				from partnership p join %s
				where m.figure = :figure
				order by lower(p.title), p.id offset :offset limit :limit""".formatted(members))
			.param("year", year)
			.param("figure", figure)
			.param("report", frozenReportId == null ? -1L : frozenReportId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Counted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * A text a story can start from: an approved report's achievements, or the record's
	 * results.
	 */
	public record StorySeed(long partnershipId, String partnership, String source, String text) {
	}

	/**
	 * What the year's stories can start from, for the published partnerships active in
	 * the year: the achievements of their approved reports of the year, and the results
	 * their records state (as the sources give them).
	 */
	public List<StorySeed> storySeeds(int year) {
		return jdbc
			.sql("""
					select p.id, p.title, 'report ' || r.period_year || case r.period_half when 0 then '' else '-H' || r.period_half end,
					       r.achievements
					from progress_report r join partnership p on p.id = r.partnership_id
					where r.status = 'APPROVED' and r.period_year = :year and r.achievements is not null
					  and p.id in (%s)
					union all
					select p.id, p.title, 'record', p.results_narrative from partnership p
					where p.results_narrative is not null and p.id in (%s)
					order by 2, 1, 3"""
				.formatted(ACTIVE_IDS, ACTIVE_IDS))
			.param("year", year)
			.query((rs, n) -> new StorySeed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Partnership titles by id, in one statement. */
	public Map<Long, String> titles(java.util.Collection<Long> ids) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, title from partnership where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return titles;
	}

}
