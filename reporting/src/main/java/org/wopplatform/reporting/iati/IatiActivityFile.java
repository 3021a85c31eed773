package org.wopplatform.reporting.iati;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Side;
import org.wopplatform.reporting.opendata.OpenPartnership.CapacityResult;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published partnerships as an IATI 2.03 {@code iati-activities} file, one
 * {@code iati-activity} each, reported by UN-Habitat's GWOPA. A partnership without any
 * known date is left out (IATI requires an activity date and none is invented); the file
 * says how many in a comment.
 */
@Component
public class IatiActivityFile {

	public static final String VERSION = "2.03";

	static final String REPORTING_ORGANISATION = "UN-Habitat – Global Water Operators' Partnerships Alliance (GWOPA)";

	private static final String MULTILATERAL = "40";

	private static final String OUTCOME = "2";

	private final IatiSource source;

	private final String reportingOrganisationRef;

	IatiActivityFile(IatiSource source,
			@Value("${wop.iati.reporting-org-ref:XM-DAC-41120}") String reportingOrganisationRef) {
		this.source = source;
		this.reportingOrganisationRef = reportingOrganisationRef;
	}

	/** The activity identifier of a partnership: reporting organisation, hyphen, code. */
	private String identifier(String referenceCode) {
		return reportingOrganisationRef + "-" + referenceCode;
	}

	/** The whole file, UTF-8. */
	public byte[] write(Instant generatedAt) {
		List<Activity> activities = source.publishedActivities();
		List<Activity> dated = activities.stream().filter(Activity::hasDates).toList();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XmlOut xml = new XmlOut(bytes);
			xml.start("iati-activities", "version", VERSION, "generated-datetime", dateTime(generatedAt));
			if (dated.size() < activities.size()) {
				xml.comment((activities.size() - dated.size())
						+ " published partnership(s) without any known date are not listed: IATI requires an activity date.");
			}
			for (Activity activity : dated) {
				activity(xml, activity);
			}
			xml.end().finish();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the IATI activity file", ex);
		}
		return bytes.toByteArray();
	}

	private void activity(XmlOut xml, Activity a) throws XMLStreamException {
		xml.start("iati-activity", "last-updated-datetime", dateTime(a.updatedAt()), "xml:lang", "en");
		xml.text("iati-identifier", identifier(a.referenceCode()));
		xml.narrated("reporting-org", REPORTING_ORGANISATION, "ref", reportingOrganisationRef, "type", MULTILATERAL);
		xml.narrated("title", a.title());
		if (a.description() == null && a.objectives() == null) {
			xml.narrated("description", a.title(), "type", "1");
		}
		if (a.description() != null) {
			xml.narrated("description", a.description(), "type", "1");
		}
		if (a.objectives() != null) {
			xml.narrated("description", a.objectives(), "type", "2");
		}
		participants(xml, a);
		xml.empty("activity-status", "code", IatiCodes.activityStatus(a.status()));
		date(xml, "1", a.plannedStart(), false);
		date(xml, "2", a.actualStart(), false);
		date(xml, "3", a.plannedEnd(), true);
		date(xml, "4", a.actualEnd(), true);
		List<String> menteeCountries = a.participants()
			.stream()
			.filter(p -> p.role().side() == Side.MENTEE && p.country() != null)
			.map(p -> Objects.requireNonNull(p.country()))
			.distinct()
			.toList();
		for (Map.Entry<String, BigDecimal> country : IatiCodes.shares(menteeCountries).entrySet()) {
			xml.empty("recipient-country", "code", country.getKey(), "percentage", country.getValue().toPlainString());
		}
		for (Map.Entry<String, BigDecimal> sector : IatiCodes.sectors(a.workingAreas()).entrySet()) {
			xml.empty("sector", "vocabulary", "1", "code", sector.getKey(), "percentage",
					sector.getValue().toPlainString());
		}
		List<String> goals = a.sdgTargets().stream().map(t -> t.substring(0, t.indexOf('.'))).distinct().toList();
		for (String goal : goals) {
			xml.empty("tag", "vocabulary", "2", "code", goal);
		}
		for (String target : a.sdgTargets()) {
			xml.empty("tag", "vocabulary", "3", "code", target);
		}
		budget(xml, a);
		for (Activity.Expenditure expenditure : a.expenditures()) {
			String day = expenditure.period().end().toString();
			xml.start("transaction")
				.empty("transaction-type", "code", "4")
				.empty("transaction-date", "iso-date", day)
				.text("value", expenditure.amount().toPlainString(), "currency", expenditure.currency(), "value-date",
						day)
				.end();
		}
		for (Activity.Result result : a.results()) {
			IatiResults.write(xml, result, a.start(), OUTCOME);
		}
		for (CapacityResult capacity : a.capacityResults()) {
			IatiCapacityResults.write(xml, capacity, a.start(), OUTCOME);
		}
		xml.end();
	}

	private void participants(XmlOut xml, Activity a) throws XMLStreamException {
		if (a.participants().isEmpty()) {
			xml.narrated("participating-org", REPORTING_ORGANISATION, "ref", reportingOrganisationRef, "role", "2",
					"type", MULTILATERAL);
		}
		for (Activity.Party party : a.participants()) {
			xml.narrated("participating-org", party.name(), "role", IatiCodes.organisationRole(party.role()), "type",
					IatiCodes.organisationType(party.organisationType()).orElse(null));
		}
	}

	/**
	 * A start is written as the first day it may stand for, an end as the last: "2017 –
	 * 2021" is 2017-01-01 to 2021-12-31.
	 */
	private static void date(XmlOut xml, String type, @Nullable PartialDate date, boolean end)
			throws XMLStreamException {
		if (date != null) {
			xml.empty("activity-date", "type", type, "iso-date", (end ? date.latest() : date.earliest()).toString());
		}
	}

	/**
	 * The budget: from the work plan when it has money lines, one original budget per
	 * calendar year and currency (periods of at most a year, as IATI asks; currencies
	 * never added together); otherwise the stated whole-life budget as one indicative
	 * original budget over the planned dates (the actual ones where none are planned),
	 * left out when it has no dates to be placed on.
	 */
	private static void budget(XmlOut xml, Activity a) throws XMLStreamException {
		if (!a.yearlyBudgets().isEmpty()) {
			for (Activity.YearBudget year : a.yearlyBudgets()) {
				LocalDate from = LocalDate.of(year.year(), 1, 1);
				xml.start("budget", "type", "1", "status", "1")
					.empty("period-start", "iso-date", from.toString())
					.empty("period-end", "iso-date", LocalDate.of(year.year(), 12, 31).toString())
					.text("value", year.amount().toPlainString(), "currency", year.currency(), "value-date",
							from.toString())
					.end();
			}
			return;
		}
		PartialDate start = a.plannedStart() != null ? a.plannedStart() : a.actualStart();
		PartialDate end = a.plannedEnd() != null ? a.plannedEnd() : a.actualEnd();
		if (a.budgetAmount() == null || a.budgetCurrency() == null || start == null || end == null) {
			return;
		}
		LocalDate from = start.earliest();
		xml.start("budget", "type", "1", "status", "1")
			.empty("period-start", "iso-date", from.toString())
			.empty("period-end", "iso-date", end.latest().toString())
			.text("value", a.budgetAmount().toPlainString(), "currency", a.budgetCurrency(), "value-date",
					from.toString())
			.end();
	}

	private static String dateTime(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
