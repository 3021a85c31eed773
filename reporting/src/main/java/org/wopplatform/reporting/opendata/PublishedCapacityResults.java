package org.wopplatform.reporting.opendata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;
import org.wopplatform.reporting.opendata.OpenPartnership.Names;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved capacity results of published partnerships, in one statement whatever
 * their number. Read from the {@code capacity_result} view only, the one definition of an
 * approved, effective result: never a draft, a side's own words, evidence or a
 * disagreement. A dimension appears once it has an approved result.
 */
@Component
@Transactional(readOnly = true)
public class PublishedCapacityResults {

	private static final String SELECT = """
			select c.partnership_id, c.focus_id, c.working_area_code, c.dimension_code, c.category,
			    coalesce(d.name_en, f.custom_name_en) as name_en, coalesce(d.name_fr, f.custom_name_fr) as name_fr,
			    coalesce(d.name_es, f.custom_name_es) as name_es, f.baseline_stage, f.illustrative,
			    c.period_year, c.period_half, c.stage, c.degree, c.contribution, c.consensus
			from capacity_result c
			join capacity_focus f on f.id = c.focus_id
			join partnership p on p.id = c.partnership_id
			join working_area a on a.code = c.working_area_code
			left join capacity_dimension d on d.code = c.dimension_code
			where p.published""";

	private static final String ORDER = " order by c.partnership_id, a.sort_order, coalesce(d.sort_order, 1000),"
			+ " c.focus_id, c.period_year, c.period_half";

	private final JdbcClient jdbc;

	PublishedCapacityResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The results of these partnerships (those published), by partnership. */
	public Map<Long, List<CapacityResult>> of(Collection<Long> partnershipIds) {
		if (partnershipIds.isEmpty()) {
			return Map.of();
		}
		return read(jdbc.sql(SELECT + " and c.partnership_id in (:ids)" + ORDER).param("ids", partnershipIds));
	}

	/** The results of every published partnership, by partnership. */
	public Map<Long, List<CapacityResult>> ofAllPublished() {
		return read(jdbc.sql(SELECT + ORDER));
	}

	private static Map<Long, List<CapacityResult>> read(JdbcClient.StatementSpec statement) {
		Map<Long, Map<Long, Dimension>> byPartnership = new LinkedHashMap<>();
		statement.query((RowCallbackHandler) rs -> {
			long focus = rs.getLong("focus_id");
			Dimension dimension = byPartnership
				.computeIfAbsent(rs.getLong("partnership_id"), id -> new LinkedHashMap<>())
				.get(focus);
			if (dimension == null) {
				dimension = new Dimension(rs.getString("working_area_code"), rs.getString("dimension_code"),
						new Names(rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es")),
						rs.getString("category"), rs.getInt("baseline_stage"), rs.getBoolean("illustrative"),
						new ArrayList<>());
				byPartnership.get(rs.getLong("partnership_id")).put(focus, dimension);
			}
			dimension.periods()
				.add(new CapacityPeriod(
						new ReportingPeriod(rs.getInt("period_year"), rs.getInt("period_half")).toString(),
						rs.getInt("stage"), rs.getInt("degree"), rs.getInt("contribution"), rs.getString("consensus")));
		});
		Map<Long, List<CapacityResult>> results = new HashMap<>();
		byPartnership
			.forEach((id, dimensions) -> results.put(id, dimensions.values().stream().map(Dimension::result).toList()));
		return results;
	}

	private record Dimension(String workingArea, @org.jspecify.annotations.Nullable String dimension, Names name,
			String category, int baselineStage, boolean illustrative, List<CapacityPeriod> periods) {

		CapacityResult result() {
			return new CapacityResult(workingArea, dimension, name, category, baselineStage, illustrative,
					List.copyOf(periods));
		}

	}

}
