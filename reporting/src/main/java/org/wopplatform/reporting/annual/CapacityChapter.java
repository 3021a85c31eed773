package org.wopplatform.reporting.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.report.AnnualFigures;
import org.wopplatform.persistence.report.AnnualFigures.Capacity;
import org.wopplatform.persistence.report.AnnualFigures.Improved;

/**
 * The capacity-change chapter's tables in the reader's language: the dimensions assessed
 * and improved, the improved ones by category and by working area and category, and the
 * stages reached. Every count opens on the partnerships behind it.
 */
final class CapacityChapter {

	/** GWOPA's three categories always show; a partnership's own dimensions when any. */
	private static final List<String> CATEGORIES = List.of("TRANSFORMATIONAL", "TRANSACTIONAL", "INDIVIDUAL");

	private final ReferenceData reference;

	private final ReportLabels labels;

	CapacityChapter(ReferenceData reference, ReportLabels labels) {
		this.reference = reference;
		this.labels = labels;
	}

	void addTables(AnnualFigures f, Map<String, ReportTable> tables) {
		Capacity c = f.capacity();
		String dimensions = labels.text("annual.capacity.column.dimensions");
		String improved = labels.text("annual.capacity.column.improved");
		String partnerships = labels.text("annual.column.partnerships");
		put(tables,
				new ReportTable("capacity", labels.text("annual.capacity.table.summary"),
						List.of(labels.text("annual.column.figure"), dimensions, partnerships),
						List.of(row("CAPACITY_ASSESSED", labels.text("annual.capacity.figure.assessed"), c.assessed(),
								f.count("CAPACITY_ASSESSED")),
								row("CAPACITY_IMPROVED", labels.text("annual.capacity.figure.improved"), c.improved(),
										f.count("CAPACITY_IMPROVED")))));
		List<ReportTable.Row> categories = new ArrayList<>();
		for (String category : CATEGORIES) {
			Improved found = c.byCategory()
				.stream()
				.filter(i -> i.category().equals(category))
				.findFirst()
				.orElse(new Improved(null, category, 0, 0));
			categories.add(
					row("CAPACITY_CATEGORY/" + category, category(category), found.dimensions(), found.partnerships()));
		}
		c.byCategory()
			.stream()
			.filter(i -> !CATEGORIES.contains(i.category()))
			.forEach(i -> categories.add(row("CAPACITY_CATEGORY/" + i.category(), category(i.category()),
					i.dimensions(), i.partnerships())));
		put(tables, new ReportTable("capacity-categories", labels.text("annual.capacity.table.categories"),
				List.of(labels.text("annual.capacity.column.category"), improved, partnerships), categories));
		put(tables, new ReportTable("capacity-areas", labels.text("annual.capacity.table.areas"),
				List.of(labels.text("annual.column.area"), labels.text("annual.capacity.column.category"), improved,
						partnerships),
				c.byArea()
					.stream()
					.map(i -> new ReportTable.Row(List.of(area(String.valueOf(i.workingArea())), category(i.category()),
							i.dimensions(), i.partnerships()), "CAPACITY_AREA/" + i.workingArea() + "/" + i.category()))
					.toList(),
				2));
		List<ReportTable.Row> stages = new ArrayList<>();
		for (var stage : reference.stages()) {
			var found = c.stages().stream().filter(s -> s.stage() == stage.stage()).findFirst();
			stages.add(row("CAPACITY_STAGE/" + stage.stage(), stage(stage.stage()),
					found.map(s -> s.dimensions()).orElse(0L), found.map(s -> s.partnerships()).orElse(0L)));
		}
		put(tables, new ReportTable("capacity-stages", labels.text("annual.capacity.table.stages"),
				List.of(labels.text("annual.capacity.column.stage"), dimensions, partnerships), stages));
	}

	/**
	 * A capacity figure's key without its kind ("NRW/TRANSACTIONAL") in words, or
	 * {@code null} when the kind is not one of the chapter's.
	 */
	@Nullable String figureLabel(String kind, String code) {
		return switch (kind) {
			case "CAPACITY_ASSESSED" -> labels.text("annual.capacity.figure.assessed");
			case "CAPACITY_IMPROVED" -> labels.text("annual.capacity.figure.improved");
			case "CAPACITY_AREA" -> {
				int slash = code.indexOf('/');
				yield labels.text("annual.capacity.figure.improvedIn", slash < 0 ? area(code)
						: area(code.substring(0, slash)) + " – " + category(code.substring(slash + 1)));
			}
			case "CAPACITY_CATEGORY" -> labels.text("annual.capacity.figure.improvedIn", category(code));
			case "CAPACITY_STAGE" -> labels.text("annual.capacity.figure.stage", stageOf(code));
			default -> null;
		};
	}

	private String stageOf(String code) {
		try {
			return stage(Integer.parseInt(code));
		}
		catch (NumberFormatException ex) {
			return code;
		}
	}

	private String area(String code) {
		return reference.workingArea(code).map(a -> a.name().in(labels.locale())).orElse(code);
	}

	private String category(String code) {
		return CATEGORIES.contains(code) || code.equals("CUSTOM") ? labels.text("annual.capacity.category." + code)
				: code;
	}

	private String stage(int stage) {
		return labels.text("capacity.stageOf", stage,
				reference.stage(stage).map(s -> s.name().in(labels.locale())).orElse(""));
	}

	private static ReportTable.Row row(String figure, String label, long dimensions, long partnerships) {
		return new ReportTable.Row(List.of(label, dimensions, partnerships), figure);
	}

	private static void put(Map<String, ReportTable> tables, ReportTable table) {
		tables.put(table.name(), table);
	}

}
