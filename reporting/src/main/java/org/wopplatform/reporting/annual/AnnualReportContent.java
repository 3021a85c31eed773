package org.wopplatform.reporting.annual;

import java.util.List;
import java.util.Map;

import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.domain.report.Story;
import org.wopplatform.persistence.report.AnnualFigures;
import org.wopplatform.reporting.chart.BarChart;

/** Everything a year's report shows, in the reader's language. */
public record AnnualReportContent(AnnualReport report, AnnualFigures figures, List<StoryView> stories,
		Map<String, ReportTable> tables, Map<String, BarChart> charts) {

	/**
	 * A story and its partnership's title; {@code withdrawn} when the partnership has
	 * been unpublished (then neither its title, the story's text nor a link shows).
	 */
	public record StoryView(Story story, String partnership, boolean withdrawn) {
	}

}
