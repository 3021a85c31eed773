package org.wopplatform.reporting.annual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.domain.report.Story;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.persistence.report.AnnualFigures;
import org.wopplatform.persistence.report.AnnualFigures.Engagement;
import org.wopplatform.persistence.report.StoryRepository;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.persistence.version.DataVersion.Version;
import org.wopplatform.reporting.chart.BarChart;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a year's report together: its figures (counted now for a draft, as frozen for a
 * published report), the tables and charts built from them in the reader's language, and
 * the stories with their partnerships.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReportAssembly {

	/**
	 * Reads the figures frozen by any earlier version of the platform: a figure it did
	 * not know yet reads as zero or empty, one it no longer knows is ignored.
	 */
	private static final JsonMapper json = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final AnnualFigureQueries queries;

	private final StoryRepository stories;

	private final ReferenceData reference;

	private final DataVersion dataVersion;

	AnnualReportAssembly(AnnualFigureQueries queries, StoryRepository stories, ReferenceData reference,
			DataVersion dataVersion) {
		this.queries = queries;
		this.stories = stories;
		this.reference = reference;
		this.dataVersion = dataVersion;
	}

	/**
	 * The figures as they stand now, as JSON, to be frozen in the report at publication.
	 */
	public String freeze(int year) {
		return json.writeValueAsString(queries.live(year));
	}

	/** A draft's figures as last counted, and the data version they were counted at. */
	private record Counted(Version version, AnnualFigures figures) {
	}

	private final Map<Integer, Counted> drafts = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<Long, AnnualFigures> published = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * A published report's frozen figures; a draft's counted now, or as last counted when
	 * no data changed since.
	 */
	public AnnualFigures figures(AnnualReport report) {
		String frozen = report.frozenFigures();
		if (frozen != null) {
			// A published report never changes: its figures are read once.
			return published.computeIfAbsent(Objects.requireNonNull(report.id()),
					id -> json.readValue(frozen, AnnualFigures.class));
		}
		Version version = dataVersion.current();
		Counted counted = drafts.get(report.year());
		if (counted == null || !counted.version().equals(version)) {
			counted = new Counted(version, queries.live(report.year()));
			drafts.put(report.year(), counted);
		}
		return counted.figures();
	}

	public AnnualReportContent content(AnnualReport report, ReportLabels labels) {
		AnnualFigures figures = figures(report);
		List<AnnualReportContent.StoryView> views = stories(report);
		Map<String, ReportTable> tables = tables(figures, labels);
		Map<String, BarChart> charts = new LinkedHashMap<>();
		chart(charts, tables.get("regions"), labels.text("annual.chart.regions.title"),
				labels.text("annual.chart.regions.description", figures.year()));
		chart(charts, tables.get("areas"), labels.text("annual.chart.areas.title"),
				labels.text("annual.chart.areas.description", figures.year()));
		chart(charts, tables.get("sdg"), labels.text("annual.chart.sdg.title"),
				labels.text("annual.chart.sdg.description", figures.year()));
		chart(charts, tables.get("capacity-categories"), labels.text("annual.capacity.chart.categories.title"),
				labels.text("annual.capacity.chart.categories.description", figures.year()));
		chart(charts, tables.get("capacity-stages"), labels.text("annual.capacity.chart.stages.title"),
				labels.text("annual.capacity.chart.stages.description", figures.year()));
		return new AnnualReportContent(report, figures, views, tables, charts);
	}

	/** The report's stories in their order, each with its partnership's title. */
	public List<AnnualReportContent.StoryView> stories(AnnualReport report) {
		List<Story> chosen = stories.findByReport(Objects.requireNonNull(report.id()));
		Map<Long, String> titles = queries.titles(chosen.stream().map(Story::partnershipId).toList());
		return chosen.stream()
			.map(s -> new AnnualReportContent.StoryView(s, titles.getOrDefault(s.partnershipId(), "")))
			.toList();
	}

	/**
	 * A figure's key ("AREA/NRW") in words ("Active partnerships by working area: NRW").
	 */
	public String figureLabel(String figure, ReportLabels labels) {
		int slash = figure.indexOf('/');
		String kind = slash < 0 ? figure : figure.substring(0, slash);
		String code = slash < 0 ? "" : figure.substring(slash + 1);
		String capacity = new CapacityChapter(reference, labels).figureLabel(kind, code);
		if (capacity != null) {
			return labels.text("annual.capacity.figure", capacity);
		}
		String value = switch (kind) {
			case "ACTIVE", "STARTED", "COMPLETED" ->
				code.isEmpty() ? "" : reference.platform(code).map(p -> p.shortName()).orElse(code);
			case "AREA" -> reference.workingArea(code).map(a -> a.name().in(labels.locale())).orElse(code);
			case "PROGRAMME" -> code.equals("-") ? labels.text("annual.programme.none")
					: reference.programme(code).map(p -> p.name()).orElse(code);
			case "STATUS" -> labels.text("partnership.status." + code);
			default -> code;
		};
		String title = switch (kind) {
			case "ACTIVE" -> labels.text("annual.figure.active");
			case "STARTED" -> labels.text("annual.figure.started");
			case "COMPLETED" -> labels.text("annual.figure.completed");
			case "AREA" -> labels.text("annual.table.areas");
			case "TARGET" -> labels.text("annual.table.sdg");
			case "PROGRAMME" -> labels.text("annual.table.programmes");
			case "STATUS" -> labels.text("annual.table.statuses");
			default -> figure;
		};
		return value.isEmpty() ? title : title + ": " + value;
	}

	private static void chart(Map<String, BarChart> charts, ReportTable table, String title, String description) {
		List<BarChart.Row> rows = table.rows()
			.stream()
			.map(r -> new BarChart.Row(String.valueOf(r.cells().get(0)), ((Number) r.cells().get(1)).longValue()))
			.toList();
		charts.put(table.name(), BarChart.of("chart-" + table.name(), title, description, rows));
	}

	/** Every table of the report, in the order of the page. */
	public Map<String, ReportTable> tables(AnnualFigures f, ReportLabels labels) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		var people = f.people();
		add(tables, "headlines", labels.text("annual.table.headlines"),
				List.of(labels.text("annual.column.figure"), labels.text("annual.column.value")),
				List.of(row("ACTIVE", labels.text("annual.figure.active"), f.count("ACTIVE")),
						row("STARTED", labels.text("annual.figure.started"), f.count("STARTED")),
						row("COMPLETED", labels.text("annual.figure.completed"), f.count("COMPLETED")),
						row("ACTIVE", labels.text("annual.figure.mentors"), f.engagement().mentorUtilities()),
						row("ACTIVE", labels.text("annual.figure.mentees"), f.engagement().menteeUtilities()),
						row("ACTIVE", labels.text("annual.figure.countries"), f.engagement().countries()),
						row("ACTIVE", labels.text("annual.figure.platforms"), (long) f.regions().size()),
						row("ACTIVE",
								labels.text("annual.figure.people", people.utilitiesKnown(), people.utilitiesAll()),
								people.served())));
		List<ReportTable.Row> regions = new ArrayList<>();
		for (Engagement region : f.regions()) {
			String code = Objects.requireNonNull(region.platform());
			regions.add(new ReportTable.Row(List.of(reference.platform(code).map(p -> p.shortName()).orElse(code),
					f.count("ACTIVE/" + code), f.count("STARTED/" + code), f.count("COMPLETED/" + code),
					region.mentorUtilities(), region.menteeUtilities(), region.countries()), "ACTIVE/" + code));
		}
		add(tables, "regions", labels.text("annual.table.regions"),
				List.of(labels.text("annual.column.platform"), labels.text("annual.figure.active"),
						labels.text("annual.figure.started"), labels.text("annual.figure.completed"),
						labels.text("annual.figure.mentors"), labels.text("annual.figure.mentees"),
						labels.text("annual.figure.countries")),
				regions);
		add(tables, "areas", labels.text("annual.table.areas"), header(labels, "annual.column.area"), dimension(f,
				"AREA/", code -> reference.workingArea(code).map(a -> a.name().in(labels.locale())).orElse(code)));
		add(tables, "programmes", labels.text("annual.table.programmes"), header(labels, "annual.column.programme"),
				dimension(f, "PROGRAMME/", code -> code.equals("-") ? labels.text("annual.programme.none")
						: reference.programme(code).map(p -> p.name()).orElse(code)));
		add(tables, "statuses", labels.text("annual.table.statuses"), header(labels, "annual.column.status"),
				dimension(f, "STATUS/", code -> labels.text("partnership.status." + code)));
		List<ReportTable.Row> targets = new ArrayList<>();
		for (var target : reference.targets()) {
			long count = f.count("TARGET/" + target.code());
			if (count > 0) {
				targets.add(new ReportTable.Row(List.of(target.code(), count), "TARGET/" + target.code()));
			}
		}
		add(tables, "sdg", labels.text("annual.table.sdg"), header(labels, "annual.column.target"), targets);
		add(tables, "contributions", labels.text("annual.table.contributions"),
				List.of(labels.text("annual.column.currency"), labels.text("annual.column.category"), labels.text(
						"annual.column.amount")),
				f.contributions()
					.stream()
					.map(c -> new ReportTable.Row(
							List.of(c.currency(), labels.text("contribution.category." + c.category()), c.amount()),
							null))
					.toList());
		add(tables, "results", labels.text("annual.table.results"),
				List.of(labels.text("annual.column.partnership"), labels.text("annual.column.indicator"),
						labels.text("annual.column.baseline"), labels.text("annual.column.latest"), labels
							.text("annual.column.period")),
				f.results()
					.stream()
					.map(r -> new ReportTable.Row(
							List.of(r.partnership(), r.indicator() + (r.unit() == null ? "" : " (" + r.unit() + ")"),
									r.baseline(), r.latest(), r.period()),
							null))
					.toList());
		add(tables, "deliverables", labels.text("annual.table.deliverables"),
				List.of(labels.text("annual.column.partnership"), labels.text("annual.column.deliverable")),
				f.deliverables()
					.stream()
					.map(d -> new ReportTable.Row(List.of(d.partnership(), d.deliverable()), null))
					.toList());
		new CapacityChapter(reference, labels).addTables(f, tables);
		return tables;
	}

	private static ReportTable.Row row(String figure, String label, long value) {
		return new ReportTable.Row(List.of(label, value), figure);
	}

	private static List<String> header(ReportLabels labels, String first) {
		return List.of(labels.text(first), labels.text("annual.column.partnerships"));
	}

	/** Rows of one dimension ("AREA/"), largest first, then by label. */
	private static List<ReportTable.Row> dimension(AnnualFigures f, String prefix,
			java.util.function.Function<String, String> label) {
		return f.counts()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(prefix))
			.map(e -> new ReportTable.Row(List.of(label.apply(e.getKey().substring(prefix.length())), e.getValue()),
					e.getKey()))
			.sorted(Comparator.comparing((ReportTable.Row r) -> -((Number) r.cells().get(1)).longValue())
				.thenComparing(r -> String.valueOf(r.cells().get(0))))
			.toList();
	}

	private static void add(Map<String, ReportTable> tables, String name, String title, List<String> header,
			List<ReportTable.Row> rows) {
		tables.put(name, new ReportTable(name, title, header, rows));
	}

}
