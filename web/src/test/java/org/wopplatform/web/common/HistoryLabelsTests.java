package org.wopplatform.web.common;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wopplatform.persistence.audit.AuditTrail;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail in the reader's words: every field name the snapshots and events store
 * has a label in English, French and Spanish, and values read as on the page.
 */
class HistoryLabelsTests {

	/**
	 * Every field name written by a snapshot ({@code ReportWorkflow},
	 * {@code CapacityEditing}, {@code PartnershipAudit}, {@code WorkPlanEditing},
	 * {@code OrganisationEditing}, {@code SupportRequests}, {@code MentorOffers},
	 * {@code MatchPath}, {@code Accounts}, {@code FrameworkEditing}) or by an event
	 * ({@code AnnualReports}, ...); a new one belongs here with its labels.
	 */
	private static final List<String> STORED = List.of("email", "displayName", "role", "platform", "organisation",
			"enabled", "year", "introduction | chapters", "chapters", "story", "story picture", "status", "output NRW",
			"output 12", "indicator", "baseline", "target", "reportingCadence", "evidence", "deliverable 800103",
			"deliverable Water balance", "period", "revision", "health", "healthReason", "achievements", "challenges",
			"nextSteps", "lessons", "narrativeInternal", "reviewerComment", "indicator 1000", "indicator 1000 comment",
			"activity 7", "spending, budget line 3", "capacity 5 MENTEE", "practice MENTOR TRUST",
			"practice MENTEE suggestions", "factors", "workingArea", "title", "description", "startingSituation",
			"plannedStart", "plannedEnd", "mentorResponsible", "menteeResponsible", "statusNote", "budgetLines",
			"outputs", "deliverables", "indicators", "closeReason", "context", "urgency", "need NRW", "kpis",
			"languages", "sdgTargets", "public", "request", "mentor", "score", "partnership", "stage", "introducedOn",
			"introducedBy", "conceptNote", "conceptNoteFile", "agreement", "signedOn", "declinedReason", "summary",
			"strength NRW", "platforms", "staffDaysPerYear", "capacity", "availableFrom", "availableUntil", "name",
			"acronym", "type", "country", "city", "ownership", "providesWater", "providesSanitation",
			"populationServed", "connections", "staff", "factsAsOf", "referenceCode", "objectives",
			"implementationNotes", "resultsNarrative", "actualStart", "actualEnd", "regionalPlatform",
			"fundingProgramme", "budget", "contactName", "contactPosition", "contactEmail", "published", "participants",
			"contributions", "workingAreas", "dimension", "baselineStage", "baselineDescription", "objective",
			"COVERAGE", "LOAD", "code", "nameEn", "nameFr", "nameEs", "unit", "betterDirection", "category", "region",
			"countries", "side", "descriptionEn", "descriptionFr", "descriptionEs", "retired");

	private static final HistoryLabels labels = new HistoryLabels(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es" })
	void everyStoredFieldHasALabelInTheReadersLanguage(String language) {
		Locale locale = Locale.forLanguageTag(language);
		assertThat(STORED).allSatisfy(stored -> assertThat(labels.field(stored, locale)).as(stored)
			.isNotEqualTo(stored)
			.doesNotMatch("^[a-z].*")
			.doesNotMatch(".*[a-z][A-Z].*")
			.doesNotContain("{"));
	}

	@Test
	void aFieldWithoutALabelIsShownAsStoredSoThatTheTestsSeeIt() {
		assertThat(labels.field("somethingNew", Locale.ENGLISH)).isEqualTo("somethingNew");
	}

	@ParameterizedTest(name = "{0}: {1} = {2} → {3}")
	@CsvSource(delimiter = '|',
			value = { "en|health|POTENTIAL_RISKS|Potential risks", "fr|health|POTENTIAL_RISKS|Risques possibles",
					"en|status|IMPLEMENTATION|Implementation", "en|status|SUBMITTED|Submitted for review",
					"en|activity 7|UNDER_WAY 50 %|Under way 50 %", "en|budget|250000.50|250,000.50",
					"fr|budget|250000.50|250 000,50", "fr|budget|USD 250000.50|USD 250 000,50",
					"es|indicator 1|38.5000|38,5", "en|year|2024|2024", "en|plannedStart|2018-06-30|Jun 30, 2018",
					"fr|published|true|Oui", "en|title|Water balance|Water balance", "en|referenceCode|007|007" })
	void valuesReadAsOnThePage(String language, String field, String stored, String shown) {
		assertThat(labels.value(field, stored, Locale.forLanguageTag(language))
			.replace('\u202f', ' ')
			.replace('\u00a0', ' ')).isEqualTo(shown);
	}

	@Test
	void noValueIsADash() {
		assertThat(labels.value("title", null, Locale.ENGLISH)).isEqualTo("–");
	}

	@Nested
	class Differences {

		private static Map<String, @Nullable String> fields(@Nullable String... pairs) {
			Map<String, @Nullable String> fields = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				fields.put(pairs[i], pairs[i + 1]);
			}
			return fields;
		}

		@Test
		void equalNumbersWrittenDifferentlyAreNoChange() {
			assertThat(AuditTrail.differences(fields("indicator 1", "38.5000", "budget", "USD 250000.50"),
					fields("indicator 1", "38.5", "budget", "USD 250000.5")))
				.isEmpty();
			assertThat(AuditTrail.differences(fields("budget", "USD 100"), fields("budget", "EUR 100"))).hasSize(1);
		}

		@Test
		void anEmptyTextIsNoValue() {
			assertThat(AuditTrail.differences(fields("factors", null), fields("factors", ""))).isEmpty();
		}

		@Test
		void codesWithLeadingZerosAndRealChangesStillCount() {
			assertThat(AuditTrail.differences(fields("referenceCode", "007", "indicator 1", "38.5"),
					fields("referenceCode", "7", "indicator 1", "38.6")))
				.extracting(AuditTrail.FieldChange::field)
				.containsExactly("referenceCode", "indicator 1");
		}

	}

}
