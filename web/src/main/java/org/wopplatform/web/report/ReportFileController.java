package org.wopplatform.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.reporting.annual.AnnualReportAssembly;
import org.wopplatform.reporting.annual.ReportTable;
import org.wopplatform.reporting.table.TableFormat;
import org.wopplatform.reporting.table.Tables;
import org.wopplatform.web.common.Downloads;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A report's files: each table as CSV or XLSX (headers in the reader's language), the
 * whole year as JSON (the figures with their stable keys, the stories), and the whole
 * report as a PDF in the reader's language.
 */
@Controller
class ReportFileController {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** How a partnership unpublished since shows in the JSON file (its words). */
	static final String WITHDRAWN = "record withdrawn";

	private final AnnualReports reports;

	private final AnnualReportAssembly assembly;

	private final MessageSource messages;

	private final PrintedReport printed;

	ReportFileController(AnnualReports reports, AnnualReportAssembly assembly, MessageSource messages,
			PrintedReport printed) {
		this.reports = reports;
		this.assembly = assembly;
		this.messages = messages;
		this.printed = printed;
	}

	@GetMapping("/reports/{year}/tables/{name}.{format}")
	ResponseEntity<byte[]> table(@PathVariable int year, @PathVariable String name, @PathVariable String format,
			Viewer viewer, Locale locale) throws IOException {
		AnnualReport report = reports.readable(year, viewer);
		TableFormat type = TableFormat.named(format).orElseThrow(NotFoundException::new);
		ReportTable table = assembly.tables(report, new MessageLabels(messages, locale)).get(name);
		if (table == null) {
			throw new NotFoundException();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Tables.write(type, name, table.header(), table.cells(), out);
		return Downloads.attachment("wop-report-" + year + "-" + name + "." + type.extension(), type.mediaType(),
				out.toByteArray());
	}

	@GetMapping("/reports/{year}/report.json")
	ResponseEntity<byte[]> whole(@PathVariable int year, Viewer viewer) {
		AnnualReport report = reports.readable(year, viewer);
		var document = json.createObjectNode();
		document.put("year", year);
		document.put("status", report.isPublished() ? "PUBLISHED" : "DRAFT");
		document.put("publishedAt", report.publishedAt() == null ? null : report.publishedAt().toString());
		document.put("introduction", report.introduction());
		document.set("figures", json.valueToTree(assembly.shown(report, WITHDRAWN)));
		var stories = document.putArray("stories");
		assembly.stories(report).forEach(s -> {
			var story = stories.addObject();
			if (s.withdrawn()) {
				story.putNull("partnershipId");
				story.put("partnership", WITHDRAWN);
				story.put("withdrawn", true);
				return;
			}
			story.put("partnershipId", s.story().partnershipId());
			story.put("partnership", s.partnership());
			story.put("title", s.story().title());
			story.put("text", s.story().text());
		});
		var partnerships = document.putArray("partnerships");
		assembly.listed(report).forEach(p -> {
			var listed = partnerships.addObject();
			if (p.withdrawn()) {
				listed.putNull("id");
				listed.put("title", WITHDRAWN);
				listed.put("withdrawn", true);
				return;
			}
			listed.put("id", p.id());
			listed.put("referenceCode", p.referenceCode());
			listed.put("title", p.title());
			listed.put("partners", p.partners());
			listed.put("status", p.status());
			listed.put("countries", p.countries());
		});
		return Downloads.attachment("wop-report-" + year + ".json", "application/json",
				json.writeValueAsBytes(document));
	}

	@GetMapping("/reports/{year}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, Viewer viewer, Locale locale) {
		AnnualReport report = reports.readable(year, viewer);
		return Downloads.attachment("wop-report-" + year + "-" + locale.getLanguage() + ".pdf", "application/pdf",
				printed.pdf(report, locale));
	}

}
