package org.wopplatform.reporting.iati;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityPeriod;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;

/**
 * A capacity dimension's approved results as an IATI {@code result} of type Outcome with
 * one qualitative indicator (measure 5): IATI has no scale for a stage, so the baseline
 * and each approved period's actual carry no value (the standard asks none for
 * qualitative measures) but the stage, degree of change, contribution and consensus as
 * dimensions (name, value) and said in words in a comment. The baseline is dated the
 * partnership's start, else the year of the first approved result.
 */
final class IatiCapacityResults {

	private static final String QUALITATIVE = "5";

	private static final String REPORTING_ORGANISATION_VOCABULARY = "99";

	private static final String SCALES = "GWOPA capacity-change tracking. Stage: 1 diagnosing and action planning, "
			+ "2 initial implementation of activities, 3 visibility of changes, 4 changes consolidated. "
			+ "Degree of change in the period: -2 very negative to +2 very positive. "
			+ "Contribution of the WOP: 0 none, 1 fair, 2 very high.";

	static void write(XmlOut xml, CapacityResult result, @Nullable PartialDate activityStart, String type)
			throws XMLStreamException {
		String title = "Capacity change: " + result.name().en() + " (working area " + result.workingArea() + ")";
		xml.start("result", "type", type);
		xml.narrated("title", title);
		xml.start("indicator", "measure", QUALITATIVE);
		xml.narrated("title", title);
		xml.narrated("description", "Category " + result.category() + ". " + SCALES
				+ (result.illustrative() ? " Illustrative values made up for the demonstration." : ""));
		if (result.dimension() != null) {
			xml.empty("reference", "vocabulary", REPORTING_ORGANISATION_VOCABULARY, "code", result.dimension());
		}
		int baselineYear = activityStart != null ? activityStart.earliest().getYear()
				: ReportingPeriod.parse(result.periods().get(0).period()).year();
		xml.start("baseline", "year", Integer.toString(baselineYear))
			.empty("dimension", "name", "stage", "value", Integer.toString(result.baselineStage()))
			.narrated("comment", "Stage " + result.baselineStage() + " of 4 at the start.")
			.end();
		for (CapacityPeriod period : result.periods()) {
			ReportingPeriod reported = ReportingPeriod.parse(period.period());
			xml.start("period")
				.empty("period-start", "iso-date", reported.start().toString())
				.empty("period-end", "iso-date", reported.end().toString())
				.start("actual")
				.empty("dimension", "name", "stage", "value", Integer.toString(period.stage()))
				.empty("dimension", "name", "degree of change", "value", signed(period.degree()))
				.empty("dimension", "name", "contribution of the WOP", "value", Integer.toString(period.contribution()))
				.empty("dimension", "name", "consensus", "value", period.consensus())
				.narrated("comment", words(period))
				.end()
				.end();
		}
		xml.end().end();
	}

	private static String words(CapacityPeriod period) {
		String consensus = switch (period.consensus()) {
			case "BOTH_PARTNERS" -> "both partners agree";
			case "ONE_PARTNER" -> "assessed by one partner";
			default -> "agreed in review";
		};
		return "Stage " + period.stage() + " of 4; degree of change " + signed(period.degree())
				+ "; contribution of the WOP " + period.contribution() + " of 2; " + consensus + ".";
	}

	private static String signed(int degree) {
		return degree > 0 ? "+" + degree : Integer.toString(degree);
	}

	private IatiCapacityResults() {
	}

}
