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

	/** A report's listed partnerships as last read, and the data version read at. */
	private record Listing(Version version, List<AnnualFigureQueries.Counted> partnerships) {
	}

	/**
	 * The listings kept: each holds every partnership a report lists (some 30 MB at
	 * 50,000 partnerships), so one kept per report year ever opened filled the heap as
	 * published years added up (the benchmark's sixth published year ended in
	 * OutOfMemoryError). Two are kept, as people read a draft and the latest published
	 * report; the others are forgotten, all at once, and read again when asked for.
	 */
	public static final int LISTINGS_KEPT = 2;

	private final Map<String, Listing> listings = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Every partnership the report lists, by title: as frozen at publication for a
	 * published report (with which have been withdrawn since), as they stand for a draft.
	 */
	/**
	 * At most this many partnerships in the report's own list (page, PDF, files): every
	 * figure opens the full, paged list of the partnerships it counts.
	 */
	public static final int LISTED_SHOWN = 200;

	/** How many listings are kept now (at most {@link #LISTINGS_KEPT}): for tests. */
	public int listingsKept() {
		return listings.size();
	}

	public List<AnnualFigureQueries.Counted> listed(AnnualReport report) {
		Long frozen = report.isPublished() ? report.id() : null;
		String key = report.year() + "/" + frozen;
		Version version = dataVersion.current();
		Listing listing = listings.get(key);
		if (listing == null || !listing.version().equals(version)) {
			listing = new Listing(version, queries.listed(report.year(), frozen));
			if (listings.size() >= LISTINGS_KEPT && !listings.containsKey(key)) {
				listings.clear();
			}
			listings.put(key, listing);
		}
		return listing.partnerships();
	}

	/**
	 * The report's figures as they may be shown now: those of a partnership withdrawn
	 * since publication carry neither its title nor its id.
	 */
	public AnnualFigures shown(AnnualReport report, String withdrawnLabel) {
		AnnualFigures f = figures(report);
		java.util.Set<Long> withdrawn = withdrawn(report);
		if (withdrawn.isEmpty()) {
			return f;
		}
		return new AnnualFigures(f.year(), f.counts(), f.engagement(), f.regions(), f.people(), f.contributions(),
				f.results()
					.stream()
					.map(r -> withdrawn.contains(r.partnershipId()) ? r.withdrawnAs(withdrawnLabel) : r)
					.toList(),
				f.improvedIndicators(),
				f.deliverables()
					.stream()
					.map(d -> withdrawn.contains(d.partnershipId()) ? d.withdrawnAs(withdrawnLabel) : d)
					.toList(),
				f.achievedDeliverables(), f.capacity(), f.startedContributions(), f.spending());
	}

	private java.util.Set<Long> withdrawn(AnnualReport report) {
		return listed(report).stream()
			.filter(AnnualFigureQueries.Counted::withdrawn)
			.map(AnnualFigureQueries.Counted::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	public AnnualReportContent content(AnnualReport report, ReportLabels labels) {
		AnnualFigures figures = shown(report, labels.text("annual.withdrawn"));
		List<AnnualReportContent.StoryView> views = stories(report);
		Map<String, ReportTable> tables = tables(report, figures, labels);
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

	/**
	 * The report's stories in their order, each with its partnership's title (as at
	 * publication for a published report); a story of a partnership withdrawn since shows
	 * neither its title nor its text.
	 */
	public List<AnnualReportContent.StoryView> stories(AnnualReport report) {
		List<Story> chosen = stories.findByReport(Objects.requireNonNull(report.id()));
		if (chosen.isEmpty()) {
			return List.of();
		}
		Map<Long, AnnualFigureQueries.Counted> listed = new java.util.HashMap<>();
		if (report.isPublished()) {
			listed(report).forEach(c -> listed.put(c.id(), c));
		}
		Map<Long, AnnualFigureQueries.Titled> titles = queries
			.titles(chosen.stream().map(Story::partnershipId).toList());
		return chosen.stream().map(s -> {
			AnnualFigureQueries.Counted frozen = listed.get(s.partnershipId());
			AnnualFigureQueries.Titled now = titles.get(s.partnershipId());
			boolean withdrawn = now == null || !now.published() || (frozen != null && frozen.withdrawn());
			String title = frozen != null ? frozen.title() : now == null ? "" : now.title();
			return new AnnualReportContent.StoryView(s, withdrawn ? "" : title, withdrawn);
		}).toList();
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
			case "ACTIVE" -> labels.text("annual.count.figure.active");
			case "STARTED" -> labels.text("annual.count.figure.started");
			case "COMPLETED" -> labels.text("annual.count.figure.completed");
			case "NOT_DATED" -> labels.text("annual.count.figure.notDated");
			case "PAST_PLANNED_END" -> labels.text("annual.count.figure.pastPlannedEnd");
			case "NETWORK" -> labels.text("annual.count.figure.networks");
			case "NETWORK_NOT_DATED" -> labels.text("annual.count.figure.networksNotDated");
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

	/** Every table of the report, in the order of the page, as it may be shown now. */
	public Map<String, ReportTable> tables(AnnualReport report, ReportLabels labels) {
		return tables(report, shown(report, labels.text("annual.withdrawn")), labels);
	}

	private Map<String, ReportTable> tables(AnnualReport report, AnnualFigures f, ReportLabels labels) {
		Map<String, ReportTable> tables = new LinkedHashMap<>();
		var people = f.people();
		var e = f.engagement();
		add(tables, "headlines", labels.text("annual.table.headlines"), List.of(labels
			.text("annual.column.figure"), labels.text("annual.column.value")), List.of(
					row("ACTIVE", labels.text("annual.count.figure.active"), f.count("ACTIVE")),
					row("STARTED", labels.text("annual.count.figure.started"), f.count("STARTED")),
					row("COMPLETED", labels.text("annual.count.figure.completed"), f.count("COMPLETED")),
					row("PAST_PLANNED_END", labels.text("annual.count.figure.pastPlannedEnd"),
							f.count("PAST_PLANNED_END")),
					row("NOT_DATED", labels.text("annual.count.figure.notDated"), f.count("NOT_DATED")),
					row("NETWORK", labels.text("annual.count.figure.networks"), f.count("NETWORK")),
					row("ACTIVE", labels.text("annual.count.figure.utilities"), e.utilities()),
					row("ACTIVE", labels.text("annual.count.figure.mentorSide"), e.mentorSide()),
					row("ACTIVE", labels.text("annual.count.figure.menteeSide"), e.menteeSide()),
					row("ACTIVE", labels.text("annual.count.figure.bothSides"), e.bothSides()),
					row("ACTIVE", labels.text("annual.count.figure.otherOrganisations"), e.otherOrganisations()),
					row("ACTIVE", labels.text("annual.count.figure.menteeCountries"), e.menteeCountries()),
					row("ACTIVE", labels.text("annual.count.figure.mentorCountries"), e.mentorCountries()),
					row("ACTIVE", labels.text("annual.figure.platforms"), (long) f.regions().size()),
					row("ACTIVE",
							labels.text("annual.count.figure.people", people.utilitiesKnown(), people.utilitiesAll()),
							people.served())));
		List<ReportTable.Row> regions = new ArrayList<>();
		for (Engagement region : f.regions()) {
			String code = Objects.requireNonNull(region.platform());
			regions.add(new ReportTable.Row(List.of(reference.platform(code).map(p -> p.shortName()).orElse(code),
					f.count("ACTIVE/" + code), f.count("STARTED/" + code), f.count("COMPLETED/" + code),
					region.mentorSide(), region.menteeSide(), region.menteeCountries()), "ACTIVE/" + code));
		}
		add(tables, "regions", labels.text("annual.table.regions"),
				List.of(labels.text("annual.column.platform"), labels.text("annual.count.figure.active"),
						labels.text("annual.count.figure.started"), labels.text("annual.count.figure.completed"),
						labels.text("annual.count.figure.mentorSide"), labels.text("annual.count.figure.menteeSide"),
						labels.text("annual.count.figure.menteeCountries")),
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
				// The target with its words, as the UN states it, not a bare code.
				targets
					.add(new ReportTable.Row(List.of(target.code() + " – " + target.text().in(labels.locale()), count),
							"TARGET/" + target.code()));
			}
		}
		add(tables, "sdg", labels.text("annual.table.sdg"), header(labels, "annual.column.target"), targets);
		money(tables, "contributions-started", labels.text("annual.count.table.started", f.year()),
				f.startedContributions(), labels);
		money(tables, "contributions", labels.text("annual.count.table.underWay", f.year()), f.contributions(), labels);
		add(tables, "spending", labels.text("annual.count.table.spending", f.year()),
				List.of(labels.text("annual.column.currency"), labels.text("budget.kind"),
						labels.text("annual.column.amount")),
				f.spending()
					.stream()
					.map(c -> new ReportTable.Row(List.of(c.currency().isEmpty() ? "–" : c.currency(),
							labels.text("budget.kind." + c.category()), c.amount()), null))
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
		add(tables, "partnerships", labels.text("annual.count.table.partnerships"),
				List.of(labels.text("annual.column.partnership"), labels.text("annual.count.column.reference"),
						labels.text("annual.count.column.partners"), labels.text("annual.column.status"),
						labels.text("annual.count.column.countries")),
				listed(report).stream().limit(LISTED_SHOWN).map(p -> listedRow(p, labels)).toList());
		return tables;
	}

	private static ReportTable.Row listedRow(AnnualFigureQueries.Counted p, ReportLabels labels) {
		if (p.withdrawn()) {
			return new ReportTable.Row(List.of(labels.text("annual.withdrawn"), "", "", "", ""), null);
		}
		return new ReportTable.Row(
				List.of(p.title(), p.referenceCode(), p.partners(),
						p.status() == null ? "" : labels.text("partnership.status." + p.status()), p.countries()),
				null);
	}

	/** A table of amounts per currency and kind; the contributions' kinds or a budget. */
	private static void money(Map<String, ReportTable> tables, String name, String title,
			List<AnnualFigures.Contribution> amounts, ReportLabels labels) {
		add(tables, name, title,
				List.of(labels.text("annual.column.currency"), labels.text("annual.column.category"), labels
					.text("annual.column.amount")),
				amounts.stream()
					.map(c -> new ReportTable.Row(List.of(c.currency(),
							c.category().equals("BUDGET") ? labels.text("annual.count.budget")
									: labels.text("contribution.category." + c.category()),
							c.amount()), null))
					.toList());
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
