package org.wopplatform.web.report;

import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.reporting.annual.AnnualReportAssembly;
import org.wopplatform.reporting.annual.ReportPdf;
import org.wopplatform.web.common.PeriodFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's report as a PDF: the page's content, in the reader's language and in the
 * report's order of chapters, written out as XHTML by the template
 * {@code reports/pdf.html} and typeset by {@link ReportPdf}. Links in the file point to
 * the platform's public address ({@code wop.base-url}).
 */
@Component
class PrintedReport {

	private static final Logger log = LoggerFactory.getLogger(PrintedReport.class);

	private final SpringTemplateEngine templates;

	private final AnnualReportAssembly assembly;

	private final ReportPdf pdf;

	private final MessageSource messages;

	private final PeriodFormat periods;

	private final String baseUrl;

	private final StoryCards cards;

	private final org.wopplatform.web.place.PartnershipMap maps;

	private final String publisher;

	PrintedReport(SpringTemplateEngine templates, AnnualReportAssembly assembly, ReportPdf pdf, MessageSource messages,
			PeriodFormat periods, @Value("${wop.base-url:http://localhost:8080}") String baseUrl, StoryCards cards,
			@Value("${wop.report.publisher}") String publisher, org.wopplatform.web.place.PartnershipMap maps) {
		this.cards = cards;
		this.maps = maps;
		this.publisher = publisher;
		this.templates = templates;
		this.assembly = assembly;
		this.pdf = pdf;
		this.messages = messages;
		this.periods = periods;
		this.baseUrl = baseUrl;
	}

	byte[] pdf(AnnualReport report, Locale locale) {
		long started = System.nanoTime();
		byte[] file = pdf.typeset(xhtml(report, locale));
		log.debug("Annual report PDF: year={} language={} bytes={} in {} ms", report.year(), locale.getLanguage(),
				file.length, (System.nanoTime() - started) / 1_000_000);
		return file;
	}

	/** The printable report as XHTML. */
	String xhtml(AnnualReport report, Locale locale) {
		Context context = new Context(locale);
		var content = assembly.content(report, new MessageLabels(messages, locale));
		context.setVariable("annual", content);
		context.setVariable("report", report);
		context.setVariable("cards", cards.of(report, locale, true));
		context.setVariable("regionMaps",
				maps.printedRegions(content.figures()
					.regions()
					.stream()
					.map(org.wopplatform.persistence.report.AnnualFigures.Engagement::platform)
					.filter(java.util.Objects::nonNull)
					.toList(), locale));
		context.setVariable("publisher", publisher);
		Instant published = report.publishedAt();
		context.setVariable("publishedOn", published == null ? null : periods.instant(published, locale));
		context.setVariable("base", baseUrl);
		return templates.process("reports/pdf", context);
	}

}
