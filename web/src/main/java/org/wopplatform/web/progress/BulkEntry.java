package org.wopplatform.web.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.IndicatorValue;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.progress.ProgressReportRepository;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.ScopedFocus;
import org.wopplatform.persistence.progress.WorkListQueries.ScopedIndicator;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.reporting.table.TableFormat;
import org.wopplatform.reporting.table.Tables;
import org.wopplatform.reporting.table.Tables.ReadRow;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FormValues;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk entry of indicator values and capacity-change assessments for coordinators (their
 * region), the secretariat (everywhere) and utility staff (their utility's partnerships):
 * a template with one row per indicator and period of a year for the partnerships under
 * way, and one per capacity dimension and period (see {@link BulkCapacityRows}), filled
 * in offline and uploaded into draft reports. The upload is checked row by row and column
 * by column; one bad row and nothing at all is imported. Values in a CSV are read in the
 * interface language's number format ("12,5" in French and Spanish); numbers in XLSX
 * cells are taken as they are.
 */
@Service
@Transactional
public class BulkEntry {

	static final String PARTNERSHIP_ID = "partnership_id";

	static final String INDICATOR_ID = "indicator_id";

	static final String PERIOD = "period";

	static final String VALUE = "value";

	static final String COMMENT = "comment";

	static final List<String> HEADER = List.of(PARTNERSHIP_ID, "reference_code", "partnership", INDICATOR_ID,
			"indicator", "unit", PERIOD, VALUE, COMMENT);

	/** The template's columns: the indicator columns, then the capacity columns. */
	static final List<String> TEMPLATE_HEADER = java.util.stream.Stream
		.concat(HEADER.stream(), BulkCapacityRows.HEADER.stream())
		.toList();

	private final WorkListQueries work;

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final AuditedEdits edits;

	private final BulkCapacityRows capacity;

	BulkEntry(WorkListQueries work, ProgressReportRepository reports, IndicatorRepository indicators,
			AuditedEdits edits, BulkCapacityRows capacity) {
		this.work = work;
		this.reports = reports;
		this.indicators = indicators;
		this.edits = edits;
		this.capacity = capacity;
	}

	/** A problem of the uploaded file, at a row (1 is the header) and column. */
	public record Problem(int row, @Nullable String column, String code) {
	}

	/** The upload was refused; nothing was imported. */
	public static class Refused extends RuntimeException {

		private final List<Problem> problems;

		public Refused(List<Problem> problems) {
			super(problems.size() + " problems", null, false, false);
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

		/** The rows with at least one problem (the header is row 1). */
		public Set<Integer> rows() {
			return problems.stream().map(Problem::row).collect(Collectors.toCollection(java.util.TreeSet::new));
		}

	}

	/**
	 * An uploaded table: its rows (the header first) and where each column of the header
	 * is.
	 */
	public record UploadedTable(List<ReadRow> rows, Map<String, Integer> columns) {
	}

	/**
	 * Reads an uploaded table (XLSX or CSV): refused with the reason when it cannot be
	 * read, is empty, or lacks one of the required columns (named in lower case in the
	 * header).
	 */
	public static UploadedTable readUpload(byte[] content, List<String> required) {
		List<ReadRow> rows;
		try {
			rows = Tables.read(content);
		}
		catch (Tables.UnreadableTable ex) {
			throw new Refused(List.of(new Problem(1, null, ex.tooManyRows() ? "bulk.tooManyRows" : "bulk.unreadable")));
		}
		if (rows.isEmpty()) {
			throw new Refused(List.of(new Problem(1, null, "bulk.empty")));
		}
		Map<String, Integer> columns = new HashMap<>();
		List<Tables.Cell> header = rows.get(0).cells();
		for (int c = 0; c < header.size(); c++) {
			columns.putIfAbsent(header.get(c).text().strip().toLowerCase(Locale.ROOT), c);
		}
		List<Problem> problems = new ArrayList<>();
		for (String column : required) {
			if (!columns.containsKey(column)) {
				problems.add(new Problem(1, column, "bulk.column.missing"));
			}
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		return new UploadedTable(rows, columns);
	}

	/**
	 * What an upload imported: values, capacity assessments, and the reports they went
	 * into.
	 */
	public record Imported(int values, int assessments, int reports) implements java.io.Serializable {
	}

	/**
	 * Coordinators, the secretariat and utility staff: each enters what they may write in
	 * a report, within their work scope.
	 */
	static void requireBulkEditor(Viewer viewer) {
		if (!viewer.is(Role.COORDINATOR) && !viewer.is(Role.SECRETARIAT) && !viewer.is(Role.UTILITY_STAFF)) {
			throw new AccessDeniedException("Bulk entry is for signed-in staff");
		}
	}

	/** The periods of a year for a cadence: the year, or its two halves. */
	static List<ReportingPeriod> periodsOf(int year, Cadence cadence) {
		return cadence == Cadence.YEARLY ? List.of(ReportingPeriod.year(year))
				: List.of(ReportingPeriod.half(year, 1), ReportingPeriod.half(year, 2));
	}

	/**
	 * The template for a year: every indicator and capacity dimension of the scope's
	 * partnerships under way, for each of their periods of that year whose report can
	 * still take values, with what a draft already holds.
	 */
	@Transactional(readOnly = true)
	public byte[] template(int year, TableFormat format, Viewer viewer, Locale locale) {
		requireBulkEditor(viewer);
		List<ScopedIndicator> scoped = work.indicators(WorkScope.of(viewer.readScope()));
		List<ScopedFocus> focuses = work.capacityFocuses(WorkScope.of(viewer.readScope()));
		Set<Long> partnershipIds = new HashSet<>();
		scoped.forEach(i -> partnershipIds.add(i.partnershipId()));
		focuses.forEach(f -> partnershipIds.add(f.partnershipId()));
		Map<String, ProgressReport> current = currentReports(partnershipIds, year);
		List<List<Object>> rows = new ArrayList<>();
		for (ScopedIndicator indicator : scoped) {
			for (ReportingPeriod period : periodsOf(year, indicator.cadence())) {
				ProgressReport report = current.get(key(indicator.partnershipId(), period));
				if (report != null && !report.status().isEditable()) {
					continue; // submitted or approved: no value goes in any more
				}
				Optional<IndicatorValue> value = report == null ? Optional.empty()
						: report.valueOf(indicator.indicatorId());
				List<Object> row = new ArrayList<>();
				row.add(indicator.partnershipId());
				row.add(indicator.referenceCode());
				row.add(indicator.partnershipTitle());
				row.add(indicator.indicatorId());
				row.add(indicator.name());
				row.add(indicator.unit() == null ? "" : indicator.unit());
				row.add(period.toString());
				if (format == TableFormat.XLSX) {
					row.add(value.map(IndicatorValue::value).orElse(null));
				}
				else {
					row.add(value.map(v -> FormValues.amountText(v.value(), locale)).orElse(""));
				}
				row.add(value.map(IndicatorValue::comment).orElse(""));
				rows.add(row);
			}
		}
		BulkCapacityRows.Sides sides = capacity.sidesOf(viewer,
				focuses.stream().map(ScopedFocus::partnershipId).distinct().toList());
		for (ScopedFocus focus : focuses) {
			for (ReportingPeriod period : periodsOf(year, focus.cadence())) {
				ProgressReport report = current.get(key(focus.partnershipId(), period));
				if (report == null || report.status().isEditable()) {
					rows.addAll(capacity.templateRows(focus, period, report, sides, locale, HEADER.size()));
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Tables.write(format, "Values " + year, TEMPLATE_HEADER, rows, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private Map<String, ProgressReport> currentReports(Set<Long> partnershipIds, int year) {
		Map<String, ProgressReport> current = new HashMap<>();
		if (partnershipIds.isEmpty()) {
			return current;
		}
		for (ProgressReport report : reports.findCurrent(partnershipIds, year)) {
			// an approved report and a correction in progress: the editable one counts
			current.merge(key(report.partnershipId(), report.period()), report,
					(a, b) -> a.status().isEditable() ? a : b);
		}
		return current;
	}

	private static String key(long partnershipId, ReportingPeriod period) {
		return ProgressReportRepository.periodKey(partnershipId, period);
	}

	private record Entry(int row, ScopedIndicator indicator, ReportingPeriod period, BigDecimal value,
			@Nullable String comment) {
	}

	/**
	 * Checks every row of the file and imports its values and capacity assessments into
	 * drafts, or nothing.
	 */
	public Imported upload(byte[] content, Viewer viewer, Locale locale) {
		requireBulkEditor(viewer);
		UploadedTable table = readUpload(content, List.of(INDICATOR_ID, PERIOD, VALUE));
		List<ReadRow> rows = table.rows();
		Map<String, Integer> columns = table.columns();
		if (columns.containsKey(BulkCapacityRows.FOCUS_ID)) {
			List<Problem> missing = BulkCapacityRows.REQUIRED.stream()
				.filter(column -> !columns.containsKey(column))
				.map(column -> new Problem(1, column, "bulk.column.missing"))
				.toList();
			if (!missing.isEmpty()) {
				throw new Refused(missing);
			}
		}
		List<Problem> problems = new ArrayList<>();
		Map<Long, ScopedIndicator> inScope = new HashMap<>();
		work.indicators(WorkScope.of(viewer.readScope())).forEach(i -> inScope.put(i.indicatorId(), i));
		Map<Long, Indicator> definitions = new HashMap<>();
		indicators.findAllById(inScope.keySet()).forEach(i -> definitions.put(i.id(), i));
		Map<Long, ScopedFocus> focusesInScope = new HashMap<>();
		if (columns.containsKey(BulkCapacityRows.FOCUS_ID)) {
			work.capacityFocuses(WorkScope.of(viewer.readScope())).forEach(f -> focusesInScope.put(f.focusId(), f));
		}
		BulkCapacityRows.Sides sides = capacity.sidesOf(viewer,
				focusesInScope.values().stream().map(ScopedFocus::partnershipId).distinct().toList());

		long userId = java.util.Objects.requireNonNull(viewer.user()).id();
		List<Entry> entries = new ArrayList<>();
		List<BulkCapacityRows.Entry> assessments = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ReadRow row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			if (BulkCapacityRows.isCapacityRow(row, columns)) {
				capacity.read(row, columns, focusesInScope, sides, userId, problems).ifPresent(entry -> {
					if (seen.add("capacity " + entry.focus().focusId() + "/" + entry.period() + "/"
							+ entry.assessment().side())) {
						assessments.add(entry);
					}
					else {
						problems.add(new Problem(entry.row(), BulkCapacityRows.FOCUS_ID, "bulk.capacity.duplicate"));
					}
				});
				continue;
			}
			indicatorRow(row, columns, inScope, definitions, locale, seen, problems).ifPresent(entries::add);
		}
		List<Target> targets = new ArrayList<>();
		entries.forEach(e -> targets.add(new Target(e.row(), e.indicator().partnershipId(), e.period())));
		assessments.forEach(a -> targets.add(new Target(a.row(), a.focus().partnershipId(), a.period())));
		// Another upload or person starting one of these reports now waits for this one
		// (and this one for them), so that a draft is never created twice.
		reports.lockPeriods(targets.stream().map(Target::key).distinct().toList());
		// Reports that can no longer take values
		Map<String, ProgressReport> current = new HashMap<>();
		Map<Integer, Set<Long>> partnershipsByYear = new java.util.TreeMap<>();
		targets.forEach(t -> partnershipsByYear.computeIfAbsent(t.period().year(), y -> new HashSet<>())
			.add(t.partnershipId()));
		partnershipsByYear.forEach((year, ids) -> current.putAll(currentReports(ids, year)));
		for (Target target : targets) {
			ProgressReport report = current.get(target.key());
			if (report != null && !report.status().isEditable()) {
				problems.add(new Problem(target.row(), PERIOD, "bulk.report.locked"));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(Problem::row));
			throw new Refused(problems);
		}
		if (entries.isEmpty() && assessments.isEmpty()) {
			throw new Refused(List.of(new Problem(1, VALUE, "bulk.nothing")));
		}
		return importAll(entries, assessments, current, viewer);
	}

	/** Where a checked row goes: a partnership's report for a period. */
	private record Target(int row, long partnershipId, ReportingPeriod period) {

		String key() {
			return BulkEntry.key(partnershipId, period);
		}

	}

	private Optional<Entry> indicatorRow(ReadRow row, Map<String, Integer> columns, Map<Long, ScopedIndicator> inScope,
			Map<Long, Indicator> definitions, Locale locale, Set<String> seen, List<Problem> problems) {
		int before = problems.size();
		ScopedIndicator indicator = null;
		Tables.Cell idCell = row.cell(columns.get(INDICATOR_ID));
		try {
			long id = idCell.number() != null ? idCell.number().longValueExact()
					: Long.parseLong(idCell.text().strip());
			indicator = inScope.get(id);
			if (indicator == null) {
				problems.add(new Problem(row.number(), INDICATOR_ID, "bulk.indicator.unknown"));
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			problems.add(new Problem(row.number(), INDICATOR_ID, "bulk.indicator.invalid"));
		}
		ReportingPeriod period = period(row, columns, indicator == null ? null : indicator.cadence(), problems);
		Tables.Cell valueCell = row.cell(columns.get(VALUE));
		ReportedValues.Read read = ReportedValues.read(
				indicator == null ? null : definitions.get(indicator.indicatorId()), valueCell.number(),
				valueCell.text(), locale);
		BigDecimal value = read.value();
		if (read.problem() == ReportedValues.Problem.NOT_A_NUMBER) {
			problems.add(new Problem(row.number(), VALUE, "bulk.value.invalid"));
		}
		else if (read.problem() == ReportedValues.Problem.OUT_OF_RANGE) {
			problems.add(new Problem(row.number(), VALUE, "report.value.percentRange"));
		}
		String comment = columns.containsKey(COMMENT) ? row.cell(columns.get(COMMENT)).text().strip() : "";
		ReportedValues.commentProblem(comment)
			.ifPresent(code -> problems.add(new Problem(row.number(), COMMENT, code)));
		if (problems.size() > before || indicator == null || period == null) {
			return Optional.empty();
		}
		if (!seen.add(indicator.indicatorId() + "/" + period)) {
			problems.add(new Problem(row.number(), INDICATOR_ID, "bulk.duplicate"));
			return Optional.empty();
		}
		return value == null ? Optional.empty()
				: Optional.of(new Entry(row.number(), indicator, period, value, comment.isEmpty() ? null : comment));
	}

	/**
	 * A row's reporting period; a problem when it is not one, or not one of the
	 * partnership's cadence (when known).
	 */
	static @Nullable ReportingPeriod period(ReadRow row, Map<String, Integer> columns, @Nullable Cadence cadence,
			List<Problem> problems) {
		try {
			ReportingPeriod period = ReportingPeriod.parse(periodText(row.cell(columns.get(PERIOD))));
			if (cadence != null && period.cadence() != cadence) {
				problems.add(new Problem(row.number(), PERIOD, "bulk.period.cadence"));
			}
			return period;
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(row.number(), PERIOD, "bulk.period.invalid"));
			return null;
		}
	}

	private Imported importAll(List<Entry> entries, List<BulkCapacityRows.Entry> assessments,
			Map<String, ProgressReport> current, Viewer viewer) {
		Map<String, Target> byReport = new LinkedHashMap<>();
		Map<String, List<Entry>> values = new HashMap<>();
		Map<String, List<BulkCapacityRows.Entry>> assessed = new HashMap<>();
		for (Entry e : entries) {
			Target target = new Target(e.row(), e.indicator().partnershipId(), e.period());
			byReport.putIfAbsent(target.key(), target);
			values.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(e);
		}
		for (BulkCapacityRows.Entry a : assessments) {
			Target target = new Target(a.row(), a.focus().partnershipId(), a.period());
			byReport.putIfAbsent(target.key(), target);
			assessed.computeIfAbsent(target.key(), k -> new ArrayList<>()).add(a);
		}
		for (Map.Entry<String, Target> group : byReport.entrySet()) {
			Target target = group.getValue();
			ProgressReport report = current.get(group.getKey());
			if (report == null) {
				report = reports.saveAndFlush(ProgressReport.draft(target.partnershipId(), target.period()));
				edits.event(viewer.actor(), ReportWorkflow.ENTITY, report.id(), report.version(), "CREATE",
						AuditTrail.differences(Map.of(), ReportWorkflow.snapshot(report)));
			}
			Map<String, @Nullable String> before = ReportWorkflow.snapshot(report);
			for (Entry entry : values.getOrDefault(group.getKey(), List.of())) {
				report.recordValue(entry.indicator().indicatorId(), entry.value(), entry.comment());
			}
			for (BulkCapacityRows.Entry entry : assessed.getOrDefault(group.getKey(), List.of())) {
				report.assess(entry.assessment());
			}
			report = reports.saveAndFlush(report);
			edits.event(viewer.actor(), ReportWorkflow.ENTITY, report.id(), report.version(), "BULK_IMPORT",
					AuditTrail.differences(before, ReportWorkflow.snapshot(report)));
		}
		return new Imported(entries.size(), assessments.size(), byReport.size());
	}

	private static String periodText(Tables.Cell cell) {
		// A spreadsheet may have turned "2025" into the number 2025.
		return cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text();
	}

}
