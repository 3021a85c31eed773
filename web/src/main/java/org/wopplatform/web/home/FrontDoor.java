package org.wopplatform.web.home;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.persistence.report.AnnualReportRepository;
import org.wopplatform.persistence.version.Recount;
import org.wopplatform.reporting.annual.AnnualReportAssembly;
import org.wopplatform.reporting.annual.ReportLabels;
import org.wopplatform.reporting.annual.ReportTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page tells of the latest published annual report: its headline figures
 * (as frozen at publication, each with the figure's key so the page can link to the
 * partnerships it counts) and its first stories. Drafts are never shown here.
 */
@Service
@Transactional(readOnly = true)
class FrontDoor {

	static final int STORIES = 3;

	static final int EXCERPT = 280;

	private final AnnualReportRepository reports;

	private final AnnualReportAssembly assembly;

	private final MessageSource messages;

	private final Recount recount;

	FrontDoor(AnnualReportRepository reports, AnnualReportAssembly assembly, MessageSource messages, Recount recount) {
		this.recount = recount;
		this.reports = reports;
		this.assembly = assembly;
		this.messages = messages;
	}

	record Figure(String label, long value, @Nullable String figure) {
	}

	record StoryCard(String title, String excerpt) {
	}

	/**
	 * The latest published report in brief; {@code year} is null when none is published.
	 */
	record LatestReport(@Nullable Integer year, List<Figure> figures, List<StoryCard> stories) {

		static final LatestReport NONE = new LatestReport(null, List.of(), List.of());

	}

	/**
	 * Read once until the data changes, for every reader in that language (the figures
	 * are frozen at publication; a story's record may be withdrawn since); then two
	 * statements when a report is published (the report, its stories), else one.
	 */
	LatestReport latest(Locale locale) {
		return recount.keep(List.of(FrontDoor.class, locale), () -> read(locale));
	}

	private LatestReport read(Locale locale) {
		AnnualReport report = reports.findLatestPublished().orElse(null);
		if (report == null) {
			return LatestReport.NONE;
		}
		ReportTable headlines = assembly.tables(report, new Labels(messages, locale)).get("headlines");
		List<Figure> figures = headlines == null ? List.of()
				: headlines.rows()
					.stream()
					.map(row -> new Figure(String.valueOf(row.cells().get(0)),
							((Number) row.cells().get(1)).longValue(), row.figure()))
					.toList();
		// A story of a record withdrawn since publication shows nothing of it.
		List<StoryCard> cards = assembly.stories(report)
			.stream()
			.filter(s -> !s.withdrawn())
			.limit(STORIES)
			.map(s -> new StoryCard(s.story().in(locale).title(), excerpt(s.story().in(locale).text())))
			.toList();
		return new LatestReport(report.year(), figures, cards);
	}

	/** The beginning of a story, cut at a word and marked as cut. */
	static String excerpt(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= EXCERPT) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT);
		return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + " …";
	}

	private record Labels(MessageSource messages, Locale locale) implements ReportLabels {

		@Override
		public String text(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

	}

}
