package org.wopplatform.web.workplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.BudgetKind;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.table.Tables;
import org.wopplatform.reporting.table.Tables.ReadRow;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FormValues;
import org.wopplatform.web.partnership.PartnershipEditing;
import org.wopplatform.web.progress.BulkEntry;
import org.wopplatform.web.progress.BulkEntry.Problem;
import org.wopplatform.web.progress.BulkEntry.Refused;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work plan filled offline and uploaded: one sheet (XLSX or CSV, read by the bulk-entry
 * reader) with a row per activity, output and budget line. The whole file is checked
 * first, every rule of the plan included; a file with any problem imports nothing and
 * lists each problem by row and column. A file without problems adds its activities with
 * their outputs and lines in one transaction, each audited as created.
 */
@Service
@Transactional
public class LogframeImport {

	static final String TYPE = "type";

	static final String ACTIVITY = "activity";

	static final String AREA = "working area";

	static final String TITLE = "title";

	static final String START = "start";

	static final String END = "end";

	static final String MENTOR = "mentor responsible";

	static final String MENTEE = "mentee responsible";

	static final String UNIT = "unit";

	static final String UNIT_OTHER = "unit in words";

	static final String TARGETS = "targets";

	static final String MEANS = "means of verification";

	static final String CONTRIBUTOR = "contributor";

	static final String KIND = "kind";

	static final String AMOUNT = "amount";

	static final String CURRENCY = "currency";

	static final String YEAR = "year";

	static final List<String> COLUMNS = List.of(TYPE, ACTIVITY, AREA, TITLE, START, END, MENTOR, MENTEE, UNIT,
			UNIT_OTHER, TARGETS, MEANS, CONTRIBUTOR, KIND, AMOUNT, CURRENCY, YEAR);

	private final PartnershipEditing partnerships;

	private final ReferenceData reference;

	private final AuditedEdits edits;

	LogframeImport(PartnershipEditing partnerships, ReferenceData reference, AuditedEdits edits) {
		this.partnerships = partnerships;
		this.reference = reference;
		this.edits = edits;
	}

	/**
	 * The template: the columns on the first sheet, and on a second one how to fill them
	 * with the codes this partnership accepts (its working areas, the units, its
	 * contributors, the kinds of budget line).
	 */
	@Transactional(readOnly = true)
	public byte[] template(long partnershipId, Viewer viewer, Locale locale) {
		Partnership partnership = partnerships.forEditing(partnershipId, viewer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "WOP Platform", "1.0");
			Worksheet plan = workbook.newWorksheet("Work plan");
			for (int c = 0; c < COLUMNS.size(); c++) {
				plan.value(0, c, COLUMNS.get(c));
				plan.style(0, c).bold().set();
			}
			plan.freezePane(0, 1);
			Worksheet help = workbook.newWorksheet("How to fill");
			List<String[]> lines = new ArrayList<>();
			lines.add(new String[] { "type",
					"activity, output or budget: an activity row first, then its outputs and budget lines" });
			lines.add(new String[] { "activity",
					"a short name of your own (A1, A2...) on the activity row, repeated on its outputs and budget lines" });
			lines.add(new String[] { "start, end",
					"a year (2024), a month (2024-06) or a day (2024-06-30), inside the partnership's dates" });
			lines.add(new String[] { "targets", "for an output: year=target pairs, e.g. 2024=10; 2025=20" });
			lines.add(new String[] { "amount", "money, or a number of days for staff-days (no currency then)" });
			lines.add(new String[] { "", "" });
			for (String area : areas(partnership)) {
				lines.add(new String[] { "working area",
						area + " – " + reference.workingArea(area).map(w -> w.name().in(locale)).orElse(area) });
			}
			reference.choices(reference.units(), null)
				.forEach(u -> lines.add(new String[] { "unit", u.code() + " – " + u.name().in(locale) }));
			partnership.contributors()
				.forEach((id, name) -> lines.add(new String[] { "contributor", id + " – " + name }));
			for (BudgetKind kind : BudgetKind.values()) {
				lines.add(new String[] { "kind", kind.name() });
			}
			for (int r = 0; r < lines.size(); r++) {
				help.value(r, 0, lines.get(r)[0]);
				help.value(r, 1, lines.get(r)[1]);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An activity of the file, as read, with the row it came from. */
	private record Planned(int row, Activity activity) {
	}

	/** Checks the whole file, then imports all of it; returns the activities added. */
	public int upload(long partnershipId, byte[] content, Viewer viewer, Locale locale) {
		Partnership partnership = partnerships.forEditing(partnershipId, viewer);
		BulkEntry.UploadedTable table = BulkEntry.readUpload(content, COLUMNS);
		List<ReadRow> rows = table.rows();
		Map<String, Integer> columns = table.columns();
		List<Problem> problems = new ArrayList<>();
		Reader reader = new Reader(columns, problems, locale);
		Activity.Window window = new Activity.Window(partnership.plannedStart().orElse(null),
				partnership.plannedEnd().orElse(null));
		List<String> areas = areas(partnership);
		Map<Long, String> contributors = partnership.contributors();
		Map<String, Planned> planned = new LinkedHashMap<>();
		for (ReadRow row : rows.subList(1, rows.size())) {
			if (row.isBlank()) {
				continue;
			}
			reader.row = row;
			String type = reader.text(TYPE).toLowerCase(Locale.ROOT);
			String key = reader.text(ACTIVITY);
			if (key.isEmpty()) {
				reader.problem(ACTIVITY, "logframe.activity.required");
				continue;
			}
			switch (type) {
				case "activity" -> {
					if (planned.containsKey(key)) {
						reader.problem(ACTIVITY, "logframe.activity.twice");
						continue;
					}
					String area = reader.text(AREA).toUpperCase(Locale.ROOT);
					if (!areas.contains(area)) {
						reader.problem(AREA, "activity.area.notPartnerships");
					}
					PartialDate start = reader.date(START);
					PartialDate end = reader.date(END);
					if (start == null || end == null || !areas.contains(area)) {
						continue;
					}
					try {
						Activity activity = new Activity(partnershipId, area, reader.text(TITLE), start, end, window);
						activity.describe(null, null, reader.optional(MENTOR), reader.optional(MENTEE));
						planned.put(key, new Planned(row.number(), activity));
					}
					catch (DomainRuleViolation ex) {
						reader.problem(ex.code().startsWith("activity.title") ? TITLE : END, ex.code());
					}
				}
				case "output", "budget" -> {
					Planned parent = planned.get(key);
					if (parent == null) {
						reader.problem(ACTIVITY, "logframe.activity.unknown");
						continue;
					}
					if (type.equals("output")) {
						output(reader, parent.activity());
					}
					else {
						line(reader, parent.activity(), contributors);
					}
				}
				default -> reader.problem(TYPE, "logframe.type");
			}
		}
		if (planned.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(1, null, "bulk.empty"));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		for (Planned p : planned.values()) {
			edits.create(WorkPlanEditing.KIND, p.activity(), viewer.actor());
		}
		return planned.size();
	}

	private void output(Reader reader, Activity activity) {
		String unit = reader.text(UNIT).toUpperCase(Locale.ROOT);
		if (!ReferenceData.choosable(reference.units(), unit, null)) {
			reader.problem(UNIT, "reference.unknown");
			return;
		}
		Map<Integer, BigDecimal> targets = reader.targets();
		if (targets == null) {
			return;
		}
		try {
			activity.addOutput(reader.text(TITLE), unit, reader.optional(UNIT_OTHER), targets, reader.optional(MEANS),
					null);
		}
		catch (DomainRuleViolation ex) {
			reader.problem(switch (ex.code()) {
				case "output.unit.other" -> UNIT_OTHER;
				case "output.target.year" -> TARGETS;
				default -> TITLE;
			}, ex.code());
		}
	}

	private void line(Reader reader, Activity activity, Map<Long, String> contributors) {
		String named = reader.text(CONTRIBUTOR);
		Long contributor = contributors.entrySet()
			.stream()
			.filter(e -> e.getKey().toString().equals(named) || e.getValue().equalsIgnoreCase(named))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		if (contributor == null) {
			reader.problem(CONTRIBUTOR, "budget.contributor.notPartner");
		}
		BudgetKind kind = null;
		try {
			kind = BudgetKind.valueOf(reader.text(KIND).toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			reader.problem(KIND, "logframe.kind");
		}
		BigDecimal amount = reader.number(AMOUNT);
		Integer year = reader.whole(YEAR);
		Currency currency = null;
		String code = reader.text(CURRENCY).toUpperCase(Locale.ROOT);
		if (!code.isEmpty()) {
			try {
				currency = Currency.getInstance(code);
			}
			catch (IllegalArgumentException ex) {
				reader.problem(CURRENCY, "money.currency");
				return;
			}
		}
		if (contributor == null || kind == null || amount == null || year == null) {
			return;
		}
		try {
			activity.addBudgetLine(contributor, kind, amount, currency, year);
		}
		catch (DomainRuleViolation ex) {
			reader.problem(switch (ex.code()) {
				case "currency.required", "budget.days.noCurrency" -> CURRENCY;
				case "budget.year.outsideActivity" -> YEAR;
				default -> AMOUNT;
			}, ex.code());
		}
	}

	/**
	 * The working areas activities may be in: the partnership's, or all while it has
	 * none.
	 */
	private List<String> areas(Partnership partnership) {
		List<String> own = partnership.workingAreas().stream().map(w -> w.code()).toList();
		return own.isEmpty() ? reference.workingAreas().stream().map(w -> w.code()).toList() : own;
	}

	/** Reads the cells of the current row and notes what is wrong with them. */
	private static final class Reader {

		private final Map<String, Integer> columns;

		private final List<Problem> problems;

		private final Locale locale;

		private @Nullable ReadRow row;

		Reader(Map<String, Integer> columns, List<Problem> problems, Locale locale) {
			this.columns = columns;
			this.problems = problems;
			this.locale = locale;
		}

		private Tables.Cell cell(String column) {
			return Objects.requireNonNull(row).cell(Objects.requireNonNull(columns.get(column)));
		}

		String text(String column) {
			Tables.Cell cell = cell(column);
			String text = cell.number() != null && cell.text().isBlank() ? cell.number().toPlainString() : cell.text();
			return text.strip();
		}

		@Nullable String optional(String column) {
			return PlainText.orNull(text(column));
		}

		void problem(String column, String code) {
			problems.add(new Problem(Objects.requireNonNull(row).number(), column, code));
		}

		@Nullable PartialDate date(String column) {
			String text = text(column);
			if (text.matches("\\d{4}\\.0+")) {
				text = text.substring(0, 4); // a year a spreadsheet stored as a number
			}
			try {
				PartialDate date = FormValues.partialDate(text).orElse(null);
				if (date == null) {
					problem(column, "NotBlank");
				}
				return date;
			}
			catch (IllegalArgumentException ex) {
				problem(column, "date.invalid");
				return null;
			}
		}

		@Nullable BigDecimal number(String column) {
			Tables.Cell cell = cell(column);
			if (cell.number() != null) {
				return cell.number();
			}
			try {
				BigDecimal value = FormValues.amount(cell.text(), locale).orElse(null);
				if (value == null) {
					problem(column, "NotBlank");
				}
				return value;
			}
			catch (IllegalArgumentException ex) {
				problem(column, "amount.invalid");
				return null;
			}
		}

		@Nullable Integer whole(String column) {
			BigDecimal value = number(column);
			if (value == null) {
				return null;
			}
			try {
				return value.intValueExact();
			}
			catch (ArithmeticException ex) {
				problem(column, "number.whole");
				return null;
			}
		}

		/** "2024=10; 2025=20" as year → target; empty when a pair does not read. */
		@Nullable Map<Integer, BigDecimal> targets() {
			Map<Integer, BigDecimal> targets = new TreeMap<>();
			String text = text(TARGETS);
			if (text.isEmpty()) {
				return targets;
			}
			for (String pair : text.split(";")) {
				String[] parts = pair.split("=", 2);
				try {
					int year = Integer.parseInt(parts[0].strip());
					BigDecimal target = FormValues.measure(parts.length > 1 ? parts[1] : "", locale)
						.orElseThrow(() -> new IllegalArgumentException("No target"));
					targets.put(year, target);
				}
				catch (IllegalArgumentException ex) {
					problem(TARGETS, "logframe.targets");
					return null;
				}
			}
			return targets;
		}

	}

}
