package org.wopplatform.persistence.partnership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.wopplatform.persistence.paging.BoundedPage;
import org.wopplatform.persistence.version.Recount;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of partnership lists. A page costs four SQL statements whatever its size:
 * the count (or the data version, when the same count was made since the data last
 * changed), the page of partnerships (paginated in SQL), then the participants and the
 * working areas of exactly those partnerships. The pages people browse count only up to
 * {@value #COUNT_BOUND} rows and page through those ("more than 1,000: narrow the
 * search"), so the last reachable page costs what the first does; the open-data API
 * counts exactly, as harvesters page through everything.
 */
@Repository
@Transactional(readOnly = true)
public class PartnershipListQueries {

	/** The rows a browsed list counts and pages through. */
	public static final int COUNT_BOUND = 1_000;

	/**
	 * What a list reads, before its conditions. Region and programme are compared on the
	 * partnership's own columns ({@code p.regionalPlatform.code}), so that no join stands
	 * between the filters and the indexes that lead with them.
	 */
	private static final String FROM = " from Partnership p where ";

	@PersistenceContext
	private EntityManager entityManager;

	private final Recount recount;

	PartnershipListQueries(Recount recount) {
		this.recount = recount;
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
		planEachTime(parameters);
		// The ids up to one past the bound: the database stops reading there.
		TypedQuery<Long> ids = entityManager.createQuery("select p.id" + FROM + where, Long.class);
		bind(ids, scope, parameters);
		long counted = recount.count(List.of("bounded", where, scope, parameters),
				() -> ids.setMaxResults(COUNT_BOUND + 1).getResultList().size());
		long total = Math.min(counted, COUNT_BOUND);
		List<PartnershipSummary> rows = total == 0 || pageable.getOffset() >= total ? List.of()
				: page(search, scope, pageable, parameters, where);
		return new BoundedPage<>(rows, pageable, counted, COUNT_BOUND);
	}

	/**
	 * The same, counted exactly and paged through to the end: for the open-data API.
	 */
	public Page<PartnershipSummary> searchExactly(PartnershipSearch search, ReadScope scope, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		String where = whereClause(search, scope, parameters);
		planEachTime(parameters);
		TypedQuery<Long> count = entityManager.createQuery("select count(p)" + FROM + where, Long.class);
		bind(count, scope, parameters);
		long total = recount.count(List.of(where, scope, parameters), count::getSingleResult);
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		return new PageImpl<>(page(search, scope, pageable, parameters, where), pageable, total);
	}

	/**
	 * A page of the list: its ids first, in the list's order (for the title order, from
	 * the index alone, however deep the page), then their rows.
	 */
	private List<PartnershipSummary> page(PartnershipSearch search, ReadScope scope, Pageable pageable,
			Map<String, Object> parameters, String where) {
		// The page's bounds as parameters of the statement, not Hibernate's first and
		// maximum results: with those, the first page's statement (no offset) and a later
		// page's differ, and each switch between them translated the query anew.
		TypedQuery<Long> page = entityManager.createQuery("select p.id" + FROM + where + " order by "
				+ search.sort().orderBy + " limit :pageRows offset :firstRow", Long.class);
		bind(page, scope, parameters);
		List<Long> ids = page.setParameter("pageRows", pageable.getPageSize())
			.setParameter("firstRow", (int) pageable.getOffset())
			.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		// the reader's scope again: a record unpublished between the two statements is
		// not shown
		Map<Long, Head> heads = new HashMap<>();
		IdParameters onPage = IdParameters.of("id", ids);
		TypedQuery<Head> rows = entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$Head(
				    p.id, p.referenceCode, p.title, p.kind, p.status,
				    p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd)
				from Partnership p where""" + " " + onPage.in("p.id") + " and " + scope.condition(), Head.class);
		scope.bind(rows);
		onPage.bind(rows);
		rows.getResultList().forEach(head -> heads.put(head.id(), head));
		return summaries(ids.stream().map(heads::get).filter(java.util.Objects::nonNull).toList());
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

	/**
	 * With a text to find, this transaction's statements are planned with their values
	 * each time. The pattern decides the best plan: a common letter is found by walking
	 * the title order until the page is full, a rare word through the trigram index.
	 * After five runs of a prepared statement PostgreSQL may keep one plan for all values
	 * (a generic plan, which cannot see the pattern): a walk through the trigram index's
	 * 50,000 matches of "a", 0.2 s where the title order takes 2 ms. One more statement,
	 * for searches with a text only.
	 */
	private void planEachTime(Map<String, Object> parameters) {
		if (parameters.containsKey("text")) {
			entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
				.getSingleResult();
		}
	}

	private static String whereClause(PartnershipSearch search, ReadScope scope, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(scope.condition());
		if (search.text() != null && !search.text().isBlank()) {
			// One column holds every text the search matches (kept by the database,
			// migration V202612091100): a rare word is read from its trigram index, a
			// common one by walking the title order until the page is full.
			where.append(" and p.searchText like :text escape '!'");
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
		// Working area, SDG target, country and year: one GIN-indexed array on the
		// partnership (kept by the database, migrations V202612121000 and V202612121100),
		// which PostgreSQL combines with the other filters' indexes and counts from its
		// statistics.
		if (search.country() != null) {
			where.append(" and array_contains(p.facets, :country)");
			parameters.put("country", "c:" + search.country());
		}
		if (search.organisation() != null) {
			where.append(
					" and exists (select 1 from Participant ox where ox.partnership = p and ox.organisation.id = :organisation)");
			parameters.put("organisation", search.organisation());
		}
		if (search.workingArea() != null) {
			where.append(" and array_contains(p.facets, :workingArea)");
			parameters.put("workingArea", "a:" + search.workingArea());
		}
		if (search.sdgTarget() != null) {
			where.append(" and array_contains(p.facets, :sdgTarget)");
			parameters.put("sdgTarget", "t:" + search.sdgTarget());
		}
		if (search.year() != null) {
			// Each year a partnership is active in is one of its facets (from the year
			// of its start to the year of its end, migration V202612121100); one with a
			// start and no end is marked open instead, and compared by its start.
			where.append(" and (array_contains(p.facets, :year) or (array_contains(p.facets, :openEnded)"
					+ " and year(coalesce(p.actualStart.date, p.plannedStart.date)) <= :startedBy))");
			parameters.put("year", "y:" + search.year());
			parameters.put("openEnded", "y:open");
			parameters.put("startedBy", search.year());
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

	private List<PartnershipSummary> summaries(List<Head> heads) {
		if (heads.isEmpty()) {
			return List.of();
		}
		IdParameters ids = IdParameters.of("id", heads.stream().map(Head::id).toList());
		Map<Long, List<PartyName>> parties = new LinkedHashMap<>();
		TypedQuery<PartyRow> partyRows = entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$PartyRow(
				    pa.partnership.id, o.id, o.name, o.acronym, c.code, c.nameEn, c.nameFr, c.nameEs, pa.role)
				from Participant pa join pa.organisation o left join o.country c
				where""" + " " + ids.in("pa.partnership.id") + " order by pa.partnership.id, pa.position",
				PartyRow.class);
		ids.bind(partyRows);
		partyRows.getResultList()
			.forEach(row -> parties.computeIfAbsent(row.partnershipId(), id -> new ArrayList<>())
				.add(row.toPartyName()));
		Map<Long, List<LocalizedText>> areas = new LinkedHashMap<>();
		TypedQuery<AreaRow> areaRows = entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$AreaRow(
				    p.id, w.nameEn, w.nameFr, w.nameEs)
				from Partnership p join p.workingAreas w
				where""" + " " + ids.in("p.id") + " order by p.id, w.sortOrder", AreaRow.class);
		ids.bind(areaRows);
		areaRows.getResultList()
			.forEach(row -> areas.computeIfAbsent(row.partnershipId(), id -> new ArrayList<>())
				.add(new LocalizedText(row.en(), row.fr(), row.es())));
		return heads.stream()
			.map(h -> new PartnershipSummary(h.id(), h.referenceCode(), h.title(), h.kind(), h.status(),
					h.actualStart() != null ? h.actualStart() : h.plannedStart(),
					h.actualEnd() != null ? h.actualEnd() : h.plannedEnd(), parties.getOrDefault(h.id(), List.of()),
					areas.getOrDefault(h.id(), List.of())))
			.toList();
	}

	record Head(Long id, String referenceCode, String title, PartnershipKind kind, PartnershipStatus status,
			@Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd, @Nullable PartialDate actualStart,
			@Nullable PartialDate actualEnd) {
	}

	record PartyRow(Long partnershipId, Long organisationId, String name, @Nullable String acronym,
			@Nullable String countryCode, @Nullable String countryEn, @Nullable String countryFr,
			@Nullable String countryEs, PartnerRole role) {

		PartyName toPartyName() {
			LocalizedText country = countryEn == null ? null : new LocalizedText(countryEn, countryFr, countryEs);
			return new PartyName(organisationId, name, acronym, countryCode, country, role);
		}

	}

	record AreaRow(Long partnershipId, String en, @Nullable String fr, @Nullable String es) {
	}

}
