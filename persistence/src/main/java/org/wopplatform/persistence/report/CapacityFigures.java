package org.wopplatform.persistence.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.wopplatform.persistence.report.AnnualFigures.Capacity;
import org.wopplatform.persistence.report.AnnualFigures.Improved;
import org.wopplatform.persistence.report.AnnualFigures.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The capacity chapter's figures, read from {@code capacity_year_result} (the one reading
 * of approved assessments: a dimension's result of a year is that of its latest approved
 * report of the year) for the partnerships active in the year.
 */
final class CapacityFigures {

	/** GWOPA's categories in their order, then a partnership's own dimensions. */
	static final List<String> CATEGORIES = List.of("TRANSFORMATIONAL", "TRANSACTIONAL", "INDIVIDUAL", "CUSTOM");

	/**
	 * The year's results of the active partnerships ({@code capacity}); follows the
	 * {@code active} CTE.
	 */
	static final String CTE = """
			, capacity as (
			    select c.partnership_id, c.working_area_code, c.category, c.stage, c.degree
			    from capacity_year_result c
			    where c.period_year = :year and c.partnership_id in (select id from active)
			)""";

	/** Which partnerships each capacity figure counts: rows (figure, partnership id). */
	static final String MEMBERS = """
			union all select distinct 'CAPACITY_ASSESSED', partnership_id from capacity
			union all select distinct 'CAPACITY_IMPROVED', partnership_id from capacity where degree > 0
			union all select distinct 'CAPACITY_AREA/' || working_area_code || '/' || category, partnership_id
			    from capacity where degree > 0
			union all select distinct 'CAPACITY_CATEGORY/' || category, partnership_id from capacity where degree > 0
			union all select distinct 'CAPACITY_STAGE/' || stage, partnership_id from capacity""";

	private CapacityFigures() {
	}

	/** A count of dimensions alike in area, category, stage and whether they improved. */
	private record Group(String area, String category, int stage, boolean improved, long dimensions) {
	}

	/**
	 * The capacity figures of the year in one statement; the partnerships behind each
	 * come from {@code counts} (the figures' member counts, read alongside).
	 */
	static Capacity count(JdbcClient jdbc, String activeCtes, int year, Map<String, Long> counts) {
		List<Group> groups = jdbc.sql("with " + activeCtes + CTE + """
				select working_area_code, category, stage, degree > 0, count(*) from capacity
				group by working_area_code, category, stage, degree > 0""")
			.param("year", year)
			.query((rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
					rs.getLong(5)))
			.list();
		Comparator<String> categoryOrder = Comparator.comparingInt(CATEGORIES::indexOf);
		Map<String, Map<String, Long>> byArea = new TreeMap<>();
		Map<String, Long> byCategory = new TreeMap<>(categoryOrder);
		Map<Integer, Long> byStage = new TreeMap<>();
		long assessed = 0;
		long improved = 0;
		for (Group g : groups) {
			assessed += g.dimensions();
			byStage.merge(g.stage(), g.dimensions(), Long::sum);
			if (g.improved()) {
				improved += g.dimensions();
				byArea.computeIfAbsent(g.area(), a -> new TreeMap<>(categoryOrder))
					.merge(g.category(), g.dimensions(), Long::sum);
				byCategory.merge(g.category(), g.dimensions(), Long::sum);
			}
		}
		List<Improved> areas = new ArrayList<>();
		byArea.forEach((area, categories) -> categories.forEach((category, dimensions) -> areas.add(new Improved(area,
				category, dimensions, counts.getOrDefault("CAPACITY_AREA/" + area + "/" + category, 0L)))));
		List<Improved> categories = new ArrayList<>();
		byCategory.forEach((category, dimensions) -> categories
			.add(new Improved(null, category, dimensions, counts.getOrDefault("CAPACITY_CATEGORY/" + category, 0L))));
		List<Stage> stages = new ArrayList<>();
		byStage.forEach((stage, dimensions) -> stages
			.add(new Stage(stage, dimensions, counts.getOrDefault("CAPACITY_STAGE/" + stage, 0L))));
		return new Capacity(assessed, improved, List.copyOf(areas), List.copyOf(categories), List.copyOf(stages));
	}

}
