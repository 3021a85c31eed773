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
import org.wopplatform.persistence.progress.WorkListQueries.ScopedIndicator;
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
 * Bulk entry of indicator values for coordinators (their region) and the secretariat
 * (everywhere): a template with one row per indicator and period of a year for the
 * partnerships under way, filled in offline and uploaded as draft values. The upload is
 * checked row by row and column by column; one bad row and nothing at all is imported.
 * Values in a CSV are read in the interface language's number format ("12,5" in French
 * and Spanish); numbers in XLSX cells are taken as they are.
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

	private final WorkListQueries work;

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final AuditedEdits edits;

	BulkEntry(WorkListQueries work, ProgressReportRepository reports, IndicatorRepository indicators,
			AuditedEdits edits) {
		this.work = work;
		this.reports = reports;
		this.indicators = indicators;
		this.edits = edits;
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

	/** What an upload imported. */
	public record Imported(int values, int reports) {
	}

	static void requireBulkEditor(Viewer viewer) {
		if (!viewer.is(Role.COORDINATOR) && !viewer.is(Role.SECRETARIAT)) {
			throw new AccessDeniedException("Bulk entry is for coordinators and the secretariat");
		}
	}

	/** The periods of a year for a cadence: the year, or its two halves. */
	static List<ReportingPeriod> periodsOf(int year, Cadence cadence) {
		return cadence == Cadence.YEARLY ? List.of(ReportingPeriod.year(year))
				: List.of(ReportingPeriod.half(year, 1), ReportingPeriod.half(year, 2));
	}

	/**
	 * The template for a year: every indicator of the scope's partnerships under way, for
	 * each of their periods of that year whose report can still take values, with the
	 * values of a draft already there.
	 */
	@Transactional(readOnly = true)
	public byte[] template(int year, TableFormat format, Viewer viewer, Locale locale) {
		requireBulkEditor(viewer);
		List<ScopedIndicator> scoped = work.indicators(WorkListController.scopeOf(viewer));
		Map<String, ProgressReport> current = currentReports(scoped, year);
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Tables.write(format, "Values " + year, HEADER, rows, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private Map<String, ProgressReport> currentReports(List<ScopedIndicator> scoped, int year) {
		Set<Long> partnershipIds = scoped.stream().map(ScopedIndicator::partnershipId).collect(Collectors.toSet());
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

	/** Checks every row of the file and imports its values as drafts, or nothing. */
	public Imported upload(byte[] content, Viewer viewer, Locale locale) {
		requireBulkEditor(viewer);
		UploadedTable table = readUpload(content, List.of(INDICATOR_ID, PERIOD, VALUE));
		List<ReadRow> rows = table.rows();
		Map<String, Integer> columns = table.columns();
		List<Problem> problems = new ArrayList<>();
		Map<Long, ScopedIndicator> inScope = new HashMap<>();
		work.indicators(WorkListController.scopeOf(viewer)).forEach(i -> inScope.put(i.indicatorId(), i));
		Map<Long, Indicator> definitions = new HashMap<>();
		indicators.findAllById(inScope.keySet()).forEach(i -> definitions.put(i.id(), i));

		List<Entry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ReadRow row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
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
			ReportingPeriod period = null;
			try {
				period = ReportingPeriod.parse(periodText(row.cell(columns.get(PERIOD))));
				if (indicator != null && period.cadence() != indicator.cadence()) {
					problems.add(new Problem(row.number(), PERIOD, "bulk.period.cadence"));
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(row.number(), PERIOD, "bulk.period.invalid"));
			}
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
				continue;
			}
			if (!seen.add(indicator.indicatorId() + "/" + period)) {
				problems.add(new Problem(row.number(), INDICATOR_ID, "bulk.duplicate"));
				continue;
			}
			if (value != null) {
				entries.add(new Entry(row.number(), indicator, period, value, comment.isEmpty() ? null : comment));
			}
		}
		// Another upload or person starting one of these reports now waits for this one
		// (and this one for them), so that a draft is never created twice.
		reports.lockPeriods(entries.stream().map(e -> key(e.indicator().partnershipId(), e.period())).toList());
		// Reports that can no longer take values
		Map<String, ProgressReport> current = new HashMap<>();
		entries.stream()
			.map(e -> e.period().year())
			.distinct()
			.forEach(year -> current.putAll(currentReports(
					entries.stream().filter(e -> e.period().year() == year).map(Entry::indicator).toList(), year)));
		for (Entry entry : entries) {
			ProgressReport report = current.get(key(entry.indicator().partnershipId(), entry.period()));
			if (report != null && !report.status().isEditable()) {
				problems.add(new Problem(entry.row(), PERIOD, "bulk.report.locked"));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(Problem::row));
			throw new Refused(problems);
		}
		if (entries.isEmpty()) {
			throw new Refused(List.of(new Problem(1, VALUE, "bulk.nothing")));
		}
		return importAll(entries, current, viewer);
	}

	private Imported importAll(List<Entry> entries, Map<String, ProgressReport> current, Viewer viewer) {
		Map<String, List<Entry>> byReport = new LinkedHashMap<>();
		entries.forEach(
				e -> byReport.computeIfAbsent(key(e.indicator().partnershipId(), e.period()), k -> new ArrayList<>())
					.add(e));
		for (Map.Entry<String, List<Entry>> group : byReport.entrySet()) {
			Entry first = group.getValue().get(0);
			ProgressReport report = current.get(group.getKey());
			boolean created = report == null;
			if (created) {
				report = reports.saveAndFlush(ProgressReport.draft(first.indicator().partnershipId(), first.period()));
				edits.event(viewer.actor(), ReportWorkflow.ENTITY, report.id(), report.version(), "CREATE",
						AuditTrail.differences(Map.of(), ReportWorkflow.snapshot(report)));
			}
			Map<String, @Nullable String> before = ReportWorkflow.snapshot(report);
			for (Entry entry : group.getValue()) {
				report.recordValue(entry.indicator().indicatorId(), entry.value(), entry.comment());
			}
			report = reports.saveAndFlush(report);
			edits.event(viewer.actor(), ReportWorkflow.ENTITY, report.id(), report.version(), "BULK_IMPORT",
					AuditTrail.differences(before, ReportWorkflow.snapshot(report)));
		}
		return new Imported(entries.size(), byReport.size());
	}

	private static String periodText(Tables.Cell cell) {
		// A spreadsheet may have turned "2025" into the number 2025.
		return cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text();
	}

}
