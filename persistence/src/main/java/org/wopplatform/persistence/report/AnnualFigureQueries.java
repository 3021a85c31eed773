package org.wopplatform.persistence.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.database.OwnConnections;
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

	/**
	 * The published partnerships ({@code base}) with their years and status at the year's
	 * end, those counted in {@code :year} whatever their kind ({@code counted}), and the
	 * WOPs among them ({@code active}). The same rules as {@code CountedPartnership} in
	 * the domain, for all records at once (a test checks they agree). The status at the
	 * year's end is read for all partnerships in one pass (a subquery per partnership
	 * took minutes at 50,000 partnerships).
	 */
	static final String ACTIVE_CTES = """
			base as (
			    select p.id, p.kind, p.status as now_status, p.regional_platform_code as platform,
			           p.funding_programme_code as programme, p.planned_end, p.actual_end,
			           coalesce(p.actual_start, p.planned_start) as starts,
			           case when p.actual_end is not null then p.actual_end
			                when p.status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED') then null
			                else p.planned_end end as ends,
			           y.status
			    from partnership p
			    left join (
			        select distinct on (t.partnership_id) t.partnership_id, t.status
			        from partnership_status_timeline t
			        where t.changed_on < make_date(:year + 1, 1, 1)
			        order by t.partnership_id, t.changed_on desc, t.position desc
			    ) y on y.partnership_id = p.id
			    where p.published
			), counted as (
			    select * from base
			    where starts < make_date(:year + 1, 1, 1) and (ends is null or ends >= make_date(:year, 1, 1))
			      and status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED', 'CLOSED')
			), active as (
			    select * from counted where kind = 'WOP'
			)""";

	/** Which partnerships each figure counts: rows (figure, partnership id). */
	static final String MEMBERS = "with " + ACTIVE_CTES + """
			, started as (
			    select * from active where starts >= make_date(:year, 1, 1)
			), completed as (
			    select * from base where kind = 'WOP' and status = 'CLOSED'
			      and actual_end >= make_date(:year, 1, 1) and actual_end < make_date(:year + 1, 1, 1)
			), undated as (
			    select * from base where starts is null and now_status not in ('PIPELINE', 'CANCELLED')
			      and (actual_end is null or actual_end >= make_date(:year, 1, 1))
			)""" + CapacityFigures.CTE + """

			select 'ACTIVE' as figure, id from active
			union all select 'ACTIVE/' || platform, id from active where platform is not null
			union all select 'STARTED', id from started
			union all select 'STARTED/' || platform, id from started where platform is not null
			union all select 'COMPLETED', id from completed
			union all select 'COMPLETED/' || platform, id from completed where platform is not null
			union all select case kind when 'WOP' then 'NOT_DATED' else 'NETWORK_NOT_DATED' end, id from undated
			union all select 'PAST_PLANNED_END', id from active
			    where status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED') and planned_end < make_date(:year, 1, 1)
			union all select 'NETWORK', id from counted where kind = 'NETWORK'
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

	private final Semaphore secondConnections;

	AnnualFigureQueries(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.secondConnections = new Semaphore(alongsideAtMost(dataSource));
	}

	/**
	 * How many counts may run alongside at once: each caller holds a connection and waits
	 * for a second, so with {@code k} of them {@code 2k} connections are held, and one
	 * must stay for everyone else: two with the pool of five, none with a pool of two or
	 * fewer (counted in turn, on the caller's connection), two without a pool.
	 */
	static int alongsideAtMost(DataSource dataSource) {
		HikariDataSource pool = OwnConnections.pool(dataSource);
		return pool == null ? 2 : Math.max(0, Math.min(2, (pool.getMaximumPoolSize() - 1) / 2));
	}

	/** An amount of one of the money lists, before they are told apart. */
	private record Money(String list, String currency, String category, java.math.BigDecimal amount) {

		Contribution contribution() {
			return new Contribution(currency, category, amount);
		}

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
		// see: it counts them itself). At most two counts run alongside at once
		// (fewer with a smaller pool: alongsideAtMost), others count in turn: fewer
		// callers wait for a second connection than the pool holds, so they can
		// always get one.
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
		List<Engagement> engagement = jdbc
			.sql("""
					select platform, total,
					       count(*) filter (where mentor and utility), count(*) filter (where mentee and utility),
					       count(distinct country_code),
					       count(*) filter (where mentor or mentee), count(*) filter (where mentor),
					       count(*) filter (where mentee), count(*) filter (where mentor and mentee),
					       count(*) filter (where not mentor and not mentee),
					       count(distinct country_code) filter (where mentee), count(distinct country_code) filter (where mentor)
					from (
					    select p.regional_platform_code as platform, grouping(p.regional_platform_code) = 1 as total,
					           o.id, o.type = 'UTILITY' as utility, o.country_code,
					           bool_or(r.side = 'MENTOR') as mentor, bool_or(r.side = 'MENTEE') as mentee
					    from participant pa
					    join partner_role r on r.code = pa.role
					    join organisation o on o.id = pa.organisation_id
					    join partnership p on p.id = pa.partnership_id
					    where pa.partnership_id in (%s)
					    group by grouping sets ((o.id, o.type, o.country_code),
					                            (p.regional_platform_code, o.id, o.type, o.country_code))
					) organisations
					group by platform, total
					order by total desc, platform"""
				.formatted(ACTIVE_IDS))
			.param("year", year)
			.query((rs, n) -> new Engagement(rs.getBoolean(2) ? "" : rs.getString(1), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
					rs.getLong(11), rs.getLong(12)))
			.list();
		// The grand total (platform "") comes first; partnerships without a platform form
		// a group too (platform null), which is not a region.
		Engagement all = engagement.stream()
			.filter(e -> "".equals(e.platform()))
			.findFirst()
			.map(e -> e.forAll())
			.orElse(Engagement.NONE);
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
		// Committed: what partners put in and the budgets stated, for the partnerships
		// under way and for those that started in the year; spent: what approved
		// reports of the year say was spent.
		List<Money> money = jdbc.sql("""
				with %s, committed as (
				    select partnership_id, currency, category, amount from contribution where amount is not null
				    union all
				    select id, budget_currency, 'BUDGET', budget_amount from partnership where budget_amount is not null
				)
				select 'UNDER_WAY', c.currency, c.category, sum(c.amount) from committed c
				where c.partnership_id in (select id from active) group by c.currency, c.category
				union all
				select 'STARTED', c.currency, c.category, sum(c.amount) from committed c
				where c.partnership_id in (select id from active where starts >= make_date(:year, 1, 1))
				group by c.currency, c.category
				union all
				select 'SPENT', coalesce(l.currency, ''), l.kind, sum(s.amount)
				from report_spending s join progress_report r on r.id = s.report_id
				join budget_line l on l.id = s.budget_line_id
				where r.status = 'APPROVED' and r.period_year = :year and r.partnership_id in (select id from active)
				group by l.currency, l.kind
				order by 1, 2, 3""".formatted(ACTIVE_CTES))
			.param("year", year)
			.query((rs, n) -> new Money(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
		List<Contribution> contributions = money.stream()
			.filter(m -> m.list().equals("UNDER_WAY"))
			.map(Money::contribution)
			.toList();
		List<Contribution> startedContributions = money.stream()
			.filter(m -> m.list().equals("STARTED"))
			.map(Money::contribution)
			.toList();
		List<Contribution> spending = money.stream()
			.filter(m -> m.list().equals("SPENT"))
			.map(Money::contribution)
			.toList();
		List<Achieved> deliverables = jdbc
			.sql("""
					select p.id, p.title, d.title, count(*) over () from deliverable d join partnership p on p.id = d.partnership_id
					where d.partnership_id in (%s) and d.status = 'ACHIEVED'
					  and d.due_date >= make_date(:year, 1, 1) and d.due_date < make_date(:year + 1, 1, 1)
					order by p.title_order, p.id, d.position limit :listed"""
				.formatted(ACTIVE_IDS))
			.param("year", year)
			.param("listed", LISTED)
			.query((rs, n) -> new Achieved(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
		AnnualFigures.Capacity capacity = CapacityFigures.count(jdbc, ACTIVE_CTES, year, counts);
		List<Result> results = improvedLater == null ? improved(year) : done(improvedLater);
		return new AnnualFigures(year, counts, all, regions, people, contributions, results,
				results.isEmpty() ? 0 : results.get(0).ofTotal(), deliverables,
				deliverables.isEmpty() ? 0 : deliverables.get(0).ofTotal(), capacity, startedContributions, spending);
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
				left join kpi k on k.code = i.kpi_code
				join lateral (
				    select v.value, v.approved_period from indicator_value v
				    where v.indicator_id = i.id and v.approved_period <= :year * 4 + 3
				    order by v.approved_period desc limit 1) latest on true
				where i.partnership_id in (%s) and i.baseline_value is not null
				  and ((coalesce(i.better_direction, k.better_direction) = 'HIGHER' and latest.value > i.baseline_value)
				    or (coalesce(i.better_direction, k.better_direction) = 'LOWER' and latest.value < i.baseline_value))
				order by p.title_order, p.id, i.name, i.id limit :listed""".formatted(ACTIVE_IDS))
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
	 * Each partnership a report lists, with its title, partners (mentor side → mentee
	 * side), status at the year's end and the countries of its mentee side: rows (id,
	 * reference, title, partners, status, countries) for the ids in {@code (%s)}.
	 */
	private static final String LISTED_ROWS = """
			select p.id, p.reference_code, p.title,
			       coalesce((select string_agg(o.name, ', ' order by pa.position) from participant pa
			                 join partner_role r on r.code = pa.role and r.side = 'MENTOR'
			                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), '')
			       || ' → ' ||
			       coalesce((select string_agg(o.name, ', ' order by pa.position) from participant pa
			                 join partner_role r on r.code = pa.role and r.side = 'MENTEE'
			                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), '') as partners,
			       (select t.status from partnership_status_timeline t
			        where t.partnership_id = p.id and t.changed_on < make_date(:year + 1, 1, 1)
			        order by t.changed_on desc, t.position desc limit 1) as status,
			       coalesce((select string_agg(distinct o.country_code, ', ') from participant pa
			                 join partner_role r on r.code = pa.role and r.side = 'MENTEE'
			                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), '') as countries
			from partnership p where p.id in (%s)""";

	/**
	 * Freezes which partnerships each figure counts now, and each of them as it stands
	 * now (title, partners, status at the year's end, countries), for a report being
	 * published.
	 */
	@Transactional
	public void freezeMembers(long reportId, int year) {
		jdbc.sql(
				"insert into annual_report_member (report_id, figure, partnership_id) select :report, figure, id from ("
						+ MEMBERS + ") m")
			.param("report", reportId)
			.param("year", year)
			.update();
		jdbc.sql("insert into annual_report_partnership (report_id, partnership_id, reference_code, title, partners,"
				+ " status, countries) select :report, l.* from ("
				+ LISTED_ROWS.formatted("select partnership_id from annual_report_member where report_id = :report")
				+ ") l")
			.param("report", reportId)
			.param("year", year)
			.update();
	}

	/**
	 * A partnership a report lists, as it stood at publication for a published report;
	 * {@code withdrawn} when it has been unpublished since (then shown without its title,
	 * reference or link).
	 */
	public record Counted(long id, String referenceCode, String title, @Nullable String status,
			@Nullable String platform, String partners, String countries, boolean withdrawn) {
	}

	private static Counted counted(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Counted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(5), rs.getString(7),
				rs.getString(4), rs.getString(6), rs.getBoolean(8));
	}

	/**
	 * The partnerships a figure counts (live, or as frozen for a published report), by
	 * title, a page at a time.
	 */
	public List<Counted> counted(int year, @Nullable Long frozenReportId, String figure, int offset, int limit) {
		String sql = frozenReportId == null
				? """
						select l.*, p.regional_platform_code, false from (%s) l join partnership p on p.id = l.id
						order by lower(l.title), l.id offset :offset limit :limit"""
					.formatted(LISTED_ROWS.formatted("select id from (" + MEMBERS + ") m where m.figure = :figure"))
				: """
						select s.partnership_id, s.reference_code, s.title, s.partners, s.status, s.countries,
						       p.regional_platform_code, p.id is null or not p.published
						from annual_report_partnership s
						join annual_report_member m on m.report_id = s.report_id and m.partnership_id = s.partnership_id
						left join partnership p on p.id = s.partnership_id
						where s.report_id = :report and m.figure = :figure
						order by lower(s.title), s.partnership_id offset :offset limit :limit""";
		return jdbc.sql(sql)
			.param("year", year)
			.param("figure", figure)
			.param("report", frozenReportId == null ? -1L : frozenReportId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> counted(rs))
			.list();
	}

	/**
	 * Every partnership a report lists (counted in any figure), by title: as frozen at
	 * publication for a published report, as they stand now for a draft.
	 */
	public List<Counted> listed(int year, @Nullable Long frozenReportId) {
		String sql = frozenReportId == null ? """
				select l.*, p.regional_platform_code, false from (%s) l join partnership p on p.id = l.id
				order by lower(l.title), l.id""".formatted(LISTED_ROWS.formatted("select id from (" + MEMBERS + ") m"))
				: """
						select s.partnership_id, s.reference_code, s.title, s.partners, s.status, s.countries,
						       p.regional_platform_code, p.id is null or not p.published
						from annual_report_partnership s left join partnership p on p.id = s.partnership_id
						where s.report_id = :report
						order by lower(s.title), s.partnership_id""";
		return jdbc.sql(sql)
			.param("year", year)
			.param("report", frozenReportId == null ? -1L : frozenReportId)
			.query((rs, n) -> counted(rs))
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

	/** A partnership's title now, and whether it is published. */
	public record Titled(String title, boolean published) {
	}

	/** Partnership titles by id, and whether each is published, in one statement. */
	public Map<Long, Titled> titles(java.util.Collection<Long> ids) {
		Map<Long, Titled> titles = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, title, published from partnership where id in (:ids)")
				.param("ids", ids)
				.query((rs, n) -> titles.put(rs.getLong(1), new Titled(rs.getString(2), rs.getBoolean(3))))
				.list();
		}
		return titles;
	}

}
