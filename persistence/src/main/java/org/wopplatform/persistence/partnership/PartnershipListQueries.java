package org.wopplatform.persistence.partnership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.persistence.database.PlannedQuery;
import org.wopplatform.persistence.paging.BoundedPage;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.version.Recount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Read model of partnership lists. A page costs at most three SQL statements whatever its
 * size: the count (or the data version, when the same count was made since the data last
 * changed), the ids of the page (paginated in SQL), then the rows of exactly those
 * partnerships with their participants and working areas (those not kept from an earlier
 * list since the data last changed). The pages people browse count only up to
 * {@value #COUNT_BOUND} rows and page through those ("more than 1,000: narrow the
 * search"), so the last reachable page costs what the first does; the open-data API
 * counts exactly, as harvesters page through everything, and its pages far down are cut
 * from the list's order kept in memory ({@link #searchExactly}).
 */
@Repository
@Transactional(readOnly = true)
public class PartnershipListQueries {

	/** The rows a browsed list counts and pages through. */
	public static final int COUNT_BOUND = 1_000;

	/**
	 * How far down a list counted exactly (the open-data API's) a page by number reaches:
	 * the ids of its first rows in its order are kept ({@link #searchExactly}) as far
	 * down as this.
	 */
	public static final int EXACT_DEPTH = 10_000;

	/**
	 * From how far down a page of a list counted exactly is cut from the list's kept
	 * order: the first pages are read as they are asked for, as cheaply as the order
	 * would be read.
	 */
	static final int ORDER_KEPT_FROM = 100;

	/**
	 * What a list reads, before its conditions. Region and programme are compared on the
	 * partnership's own columns ({@code p.regionalPlatform.code}), so that no join stands
	 * between the filters and the indexes that lead with them.
	 */
	private static final String FROM = " from Partnership p where ";

	/** The text searched, tested on each partnership's row. */
	private static final String TEXT = " and p.searchText like :text escape '!'";

	/**
	 * The same test, on the rows of the partnerships that pass the other filters only:
	 * see {@link #page}.
	 */
	private static final String TEXT_AFTER_THE_INDEX = " and exists (select 1 from Partnership tx"
			+ " where tx.id = p.id and tx.searchText like :text escape '!')";

	@PersistenceContext
	private EntityManager entityManager;

	private final Recount recount;

	private final JdbcTemplate jdbcTemplate;

	private final ReferenceData reference;

	PartnershipListQueries(Recount recount, JdbcTemplate jdbcTemplate, ReferenceData reference) {
		this.recount = recount;
		this.jdbcTemplate = jdbcTemplate;
		this.reference = reference;
	}

	/** The published partnerships, as everyone sees them. */
	public BoundedPage<PartnershipSummary> published(Pageable pageable) {
		return search(PartnershipSearch.none(), ReadScope.publicOnly(), pageable);
	}

	/**
	 * The partnerships matching the filters that the reader may see, one page of them,
	 * counted up to {@value #COUNT_BOUND}.
	 */
	public BoundedPage<PartnershipSummary> search(PartnershipSearch search, ReadScope scope, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = whereClause(search, scope, parameters);
		planEachTime(parameters, textAfterTheIndex(search, parameters));
		// The ids up to one past the bound: the database stops reading there.
		TypedQuery<Long> ids = entityManager.createQuery("select p.id" + FROM + where, Long.class);
		bind(ids, scope, parameters);
		long counted = recount.count(List.of("bounded", where, scope, comparable(parameters)),
				() -> ids.setMaxResults(COUNT_BOUND + 1).getResultList().size());
		long total = Math.min(counted, COUNT_BOUND);
		List<PartnershipSummary> rows = total == 0 || pageable.getOffset() >= total ? List.of()
				: page(search, scope, pageable, parameters, where, true);
		return new BoundedPage<>(rows, pageable, counted, COUNT_BOUND);
	}

	/**
	 * The same, counted exactly and paged through to the end: for the open-data API. A
	 * page within the first {@value #EXACT_DEPTH} rows, past the first few, is cut from
	 * the ids of the list's first rows in its order, read (one statement, as deep as the
	 * page asks, rounded up: {@link Recount#keepOrder}) and kept until the data changes:
	 * once kept, a page far down costs what a first page does.
	 */
	public Page<PartnershipSummary> searchExactly(PartnershipSearch search, ReadScope scope, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = whereClause(search, scope, parameters);
		planEachTime(parameters, textAfterTheIndex(search, parameters));
		long total = exactCount(where, scope, parameters);
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		long end = pageable.getOffset() + pageable.getPageSize();
		if (pageable.getOffset() < ORDER_KEPT_FROM || end > EXACT_DEPTH) {
			return new PageImpl<>(page(search, scope, pageable, parameters, where, false), pageable, total);
		}
		// A page far down, cut from the ids of the list's first rows in its order, kept
		// until the data changes: by number, the database walked every row before the
		// page (1.8 ms for page 251 of 20 at 50,000 partnerships, from the index alone,
		// where a first page takes 0.05).
		long[] order = recount.keepOrder(List.of("order", where, scope, comparable(parameters), search.sort()), end,
				EXACT_DEPTH,
				depth -> ids(scope, parameters, walked(search, parameters, where), search.sort().orderBy, depth, 0)
					.stream()
					.mapToLong(Long::longValue)
					.toArray());
		List<Long> onPage = Arrays
			.stream(order, (int) Math.min(pageable.getOffset(), order.length), (int) Math.min(end, order.length))
			.boxed()
			.toList();
		return new PageImpl<>(rows(onPage, scope, parameters, false), pageable, total);
	}

	/**
	 * Partnerships matching the filters read in id order from an id on: those after it
	 * ({@code rows}, at most {@code size}), the id to read on after (null when none
	 * follow), and how many match in all.
	 */
	public record After(List<PartnershipSummary> rows, @Nullable Long readOnAfter, long total) {
	}

	/**
	 * The partnerships matching the filters that the reader may see, with an id above
	 * {@code after}, in id order: the open-data API's way through a whole list. Each such
	 * page costs what the first does (the primary key's index read from {@code after}
	 * on), where a page number far down a list reads every row before it.
	 */
	public After searchAfter(PartnershipSearch search, ReadScope scope, long after, int size) {
		Map<String, Object> parameters = new HashMap<>();
		String where = whereClause(search, scope, parameters);
		planEachTime(parameters, false);
		long total = exactCount(where, scope, parameters);
		if (total == 0) {
			return new After(List.of(), null, 0);
		}
		parameters.put("after", after);
		// one more than the page holds: whether another page follows (decided on the ids,
		// before a record unpublished meanwhile drops out of the rows)
		List<Long> ids = ids(scope, parameters, where + " and p.id > :after", "p.id", size + 1, 0);
		List<Long> onPage = ids.subList(0, Math.min(size, ids.size()));
		return new After(rows(onPage, scope, parameters, false),
				ids.size() > size ? onPage.get(onPage.size() - 1) : null, total);
	}

	/** How many partnerships match, counted once until the data changes. */
	private long exactCount(String where, ReadScope scope, Map<String, Object> parameters) {
		TypedQuery<Long> count = entityManager.createQuery("select count(p)" + FROM + where, Long.class);
		bind(count, scope, parameters);
		return recount.count(List.of(where, scope, comparable(parameters)), count::getSingleResult);
	}

	/**
	 * A page of the list: its ids first, in the list's order (for the title order, from
	 * the index alone, however deep the page), then their rows.
	 */
	private List<PartnershipSummary> page(PartnershipSearch search, ReadScope scope, Pageable pageable,
			Map<String, Object> parameters, String where, boolean kept) {
		return rows(ids(scope, parameters, walked(search, parameters, where), search.sort().orderBy,
				pageable.getPageSize(), (int) pageable.getOffset()), scope, parameters, kept);
	}

	/**
	 * The conditions as a page's walk down the list tests them
	 * ({@link #textAfterTheIndex}).
	 */
	private static String walked(PartnershipSearch search, Map<String, Object> parameters, String where) {
		if (!textAfterTheIndex(search, parameters)) {
			return where;
		}
		if (!where.contains(TEXT)) {
			throw new IllegalStateException("The search's text is not in its conditions: " + where);
		}
		return where.replace(TEXT, TEXT_AFTER_THE_INDEX);
	}

	/**
	 * Whether a page of this search tests its text only on the partnerships that pass its
	 * other filters. With a working area or an SDG target, a page is found by walking the
	 * title order, the area tested on the index alone; the text is not in the index, and
	 * in one statement PostgreSQL read every partnership passed from the table, whatever
	 * its area (some 7,500 for the second page of "s" in an area and a year at 50,000
	 * partnerships, 16 ms). As a test of each row found by its key, it reads only those
	 * of the area (some 320, 3.3 ms): "s" in an area 4.3 → 1.2 ms, "utility" 0.7 → 0.3
	 * ms, a rare word as fast either way. Without an area or a target the title order is
	 * walked on the status's or platform's index, or the trigram index is read, and the
	 * text is tested on the row as before (there the join cost 0.1-0.4 ms more). The
	 * count is not changed: counted up to its bound, the test on each row is faster.
	 */
	private static boolean textAfterTheIndex(PartnershipSearch search, Map<String, Object> parameters) {
		return search.sort() == PartnershipSearch.Sort.TITLE && textWithinATheme(parameters);
	}

	/**
	 * Whether the search has a text within a working area or an SDG target, as its
	 * conditions' parameters say ({@link #whereClause}).
	 */
	private static boolean textWithinATheme(Map<String, Object> parameters) {
		return parameters.containsKey("text")
				&& (parameters.containsKey("workingArea") || parameters.containsKey("sdgTarget"));
	}

	/** The ids of the matching partnerships in the order given, from one on. */
	private List<Long> ids(ReadScope scope, Map<String, Object> parameters, String where, String orderBy, int size,
			int first) {
		// The page's bounds as parameters of the statement, not Hibernate's first and
		// maximum results: with those, the first page's statement (no offset) and a later
		// page's differ, and each switch between them translated the query anew.
		TypedQuery<Long> page = entityManager.createQuery(
				"select p.id" + FROM + where + " order by " + orderBy + " limit :pageRows offset :firstRow",
				Long.class);
		bind(page, scope, parameters);
		return page.setParameter("pageRows", size).setParameter("firstRow", first).getResultList();
	}

	/**
	 * The rows of the partnerships listed, in their order: each read once until the data
	 * changes (a row is the same for every reader; which rows a reader sees, the ids
	 * decide), those not kept in one statement. Lists show the same partnerships again
	 * and again (a search's first pages, a utility's), and reading their rows was a third
	 * of the database's time for a search. Not the open-data API's ({@code kept} false):
	 * harvesters read each page once, and their rows would only push out the browsed
	 * lists'.
	 */
	private List<PartnershipSummary> rows(List<Long> ids, ReadScope scope, Map<String, Object> parameters,
			boolean kept) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, PartnershipSummary> rows = kept ? kept(ids, scope, parameters) : read(ids, scope, parameters);
		return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The rows of these partnerships kept since the data last changed, the others read.
	 */
	private Map<Long, PartnershipSummary> kept(List<Long> ids, ReadScope scope, Map<String, Object> parameters) {
		boolean[] read = { false };
		Map<Long, PartnershipSummary> rows = recount.keepRows(PartnershipSummary.class, ids, missing -> {
			read[0] = true;
			return read(missing, scope, parameters);
		});
		if (!read[0] && plannedByValue(parameters)
				&& !TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
			// the usual planning again for what follows in the caller's transaction, as
			// the rows' statement does when it runs
			PlannedQuery.apply(jdbcTemplate, usualPlanning(parameters));
		}
		return rows;
	}

	/** The rows of these partnerships, by id (one statement). */
	private Map<Long, PartnershipSummary> read(List<Long> ids, ReadScope scope, Map<String, Object> parameters) {
		// the reader's scope again: a record unpublished between the two statements is
		// not shown (a row kept from an earlier list is shown when the ids, read with the
		// scope in this transaction, name it: the data has not changed since it was read)
		List<Object> rowParameters = new ArrayList<>();
		Long[] onPage = ids.toArray(Long[]::new);
		// the same ids for the parties, the areas and the rows
		rowParameters.addAll(List.of(onPage, onPage, onPage));
		scope.sqlParameter().ifPresent(rowParameters::add);
		Map<Long, PartnershipSummary> rows = new HashMap<>();
		summaries(SUMMARIES.formatted(scope.sqlCondition()), rowParameters,
				plannedByValue(parameters) ? usualPlanning(parameters) : "")
			.forEach(row -> rows.put(row.id(), row));
		return rows;
	}

	/**
	 * The rows of the page. Where the search's statements were planned with their values,
	 * this one goes back to PostgreSQL's usual planning first, in the same round trip:
	 * its plan is the same for every page, and planning it each time took 0.7 ms of the
	 * database's time (half of the statement's) on each such search.
	 */
	private List<PartnershipSummary> summaries(String sql, List<Object> parameters, String planning) {
		return new PlannedQuery(planning, sql, "").query(jdbcTemplate, parameters, this::summary);
	}

	/**
	 * A page's rows with their parties (in their order) and working areas, in one
	 * statement: three before (rows, parties, areas), each a round trip and a plan of its
	 * own on every list page. Countries and working areas come as codes, named (and the
	 * areas ordered) from the reference lists in memory: joining their tables took 45 %
	 * of the statement's time (0.49 ms a page of 20 at 50,000 partnerships, 0.27
	 * without).
	 */
	private static final String SUMMARIES = """
			with parties as (
			    select x.partnership_id, array_agg(o.id order by x.position, x.id) as organisations,
			        array_agg(o.name order by x.position, x.id) as names,
			        array_agg(o.acronym order by x.position, x.id) as acronyms,
			        array_agg(o.country_code order by x.position, x.id) as countries,
			        array_agg(x.role order by x.position, x.id) as roles
			    from participant x join organisation o on o.id = x.organisation_id
			    where x.partnership_id = any(?)
			    group by x.partnership_id),
			areas as (
			    select pw.partnership_id, array_agg(pw.working_area_code) as areas
			    from partnership_working_area pw
			    where pw.partnership_id = any(?)
			    group by pw.partnership_id)
			select p.id, p.reference_code, p.title, p.kind, p.status,
			    coalesce(p.actual_start, p.planned_start) as start_date,
			    case when p.actual_start is not null then p.actual_start_precision
			         else p.planned_start_precision end as start_precision,
			    coalesce(p.actual_end, p.planned_end) as end_date,
			    case when p.actual_end is not null then p.actual_end_precision
			         else p.planned_end_precision end as end_precision,
			    pa.organisations, pa.names, pa.acronyms, pa.countries, pa.roles, wa.areas
			from partnership p
			left join parties pa on pa.partnership_id = p.id
			left join areas wa on wa.partnership_id = p.id
			where p.id = any(?) and %s
			""";

	private PartnershipSummary summary(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
		Long[] organisations = array(row, "organisations", Long[].class);
		String[] names = array(row, "names", String[].class);
		String[] acronyms = array(row, "acronyms", String[].class);
		String[] countries = array(row, "countries", String[].class);
		String[] roles = array(row, "roles", String[].class);
		List<PartyName> parties = new ArrayList<>(organisations.length);
		for (int i = 0; i < organisations.length; i++) {
			String code = countries[i];
			LocalizedText country = code == null ? null
					: reference.country(code).map(ReferenceData.CountryRef::name).orElse(null);
			parties.add(new PartyName(organisations[i], names[i], acronyms[i], code, country,
					PartnerRole.valueOf(roles[i])));
		}
		List<LocalizedText> areas = reference.workingAreasInOrder(array(row, "areas", String[].class))
			.stream()
			.map(ReferenceData.WorkingAreaRef::name)
			.toList();
		return new PartnershipSummary(row.getLong("id"), row.getString("reference_code"), row.getString("title"),
				PartnershipKind.valueOf(row.getString("kind")), PartnershipStatus.valueOf(row.getString("status")),
				partialDate(row, "start_date", "start_precision"), partialDate(row, "end_date", "end_precision"),
				List.copyOf(parties), List.copyOf(areas));
	}

	/** An array column's elements; none for SQL null (a partnership without any). */
	private static <T> T[] array(java.sql.ResultSet row, String column, Class<T[]> type) throws java.sql.SQLException {
		java.sql.Array array = row.getArray(column);
		if (array == null) {
			return type.cast(java.lang.reflect.Array.newInstance(type.getComponentType(), 0));
		}
		Object elements = array.getArray();
		return type.cast(elements);
	}

	private static @Nullable PartialDate partialDate(java.sql.ResultSet row, String date, String precision)
			throws java.sql.SQLException {
		java.time.LocalDate value = row.getObject(date, java.time.LocalDate.class);
		return value == null ? null
				: new PartialDate(value, org.wopplatform.domain.common.DatePrecision.valueOf(row.getString(precision)));
	}

	/** A mentor country → mentee country pair and how many visible WOPs link them. */
	public record CountryLink(String mentorCountry, String menteeCountry, long partnerships) {
	}

	/**
	 * Mentor → mentee country pairs of the WOPs the reader may see, for the map (one
	 * statement).
	 */
	public List<CountryLink> countryLinks(ReadScope scope) {
		return countryLinks(scope, null);
	}

	/**
	 * The most country links a map draws: the busiest, by number of WOPs. At 50,000
	 * partnerships there are over 25,000 pairs, a 5 MB page no one can read.
	 */
	public static final int MAP_LINKS = 150;

	/**
	 * The same pairs for the WOPs of one regional platform, or of all when
	 * {@code platform} is null: the {@value #MAP_LINKS} busiest, and one more when there
	 * are more (one statement, kept until the data changes).
	 */
	public List<CountryLink> countryLinks(ReadScope scope, @Nullable String platform) {
		return recount.keep(Arrays.asList("links", scope, platform), () -> readCountryLinks(scope, platform));
	}

	private List<CountryLink> readCountryLinks(ReadScope scope, @Nullable String platform) {
		TypedQuery<CountryLink> query = entityManager.createQuery("select new "
				+ "org.wopplatform.persistence.partnership.PartnershipListQueries$CountryLink(mc.code, ec.code, count(distinct p.id))"
				+ " from Partnership p left join p.regionalPlatform rp,"
				+ " Participant m join m.organisation mo join mo.country mc,"
				+ " Participant e join e.organisation eo join eo.country ec"
				+ " where m.partnership = p and e.partnership = p and m.role in :mentorRoles and e.role in :menteeRoles and "
				+ scope.condition() + (platform == null ? "" : " and rp.code = :platform")
				+ " group by mc.code, ec.code order by count(distinct p.id) desc, mc.code, ec.code", CountryLink.class);
		scope.bind(query);
		if (platform != null) {
			query.setParameter("platform", platform);
		}
		query.setParameter("mentorRoles",
				Arrays.stream(PartnerRole.values()).filter(PartnerRole::isMentorSide).toList());
		query.setParameter("menteeRoles",
				Arrays.stream(PartnerRole.values()).filter(PartnerRole::isMenteeSide).toList());
		return List.copyOf(query.setMaxResults(MAP_LINKS + 1).getResultList());
	}

	/** A country and how many visible WOPs have a mentor or mentee there. */
	public record CountryCount(String country, long partnerships) {
	}

	/**
	 * For each country, the visible WOPs with a mentor or mentee there, each counted once
	 * (one statement).
	 */
	public List<CountryCount> countryCounts(ReadScope scope) {
		return countryCounts(scope, null);
	}

	/**
	 * The same counts for the WOPs of one regional platform, or of all when
	 * {@code platform} is null (one statement).
	 */
	public List<CountryCount> countryCounts(ReadScope scope, @Nullable String platform) {
		return recount.keep(Arrays.asList("countries", scope, platform), () -> readCountryCounts(scope, platform));
	}

	private List<CountryCount> readCountryCounts(ReadScope scope, @Nullable String platform) {
		TypedQuery<CountryCount> query = entityManager.createQuery("select new "
				+ "org.wopplatform.persistence.partnership.PartnershipListQueries$CountryCount(c.code, count(distinct p.id))"
				+ " from Partnership p left join p.regionalPlatform rp,"
				+ " Participant x join x.organisation o join o.country c"
				+ " where x.partnership = p and x.role in :roles and " + scope.condition()
				+ (platform == null ? "" : " and rp.code = :platform") + " group by c.code", CountryCount.class);
		scope.bind(query);
		if (platform != null) {
			query.setParameter("platform", platform);
		}
		query.setParameter("roles",
				Arrays.stream(PartnerRole.values()).filter(r -> r.isMentorSide() || r.isMenteeSide()).toList());
		return List.copyOf(query.getResultList());
	}

	private static final List<String> PLANNED_BY_VALUE = List.of("text", "workingArea", "sdgTarget", "country",
			"yearStarts");

	/**
	 * With a text to find, or a working area, SDG target, country or year, this
	 * transaction's statements are planned with their values each time. The value decides
	 * the best plan: a common letter or a common area is found by walking the title order
	 * until the page is full, a rare word through the trigram index, a rare area through
	 * its index. After five runs of a prepared statement PostgreSQL may keep one plan for
	 * all values (a generic plan, which can see neither the pattern nor how many
	 * partnerships have the area): a walk through the trigram index's 50,000 matches of
	 * "a", 0.2 s where the title order takes 2 ms; every partnership of an area read
	 * through the facets' index and sorted, 10-19 ms where the title order takes 1 ms (at
	 * 50,000 partnerships). Two more statements, for searches with those filters only:
	 * this one, and going back to the usual planning for the page's rows
	 * ({@link #summaries}).
	 */
	private void planEachTime(Map<String, Object> parameters, boolean inOneProcess) {
		if (plannedByValue(parameters)) {
			// (through JDBC: as a native query of Hibernate's, this one statement cost
			// 5 % of a search's processor time)
			PlannedQuery.apply(jdbcTemplate, inOneProcess ? PLANNED_BY_VALUE_ONE_PROCESS : PLANNED_BY_VALUE_SQL);
		}
	}

	private static final String PLANNED_BY_VALUE_SQL = "set local plan_cache_mode to force_custom_plan";

	/**
	 * PostgreSQL's usual planning again, for the rest of the transaction: after the
	 * page's ids, before its rows; with parallel workers again after a text within an
	 * area or a target, which may have been walked without them.
	 */
	private static String usualPlanning(Map<String, Object> parameters) {
		return textWithinATheme(parameters)
				? PlannedQuery.USUAL + ";\nset local max_parallel_workers_per_gather to default" : PlannedQuery.USUAL;
	}

	/**
	 * The same, and the page read by this process alone: for a text within an area
	 * ({@link #textAfterTheIndex}; {@code inOneProcess}) PostgreSQL would start two more
	 * processes to share the walk ("parallel workers"), and starting them took longer
	 * than the walk (10-12 ms against 3-4.5 ms at 50,000 partnerships), while on a small
	 * server the other requests need the cores.
	 */
	private static final String PLANNED_BY_VALUE_ONE_PROCESS = PLANNED_BY_VALUE_SQL
			+ ";\nset local max_parallel_workers_per_gather to 0";

	/**
	 * A facet as the one-element array {@code array_includes} takes: with an element
	 * ({@code array_contains}), Hibernate wrote the statement anew for every run (the
	 * cast it puts around the element depends on the value bound).
	 */
	private static String[] facet(String facet) {
		return new String[] { facet };
	}

	/**
	 * The parameters as a key of kept counts: arrays (the facets) compared by their
	 * elements, not as objects (each search's own array would never find its count).
	 */
	private static Map<String, Object> comparable(Map<String, Object> parameters) {
		Map<String, Object> key = new HashMap<>(parameters);
		key.replaceAll((name, value) -> value instanceof Object[] array ? List.of(array) : value);
		return key;
	}

	private static boolean plannedByValue(Map<String, Object> parameters) {
		return PLANNED_BY_VALUE.stream().anyMatch(parameters::containsKey);
	}

	private static String whereClause(PartnershipSearch search, ReadScope scope, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(scope.condition());
		if (search.text() != null && !search.text().isBlank()) {
			// One column holds every text the search matches (kept by the database,
			// migration V202612091100): a rare word is read from its trigram index, a
			// common one by walking the title order until the page is full.
			where.append(TEXT);
			parameters.put("text", "%" + likeEscaped(searchable(search.text())) + "%");
		}
		if (search.platform() != null) {
			where.append(" and p.regionalPlatform.code = :platform");
			parameters.put("platform", search.platform());
		}
		if (search.programme() != null) {
			where.append(" and p.fundingProgramme.code = :programme");
			parameters.put("programme", search.programme());
		}
		if (search.status() != null) {
			where.append(" and p.status = :status");
			parameters.put("status", search.status());
		}
		// Working area and SDG target: a GIN-indexed array on the partnership that the
		// title-order indexes hold too (generated from the facets, migration
		// V202612141000), so that a walk in title order tests them on the index alone;
		// country: the facets (kept by the database, migration V202612121000), which grow
		// with the participants and are read from the table. PostgreSQL counts both from
		// its statistics.
		if (search.country() != null) {
			where.append(" and array_includes(p.facets, :country)");
			parameters.put("country", facet("c:" + search.country()));
		}
		if (search.organisation() != null) {
			where.append(
					" and exists (select 1 from Participant ox where ox.partnership = p and ox.organisation.id = :organisation)");
			parameters.put("organisation", search.organisation());
		}
		if (search.workingArea() != null) {
			where.append(" and array_includes(p.themes, :workingArea)");
			parameters.put("workingArea", facet("a:" + search.workingArea()));
		}
		if (search.sdgTarget() != null) {
			where.append(" and array_includes(p.themes, :sdgTarget)");
			parameters.put("sdgTarget", facet("t:" + search.sdgTarget()));
		}
		if (search.year() != null) {
			// Active in a year: started (actually, else as planned) before the year's end
			// and not ended (actually, else as planned) before its start; one without a
			// start is active in no year, one with a start and no end in every year from
			// its start. The same years as the facets' (y:2019, y:open: migration
			// V202612121100), compared on the dates the title-order indexes hold
			// (V202612141000), where the facets' years grow with the partnership's
			// length.
			where.append(" and coalesce(p.actualStart.date, p.plannedStart.date) < :yearEnds"
					+ " and (coalesce(p.actualEnd.date, p.plannedEnd.date) is null"
					+ " or coalesce(p.actualEnd.date, p.plannedEnd.date) >= :yearStarts)");
			parameters.put("yearStarts", java.time.LocalDate.of(search.year(), 1, 1));
			parameters.put("yearEnds", java.time.LocalDate.of(search.year() + 1, 1, 1));
		}
		if (search.health() != null) {
			// The health of the latest approved report (by the start of its period).
			parameters.put("health", search.health());
			where.append(" and exists (select 1 from ProgressReport hr where hr.partnershipId = p.id")
				.append(" and hr.status = org.wopplatform.domain.progress.ReportStatus.APPROVED")
				.append(" and hr.health = :health and not exists (select 1 from ProgressReport hl")
				.append(" where hl.partnershipId = p.id and hl.status = org.wopplatform.domain.progress.ReportStatus.APPROVED")
				.append(" and (hl.period.year > hr.period.year or (hl.period.year = hr.period.year")
				.append(" and hl.period.half > hr.period.half))))");
		}
		if (search.late() != null) {
			where.append(" and ").append(search.late().condition(parameters));
		}
		return where.toString();
	}

	/**
	 * The text as the search column holds it: lower case, without control characters (its
	 * lines are separated by line breaks, which a match must not span).
	 */
	private static String searchable(String text) {
		return text.strip().replaceAll("\\p{Cntrl}", " ").toLowerCase(Locale.ROOT);
	}

	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static void bind(Query query, ReadScope scope, Map<String, Object> parameters) {
		scope.bind(query);
		parameters.forEach(query::setParameter);
	}

}
