package org.wopplatform.reporting.iati;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;

/**
 * An indicator of the results framework as an IATI {@code result}: one result per
 * indicator, of type Outcome (the KPIs measure the utility's performance, which the
 * partnership's outputs are meant to change). Measure Percentage for the unit "%", Unit
 * otherwise; ascending from the better direction; the baseline; the target in a period
 * from the baseline date (else the partnership's start, else the target date itself) to
 * the target date; and one period per approved report with its value. Values of reports
 * not approved are never read.
 */
final class IatiResults {

	private static final String UNIT = "1";

	private static final String PERCENTAGE = "2";

	private static final String REPORTING_ORGANISATION_VOCABULARY = "99";

	static void write(XmlOut xml, Activity.Result result, @Nullable PartialDate activityStart, String type)
			throws XMLStreamException {
		xml.start("result", "type", type);
		xml.narrated("title", result.name());
		boolean percentage = "%".equals(result.unit());
		String ascending = result.betterDirection() == null ? null
				: Boolean.toString("HIGHER".equals(result.betterDirection()));
		xml.start("indicator", "measure", percentage ? PERCENTAGE : UNIT, "ascending", ascending);
		xml.narrated("title", result.name());
		if (result.unit() != null && !percentage) {
			xml.narrated("description", "Unit: " + result.unit());
		}
		if (result.kpiCode() != null) {
			xml.empty("reference", "vocabulary", REPORTING_ORGANISATION_VOCABULARY, "code", result.kpiCode());
		}
		LocalDate baselineDate = result.baselineDate();
		if (baselineDate != null) {
			xml.empty("baseline", "year", Integer.toString(baselineDate.getYear()), "iso-date", baselineDate.toString(),
					"value", number(result.baselineValue()));
		}
		LocalDate targetDate = result.targetDate();
		if (result.targetValue() != null && targetDate != null) {
			LocalDate from = baselineDate != null ? baselineDate
					: activityStart != null ? activityStart.earliest() : targetDate;
			period(xml, from.isAfter(targetDate) ? targetDate : from, targetDate)
				.empty("target", "value", number(result.targetValue()))
				.end();
		}
		for (Activity.Actual actual : result.actuals()) {
			period(xml, actual.period().start(), actual.period().end()).empty("actual", "value", number(actual.value()))
				.end();
		}
		xml.end().end();
	}

	private static XmlOut period(XmlOut xml, LocalDate start, LocalDate end) throws XMLStreamException {
		return xml.start("period")
			.empty("period-start", "iso-date", start.toString())
			.empty("period-end", "iso-date", end.toString());
	}

	private static @Nullable String number(@Nullable BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private IatiResults() {
	}

}
