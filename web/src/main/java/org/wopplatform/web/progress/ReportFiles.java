package org.wopplatform.web.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.annual.ReportPdf;
import org.wopplatform.reporting.progress.ReportDocument;
import org.wopplatform.web.common.FormValues;
import org.wopplatform.web.common.MoneyFormat;
import org.wopplatform.web.common.PeriodFormat;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A progress report as a document to keep, in the reader's language: a PDF typeset from
 * the template {@code progress/pdf.html}, and an XLSX workbook with a sheet per section
 * whose numbers are numbers. Both show the same {@link ReportDocument}: frozen at
 * approval, else as the records stand ("Draft" on every page).
 */
@Component
class ReportFiles {

	private final SpringTemplateEngine templates;

	private final ReportPdf pdf;

	private final MessageSource messages;

	private final PeriodFormat periods;

	private final MoneyFormat money;

	private final ReferenceData reference;

	ReportFiles(SpringTemplateEngine templates, ReportPdf pdf, MessageSource messages, PeriodFormat periods,
			MoneyFormat money, ReferenceData reference) {
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.periods = periods;
		this.money = money;
		this.reference = reference;
	}

	/** How the document's values read in one language. */
	public final class Words {

		private final Locale locale;

		Words(Locale locale) {
			this.locale = locale;
		}

		public String msg(String key, Object... arguments) {
			return messages.getMessage(key, arguments, key, locale);
		}

		public String number(@Nullable BigDecimal value) {
			return value == null ? "–" : money.number(value, locale);
		}

		public String amount(ReportDocument.@Nullable Amount amount) {
			if (amount == null) {
				return "–";
			}
			return inUnit(amount.amount(), amount.unit());
		}

		public String inUnit(@Nullable BigDecimal value, String unit) {
			if (value == null) {
				return "–";
			}
			String text = money.amount(value, unit, locale);
			return "days".equals(unit) ? msg("budget.days", text) : text;
		}

		public String date(@Nullable String partialDate) {
			if (partialDate == null) {
				return "–";
			}
			try {
				return periods.date(FormValues.partialDate(partialDate).orElse(null), locale);
			}
			catch (IllegalArgumentException ex) {
				return partialDate;
			}
		}

		public String instant(@Nullable Instant instant) {
			return instant == null ? "–" : periods.instant(instant, locale);
		}

		public String area(String code) {
			return reference.workingArea(code).map(w -> w.name().in(locale)).orElse(code);
		}

		public String unit(@Nullable String code, @Nullable String other) {
			if (other != null) {
				return other;
			}
			return code == null ? "" : reference.unit(code).map(u -> u.name().in(locale)).orElse(code);
		}

		public String role(String code) {
			return reference.role(code).in(locale);
		}

		public String code(String prefix, @Nullable String code) {
			return code == null ? "–" : msg(prefix + code);
		}

	}

	Words words(Locale locale) {
		return new Words(locale);
	}

	byte[] pdf(ReportDocument document, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("d", document);
		context.setVariable("w", words(locale));
		return pdf.typeset(templates.process("progress/pdf", context));
	}

	byte[] xlsx(ReportDocument d, Locale locale) {
		Words w = words(locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			Workbook workbook = new Workbook(out, "WOP Platform", "1.0");
			Worksheet overview = workbook.newWorksheet(w.msg("document.sheet.overview"));
			Object[][] facts = { { w.msg("document.partnership"), d.partnershipTitle() },
					{ w.msg("document.referenceCode"), d.referenceCode() }, { w.msg("document.period"), d.period() },
					{ w.msg("document.revision"), d.revision() },
					{ w.msg("document.status"), w.code("report.status.", d.status()) },
					{ w.msg("document.state"),
							d.approved() ? w.msg("document.frozen", w.instant(d.approvedAt()))
									: w.msg("document.draft") },
					{ w.msg("document.submitted"),
							d.submittedAt() == null ? "–" : (d.submittedBy() + ", " + w.instant(d.submittedAt())) },
					{ w.msg("partnership.field.plannedStart"), w.date(d.plannedStart()) },
					{ w.msg("partnership.field.plannedEnd"), w.date(d.plannedEnd()) },
					{ w.msg("partnership.field.budgetAmount"), w.amount(d.budget()) },
					{ w.msg("report.health"), w.code("report.health.", d.health()) },
					{ w.msg("report.healthReason"), text(d.healthReason()) },
					{ w.msg("report.achievements"), text(d.achievements()) },
					{ w.msg("report.challenges"), text(d.challenges()) },
					{ w.msg("report.nextSteps"), text(d.nextSteps()) },
					{ w.msg("report.lessons"), text(d.lessons()) } };
			for (int r = 0; r < facts.length; r++) {
				overview.value(r, 0, String.valueOf(facts[r][0]));
				overview.style(r, 0).bold().set();
				put(overview, r, 1, facts[r][1]);
			}
			if (d.illustrative()) {
				overview.value(facts.length + 1, 0, w.msg("workplan.illustrative"));
			}
			sheet(workbook, w.msg("document.sheet.partners"),
					List.of(w.msg("partnership.organisation"), w.msg("partnership.role")),
					d.parties().stream().map(x -> List.<Object>of(x.name(), w.role(x.role()))).toList());
			sheet(workbook, w.msg("workplan.activities"),
					List.of(w.msg("workplan.activity"), w.msg("workplan.area"), w.msg("activity.plannedStart"),
							w.msg("activity.plannedEnd"), w.msg("workplan.status"), w.msg("report.plan.percent")),
					d.activities()
						.stream()
						.map(a -> row(a.title(), w.area(a.workingArea()), w.date(a.plannedStart()),
								w.date(a.plannedEnd()), w.code("activity.status.", a.status()), a.percentDone()))
						.toList());
			sheet(workbook, w.msg("workplan.outputs"),
					List.of(w.msg("workplan.activity"), w.msg("output.name"), w.msg("output.unit"),
							w.msg("document.target"), w.msg("document.value"), w.msg("document.lastApproved")),
					d.outputs()
						.stream()
						.map(o -> row(o.activity(), o.title(), w.unit(o.unitCode(), o.unitOther()), o.target(),
								o.value(), o.lastApproved()))
						.toList());
			sheet(workbook, w.msg("results.title"),
					List.of(w.msg("document.indicator"), w.msg("document.unit"), w.msg("document.baseline"),
							w.msg("document.target"), w.msg("document.value"), w.msg("document.lastApproved")),
					d.indicators()
						.stream()
						.map(i -> row(i.name(), i.unit(), i.baseline(), i.target(), i.value(), i.lastApproved()))
						.toList());
			sheet(workbook, w.msg("report.plan.spending"),
					List.of(w.msg("workplan.activity"), w.msg("budget.contributor"), w.msg("budget.kind"),
							w.msg("budget.year"), w.msg("document.unit"), w.msg("report.plan.budgeted"),
							w.msg("report.plan.thisPeriod"), w.msg("document.toDate")),
					d.spending()
						.stream()
						.map(s -> row(s.activity(), s.contributor(), w.code("budget.kind.", s.kind()), s.year(),
								"days".equals(s.budgeted().unit()) ? w.msg("budget.unit.days") : s.budgeted().unit(),
								s.budgeted().amount(), s.spentInPeriod(), s.spentToDate()))
						.toList());
			sheet(workbook, w.msg("report.factors"),
					List.of(w.msg("report.factor.kind"), w.msg("report.factor.category"), w.msg("report.factor.text")),
					d.factors()
						.stream()
						.map(f -> row(w.code("report.factor.kind.", f.kind()),
								w.code("report.factor.category.", f.category()), f.text()))
						.toList());
			sheet(workbook, w.msg("partnership.deliverables"),
					List.of(w.msg("deliverable.title"), w.msg("deliverable.due"), w.msg("workplan.status")),
					d.deliverables()
						.stream()
						.map(x -> row(x.title(), w.date(x.due()), w.code("deliverable.status.", x.status())))
						.toList());
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report workbook could not be written", ex);
		}
		return out.toByteArray();
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static List<@Nullable Object> row(@Nullable Object... values) {
		return java.util.Arrays.asList(values);
	}

	private static void sheet(Workbook workbook, String name, List<String> header, List<List<@Nullable Object>> rows) {
		// Excel refuses these characters in a sheet's name, and names over 31 characters.
		String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
		Worksheet sheet = workbook.newWorksheet(clean.length() > 31 ? clean.substring(0, 31) : clean);
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
			sheet.style(0, c).bold().set();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<@Nullable Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				put(sheet, r + 1, c, row.get(c));
			}
		}
		sheet.freezePane(0, 1);
	}

	private static void put(Worksheet sheet, int r, int c, @Nullable Object value) {
		if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value != null) {
			sheet.value(r, c, value.toString());
		}
	}

}
