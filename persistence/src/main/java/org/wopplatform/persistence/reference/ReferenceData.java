package org.wopplatform.persistence.reference;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.persistence.database.OwnConnections;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The reference lists, read once and kept in memory, so pages never spend SQL statements
 * on them after the first use; read again after the secretariat changes one
 * ({@link ReferenceEntries}). A retired entry stays here (old records show it by its
 * name) and forms offer it only to the records that already have it ({@link #choices}).
 */
@Component
public class ReferenceData {

	/**
	 * A country: ISO 3166-1 alpha-2, alpha-3 and numeric codes, its name, approximate
	 * centre and the regional platform that covers it by default.
	 */
	public record CountryRef(String code, String alpha3, String numericCode, LocalizedText name,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String platform) {
	}

	/**
	 * An entry of a list the secretariat keeps: its code and whether it is retired (no
	 * longer offered for new records).
	 */
	public interface Choice {

		String code();

		boolean retired();

	}

	public record PlatformRef(String code, String name, @Nullable String acronym, String region, @Nullable String host,
			LocalizedText names, boolean retired) implements Choice {

		public String shortName() {
			return acronym != null ? acronym : name;
		}

	}

	public record ProgrammeRef(String code, String name, @Nullable String description, LocalizedText names,
			boolean retired) implements Choice {
	}

	public record WorkingAreaRef(String code, LocalizedText name, boolean retired) implements Choice {
	}

	public record GoalRef(int code, String shortTitle, LocalizedText title, String colour) {
	}

	public record TargetRef(String code, int goal, LocalizedText text) {
	}

	/** One of GWOPA's capacity dimensions and its category. */
	public record DimensionRef(String code, String category, LocalizedText name, boolean retired) implements Choice {
	}

	/** A stage of GWOPA's capacity tracker, with what it means. */
	public record StageRef(int stage, LocalizedText name, LocalizedText description) {
	}

	/** A point of a scale (degree of change −2…+2, contribution 0–2) and its name. */
	public record ScaleRef(int value, LocalizedText name) {
	}

	/** One of GWOPA's partnership-practice dimensions, with what it means. */
	public record PracticeRef(String code, LocalizedText name, LocalizedText description,
			boolean retired) implements Choice {
	}

	/** A unit outputs are counted in (GWOPA's list, with "other"). */
	public record UnitRef(String code, LocalizedText name, boolean retired) implements Choice {
	}

	public record KpiRef(String code, LocalizedText name, @Nullable String unit, boolean retired) implements Choice {
	}

	/** A partner role, its side (MENTOR, MENTEE, OTHER) and names. */
	public record RoleRef(String code, String side, LocalizedText name, boolean retired) implements Choice {
	}

	/** A currency money may be given in (ISO 4217). */
	public record CurrencyRef(String code, LocalizedText name, boolean retired) implements Choice {
	}

	private record Lists(List<CountryRef> countries, Map<String, CountryRef> countriesByCode,
			List<PlatformRef> platforms, List<ProgrammeRef> programmes, List<WorkingAreaRef> workingAreas,
			List<GoalRef> goals, List<TargetRef> targets, List<RoleRef> roles, List<KpiRef> kpis, List<UnitRef> units,
			List<DimensionRef> dimensions, List<StageRef> stages, List<ScaleRef> degrees, List<ScaleRef> contributions,
			List<PracticeRef> practice, List<CurrencyRef> currencies, Map<Locale, List<CountryRef>> countriesByName,
			Map<String, Integer> areaPositions, Map<String, Integer> targetPositions) {
	}

	/**
	 * The tables these lists are read from: a change to one, heard from another node or
	 * psql ({@code DataChanges}), has them read again.
	 */
	public static final java.util.Set<String> TABLES = java.util.Set.of("country", "regional_platform",
			"funding_programme", "working_area", "sdg_goal", "sdg_target", "kpi", "partner_role", "measuring_unit",
			"currency", "capacity_dimension", "capacity_stage", "capacity_degree", "capacity_contribution",
			"practice_dimension");

	/** Used only where there is no pool to open a connection of its own beside. */
	@PersistenceContext
	private EntityManager shared;

	private final DataSource dataSource;

	private final EntityManagerFactory entityManagers;

	ReferenceData(DataSource dataSource, EntityManagerFactory entityManagers) {
		this.dataSource = dataSource;
		this.entityManagers = entityManagers;
	}

	private volatile @Nullable Lists lists;

	/** Moved by each refresh: lists read before one are not kept after it. */
	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

	private Lists lists() {
		Lists loaded = lists;
		if (loaded == null) {
			synchronized (this) {
				loaded = lists;
				if (loaded == null) {
					long reading = generation.get();
					loaded = load();
					if (generation.get() == reading) {
						lists = loaded;
					}
				}
			}
		}
		return loaded;
	}

	/**
	 * Forgets the lists: the next page reads them again (after a change is committed).
	 * Never waits for a reading under way, which is not kept.
	 */
	public void refresh() {
		generation.incrementAndGet();
		lists = null;
	}

	private static boolean retired(@Nullable Object retiredAt) {
		return retiredAt != null;
	}

	/**
	 * Reads the lists on a connection of their own, never one of the pool's: the first
	 * use after a refresh comes from a page that often holds one of them already (a
	 * record's statements name countries as they are read), and while one thread reads
	 * the lists the others wait for it. Taken from the pool, a burst of pages holding all
	 * its connections while waiting for the lists would have waited for the pool's
	 * timeout, 30 s, then failed (seen at start-up under load).
	 */
	private Lists load() {
		if (!OwnConnections.available(dataSource)) {
			// no pool to open a connection beside: the data source's own, as any
			return load(shared);
		}
		try (Connection own = OwnConnections.open(dataSource, "wop-platform reference lists", LOAD_TIMEOUT_SECONDS);
				Session session = entityManagers.unwrap(SessionFactory.class)
					.withOptions()
					.connection(own)
					.openSession()) {
			return load(session);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("The reference lists could not be read", ex);
		}
	}

	/** How long reading the lists may wait for the database before the page fails. */
	private static final int LOAD_TIMEOUT_SECONDS = 30;

	private Lists load(EntityManager entityManager) {
		List<CountryRef> countries = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$CountryRef(c.code, c.alpha3, c.numericCode,
							  new org.wopplatform.domain.common.LocalizedText(c.nameEn, c.nameFr, c.nameEs), c.latitude, c.longitude,
							  c.regionalPlatformCode)
							from Country c order by c.code""",
					CountryRef.class)
			.getResultList();
		List<PlatformRef> platforms = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$PlatformRef(p.code, p.name, p.acronym, p.region, p.host,
							  new org.wopplatform.domain.common.LocalizedText(p.name, p.nameFr, p.nameEs), p.retiredAt is not null)
							from RegionalPlatform p order by p.name""",
					PlatformRef.class)
			.getResultList();
		List<ProgrammeRef> programmes = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$ProgrammeRef(f.code, f.name, f.description,
							  new org.wopplatform.domain.common.LocalizedText(f.name, f.nameFr, f.nameEs), f.retiredAt is not null)
							from FundingProgramme f order by f.name""",
					ProgrammeRef.class)
			.getResultList();
		List<WorkingAreaRef> areas = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$WorkingAreaRef(w.code,
							  new org.wopplatform.domain.common.LocalizedText(w.nameEn, w.nameFr, w.nameEs), w.retiredAt is not null)
							from WorkingArea w order by w.sortOrder""",
					WorkingAreaRef.class)
			.getResultList();
		List<GoalRef> goals = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$GoalRef(g.code, g.shortTitleEn,
				  new org.wopplatform.domain.common.LocalizedText(g.titleEn, g.titleFr, g.titleEs), g.colourHex)
				from SdgGoal g order by g.code""", GoalRef.class).getResultList();
		List<TargetRef> targets = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$TargetRef(t.code, t.goalCode,
				  new org.wopplatform.domain.common.LocalizedText(t.textEn, t.textFr, t.textEs))
				from SdgTarget t order by t.goalCode, t.sortOrder""", TargetRef.class).getResultList();
		List<KpiRef> kpis = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$KpiRef(k.code,
							  new org.wopplatform.domain.common.LocalizedText(k.nameEn, k.nameFr, k.nameEs), k.unit, k.retiredAt is not null)
							from Kpi k order by k.sortOrder""",
					KpiRef.class)
			.getResultList();
		List<RoleRef> roles = new java.util.ArrayList<>();
		for (Object row : entityManager
			.createNativeQuery(
					"select code, side, name_en, name_fr, name_es, retired_at from partner_role order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			roles.add(new RoleRef((String) c[0], (String) c[1],
					new LocalizedText((String) c[2], (String) c[3], (String) c[4]), retired(c[5])));
		}
		List<UnitRef> units = new java.util.ArrayList<>();
		for (Object row : entityManager
			.createNativeQuery(
					"select code, name_en, name_fr, name_es, retired_at from measuring_unit order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			units.add(new UnitRef((String) c[0], new LocalizedText((String) c[1], (String) c[2], (String) c[3]),
					retired(c[4])));
		}
		List<CurrencyRef> currencies = new java.util.ArrayList<>();
		for (Object row : entityManager
			.createNativeQuery("select code, name_en, name_fr, name_es, retired_at from currency order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			currencies.add(new CurrencyRef((String) c[0],
					new LocalizedText((String) c[1], (String) c[2], (String) c[3]), retired(c[4])));
		}
		List<DimensionRef> dimensions = new java.util.ArrayList<>();
		for (Object row : entityManager.createNativeQuery(
				"select code, category, name_en, name_fr, name_es, retired_at from capacity_dimension order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			dimensions.add(new DimensionRef((String) c[0], (String) c[1],
					new LocalizedText((String) c[2], (String) c[3], (String) c[4]), retired(c[5])));
		}
		List<StageRef> stages = new java.util.ArrayList<>();
		for (Object row : entityManager.createNativeQuery(
				"select stage, name_en, name_fr, name_es, description_en, description_fr, description_es from capacity_stage order by stage")
			.getResultList()) {
			Object[] c = (Object[]) row;
			stages.add(new StageRef(((Number) c[0]).intValue(),
					new LocalizedText((String) c[1], (String) c[2], (String) c[3]),
					new LocalizedText(c[4] == null ? "" : (String) c[4], (String) c[5], (String) c[6])));
		}
		List<ScaleRef> degrees = scale(entityManager,
				"select degree, name_en, name_fr, name_es from capacity_degree order by degree");
		List<ScaleRef> contributions = scale(entityManager,
				"select contribution, name_en, name_fr, name_es from capacity_contribution order by contribution");
		List<PracticeRef> practice = new java.util.ArrayList<>();
		for (Object row : entityManager.createNativeQuery(
				"select code, name_en, name_fr, name_es, description_en, description_fr, description_es, retired_at from practice_dimension order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			practice.add(new PracticeRef((String) c[0], new LocalizedText((String) c[1], (String) c[2], (String) c[3]),
					new LocalizedText((String) c[4], (String) c[5], (String) c[6]), retired(c[7])));
		}
		return new Lists(countries, countries.stream().collect(Collectors.toMap(CountryRef::code, Function.identity())),
				platforms, programmes, areas, goals, targets, List.copyOf(roles), kpis, List.copyOf(units),
				List.copyOf(dimensions), List.copyOf(stages), degrees, contributions, List.copyOf(practice),
				List.copyOf(currencies), new ConcurrentHashMap<>(), positions(areas, WorkingAreaRef::code),
				positions(targets, TargetRef::code));
	}

	/** Each item's position in its list, by code. */
	private static <T> Map<String, Integer> positions(List<T> items, Function<T, String> code) {
		Map<String, Integer> positions = new java.util.HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			positions.put(code.apply(items.get(i)), i);
		}
		return Map.copyOf(positions);
	}

	/** The item of a code, found by its position in the list. */
	private static <T> Optional<T> at(List<T> items, Map<String, Integer> positions, String code) {
		Integer position = positions.get(code);
		return position == null ? Optional.empty() : Optional.of(items.get(position));
	}

	/**
	 * The items of the codes given, in the list's order, each once; a code the list does
	 * not know is left out. Found by position, where a partnership's few codes were
	 * looked for along the whole list (for the targets, 6 % of an API page of 20
	 * partnerships).
	 */
	private static <T> List<T> inOrder(List<T> items, Map<String, Integer> positions,
			java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return codes.stream()
			.map(positions::get)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.sorted()
			.map(items::get)
			.toList();
	}

	private static List<ScaleRef> scale(EntityManager entityManager, String sql) {
		List<ScaleRef> points = new java.util.ArrayList<>();
		for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
			Object[] c = (Object[]) row;
			points.add(new ScaleRef(((Number) c[0]).intValue(),
					new LocalizedText((String) c[1], (String) c[2], (String) c[3])));
		}
		return List.copyOf(points);
	}

	/** GWOPA's degrees of change, −2 very negative … +2 very positive. */
	public List<ScaleRef> degrees() {
		return lists().degrees();
	}

	/** How much the WOP contributed to a change, 0 none … 2 very high. */
	public List<ScaleRef> contributions() {
		return lists().contributions();
	}

	/** GWOPA's eight partnership-practice dimensions. */
	public List<PracticeRef> practiceDimensions() {
		return lists().practice();
	}

	public Optional<PracticeRef> practiceDimension(String code) {
		return practiceDimensions().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	public Optional<ScaleRef> degree(int value) {
		return degrees().stream().filter(d -> d.value() == value).findFirst();
	}

	public Optional<ScaleRef> contribution(int value) {
		return contributions().stream().filter(d -> d.value() == value).findFirst();
	}

	/** Countries sorted by their name in the given language. */
	public List<CountryRef> countries(Locale locale) {
		// sorted once per language while the lists stay as they are (every search form
		// lists them all)
		Lists current = lists();
		return current.countriesByName()
			.computeIfAbsent(locale,
					l -> current.countries().stream().sorted(Comparator.comparing(c -> c.name().in(l))).toList());
	}

	public Optional<CountryRef> country(String code) {
		return Optional.ofNullable(lists().countriesByCode().get(code));
	}

	public List<PlatformRef> platforms() {
		return lists().platforms();
	}

	public Optional<PlatformRef> platform(String code) {
		return platforms().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	public List<ProgrammeRef> programmes() {
		return lists().programmes();
	}

	public Optional<ProgrammeRef> programme(String code) {
		return programmes().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	/** GWOPA's capacity dimensions: transformational, transactional, individual. */
	public List<DimensionRef> dimensions() {
		return lists().dimensions();
	}

	public Optional<DimensionRef> dimension(String code) {
		return dimensions().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/** The four stages of GWOPA's capacity tracker. */
	public List<StageRef> stages() {
		return lists().stages();
	}

	public Optional<StageRef> stage(int stage) {
		return stages().stream().filter(s -> s.stage() == stage).findFirst();
	}

	/** The units outputs are counted in, "other" last. */
	public List<UnitRef> units() {
		return lists().units();
	}

	public Optional<UnitRef> unit(String code) {
		return units().stream().filter(u -> u.code().equals(code)).findFirst();
	}

	public List<WorkingAreaRef> workingAreas() {
		return lists().workingAreas();
	}

	public Optional<WorkingAreaRef> workingArea(String code) {
		Lists current = lists();
		return at(current.workingAreas(), current.areaPositions(), code);
	}

	/**
	 * The working areas of these codes in the list's order (a code not in the list is
	 * left out).
	 */
	public List<WorkingAreaRef> workingAreasInOrder(String[] codes) {
		Lists current = lists();
		return inOrder(current.workingAreas(), current.areaPositions(), java.util.Arrays.asList(codes));
	}

	public List<GoalRef> goals() {
		return lists().goals();
	}

	public Optional<GoalRef> goal(int code) {
		return goals().stream().filter(g -> g.code() == code).findFirst();
	}

	/** The name of a partner role (LEAD_MENTOR...) in the languages the sources give. */
	public LocalizedText role(String code) {
		return roles().stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.map(RoleRef::name)
			.orElse(new LocalizedText(code, null, null));
	}

	public List<String> roleCodes() {
		return roles().stream().map(RoleRef::code).toList();
	}

	/** The partner roles, retired ones included. */
	public List<RoleRef> roles() {
		return lists().roles();
	}

	/** The currencies money may be given in, retired ones included. */
	public List<CurrencyRef> currencies() {
		return lists().currencies();
	}

	/**
	 * What a form offers from a list: its entries that are not retired, and those the
	 * record being edited already has, retired or not (kept: a code, codes, or null for a
	 * new record). The one place this rule is written; templates call it as
	 * {@code reference.choices(reference.programmes(), kept)}.
	 */
	public <T extends Choice> List<T> choices(List<T> entries, @Nullable Object kept) {
		return entries.stream().filter(e -> !e.retired() || isKept(e.code(), kept)).toList();
	}

	/**
	 * Whether a code may be saved: an entry of the list that is not retired, or one the
	 * record already has (kept as for {@link #choices}).
	 */
	public static boolean choosable(List<? extends Choice> entries, @Nullable String code, @Nullable Object kept) {
		return code != null
				&& entries.stream().anyMatch(e -> e.code().equals(code) && (!e.retired() || isKept(code, kept)));
	}

	private static boolean isKept(String code, @Nullable Object kept) {
		if (kept instanceof java.util.Collection<?> codes) {
			return codes.stream().anyMatch(k -> code.equals(String.valueOf(k)));
		}
		return kept != null && code.equals(String.valueOf(kept));
	}

	/** The KPI catalogue, in its order. */
	public List<KpiRef> kpis() {
		return lists().kpis();
	}

	public List<TargetRef> targets() {
		return lists().targets();
	}

	public Optional<TargetRef> target(String code) {
		Lists current = lists();
		return at(current.targets(), current.targetPositions(), code);
	}

	/**
	 * The targets of the codes given, in the list's order, each once (a code not in the
	 * list is left out).
	 */
	public List<TargetRef> targetsInOrder(java.util.Collection<String> codes) {
		Lists current = lists();
		return inOrder(current.targets(), current.targetPositions(), codes);
	}

}
