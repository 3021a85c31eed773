package org.wopplatform.persistence.reference;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The reference lists, read once and kept in memory: they change only through migrations,
 * so pages never spend SQL statements on them after the first use.
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

	public record PlatformRef(String code, String name, @Nullable String acronym, String region,
			@Nullable String host) {

		public String shortName() {
			return acronym != null ? acronym : name;
		}

	}

	public record ProgrammeRef(String code, String name, @Nullable String description) {
	}

	public record WorkingAreaRef(String code, LocalizedText name) {
	}

	public record GoalRef(int code, String shortTitle, LocalizedText title, String colour) {
	}

	public record TargetRef(String code, int goal, LocalizedText text) {
	}

	/** One of GWOPA's capacity dimensions and its category. */
	public record DimensionRef(String code, String category, LocalizedText name) {
	}

	/** A stage of GWOPA's capacity tracker, with what it means. */
	public record StageRef(int stage, LocalizedText name, LocalizedText description) {
	}

	/** A unit outputs are counted in (GWOPA's list, with "other"). */
	/** A point of a scale (degree of change −2…+2, contribution 0–2) and its name. */
	public record ScaleRef(int value, LocalizedText name) {
	}

	/** One of GWOPA's partnership-practice dimensions, with what it means. */
	public record PracticeRef(String code, LocalizedText name, LocalizedText description) {
	}

	public record UnitRef(String code, LocalizedText name) {
	}

	public record KpiRef(String code, LocalizedText name, @Nullable String unit) {
	}

	private record Lists(List<CountryRef> countries, Map<String, CountryRef> countriesByCode,
			List<PlatformRef> platforms, List<ProgrammeRef> programmes, List<WorkingAreaRef> workingAreas,
			List<GoalRef> goals, List<TargetRef> targets, Map<String, LocalizedText> roles, List<KpiRef> kpis,
			List<UnitRef> units, List<DimensionRef> dimensions, List<StageRef> stages, List<ScaleRef> degrees,
			List<ScaleRef> contributions, List<PracticeRef> practice) {
	}

	@PersistenceContext
	private EntityManager entityManager;

	private volatile @Nullable Lists lists;

	private Lists lists() {
		Lists loaded = lists;
		if (loaded == null) {
			synchronized (this) {
				loaded = lists;
				if (loaded == null) {
					loaded = load();
					lists = loaded;
				}
			}
		}
		return loaded;
	}

	private Lists load() {
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
							select new org.wopplatform.persistence.reference.ReferenceData$PlatformRef(p.code, p.name, p.acronym, p.region, p.host)
							from RegionalPlatform p order by p.name""",
					PlatformRef.class)
			.getResultList();
		List<ProgrammeRef> programmes = entityManager
			.createQuery(
					"""
							select new org.wopplatform.persistence.reference.ReferenceData$ProgrammeRef(f.code, f.name, f.description)
							from FundingProgramme f order by f.name""",
					ProgrammeRef.class)
			.getResultList();
		List<WorkingAreaRef> areas = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$WorkingAreaRef(w.code,
				  new org.wopplatform.domain.common.LocalizedText(w.nameEn, w.nameFr, w.nameEs))
				from WorkingArea w order by w.sortOrder""", WorkingAreaRef.class).getResultList();
		List<GoalRef> goals = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$GoalRef(g.code, g.shortTitleEn,
				  new org.wopplatform.domain.common.LocalizedText(g.titleEn, g.titleFr, g.titleEs), g.colourHex)
				from SdgGoal g order by g.code""", GoalRef.class).getResultList();
		List<TargetRef> targets = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$TargetRef(t.code, t.goalCode,
				  new org.wopplatform.domain.common.LocalizedText(t.textEn, t.textFr, t.textEs))
				from SdgTarget t order by t.goalCode, t.sortOrder""", TargetRef.class).getResultList();
		List<KpiRef> kpis = entityManager.createQuery("""
				select new org.wopplatform.persistence.reference.ReferenceData$KpiRef(k.code,
				  new org.wopplatform.domain.common.LocalizedText(k.nameEn, k.nameFr, k.nameEs), k.unit)
				from Kpi k order by k.sortOrder""", KpiRef.class).getResultList();
		Map<String, LocalizedText> roles = new java.util.LinkedHashMap<>();
		for (Object row : entityManager
			.createNativeQuery("select code, name_en, name_fr, name_es from partner_role order by sort_order")
			.getResultList()) {
			Object[] columns = (Object[]) row;
			roles.put((String) columns[0],
					new LocalizedText((String) columns[1], (String) columns[2], (String) columns[3]));
		}
		List<UnitRef> units = new java.util.ArrayList<>();
		for (Object row : entityManager
			.createNativeQuery("select code, name_en, name_fr, name_es from measuring_unit order by sort_order")
			.getResultList()) {
			Object[] columns = (Object[]) row;
			units.add(new UnitRef((String) columns[0],
					new LocalizedText((String) columns[1], (String) columns[2], (String) columns[3])));
		}
		List<DimensionRef> dimensions = new java.util.ArrayList<>();
		for (Object row : entityManager
			.createNativeQuery(
					"select code, category, name_en, name_fr, name_es from capacity_dimension order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			dimensions.add(new DimensionRef((String) c[0], (String) c[1],
					new LocalizedText((String) c[2], (String) c[3], (String) c[4])));
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
		List<ScaleRef> degrees = scale("select degree, name_en, name_fr, name_es from capacity_degree order by degree");
		List<ScaleRef> contributions = scale(
				"select contribution, name_en, name_fr, name_es from capacity_contribution order by contribution");
		List<PracticeRef> practice = new java.util.ArrayList<>();
		for (Object row : entityManager.createNativeQuery(
				"select code, name_en, name_fr, name_es, description_en, description_fr, description_es from practice_dimension order by sort_order")
			.getResultList()) {
			Object[] c = (Object[]) row;
			practice.add(new PracticeRef((String) c[0], new LocalizedText((String) c[1], (String) c[2], (String) c[3]),
					new LocalizedText((String) c[4], (String) c[5], (String) c[6])));
		}
		return new Lists(countries, countries.stream().collect(Collectors.toMap(CountryRef::code, Function.identity())),
				platforms, programmes, areas, goals, targets, roles, kpis, List.copyOf(units), List.copyOf(dimensions),
				List.copyOf(stages), degrees, contributions, List.copyOf(practice));
	}

	private List<ScaleRef> scale(String sql) {
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
		return lists().countries().stream().sorted(Comparator.comparing(c -> c.name().in(locale))).toList();
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
		return workingAreas().stream().filter(w -> w.code().equals(code)).findFirst();
	}

	public List<GoalRef> goals() {
		return lists().goals();
	}

	public Optional<GoalRef> goal(int code) {
		return goals().stream().filter(g -> g.code() == code).findFirst();
	}

	/** The name of a partner role (LEAD_MENTOR...) in the languages the sources give. */
	public LocalizedText role(String code) {
		return lists().roles().getOrDefault(code, new LocalizedText(code, null, null));
	}

	public List<String> roleCodes() {
		return List.copyOf(lists().roles().keySet());
	}

	/** The KPI catalogue, in its order. */
	public List<KpiRef> kpis() {
		return lists().kpis();
	}

	public List<TargetRef> targets() {
		return lists().targets();
	}

	public Optional<TargetRef> target(String code) {
		return targets().stream().filter(t -> t.code().equals(code)).findFirst();
	}

}
