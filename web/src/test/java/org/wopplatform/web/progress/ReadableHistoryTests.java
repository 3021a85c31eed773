package org.wopplatform.web.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.wopplatform.web.progress.ProgressFixture.CONNECTIONS;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.DELIVERABLE;
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.REPORTS;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * The history a person reads: field labels from the messages in the reader's language
 * (never a stored field name such as "healthReason"), codes by their names, numbers as
 * the page writes them; and a save that changes nothing records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReadableHistoryTests {

	private static final Pattern ROW_LABEL = Pattern.compile("<th scope=\"row\">([^<]*)</th>");

	private static final Pattern CELL = Pattern.compile("<td>([^<]*)</td>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		ProgressFixture.create(jdbc);
	}

	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
	}

	private MvcResult as(SignedInUser who, String path, String language, String... fields) throws Exception {
		return ProgressFixture.post(mvc, who, path, language, fields);
	}

	private String start() throws Exception {
		return as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();
	}

	private long version(String reportPath) {
		return jdbc.sql("select version from progress_report where id = ?")
			.param(Long.valueOf(reportPath.substring(reportPath.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single();
	}

	private long auditEvents() {
		return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).with(user(COORDINATOR)).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group(1).trim());
		}
		return found;
	}

	private String[] report(long version) {
		return new String[] { "version", Long.toString(version), "health", "POTENTIAL_RISKS", "healthReason",
				"Two pumps down", "achievements", "New meters", "nextSteps", "Repair the pumps", "values[" + NRW + "]",
				"38.5", "comments[" + NRW + "]", "After the leak survey", "values[" + CONNECTIONS + "]", "250000.50",
				"deliverables[" + DELIVERABLE + "]", "ON_TRACK" };
	}

	@Test
	void aSaveThatChangesNothingRecordsNothing() throws Exception {
		String report = start();
		assertThat(as(UTILITY, report, "en", report(version(report))).getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ? and report_id <> 800110")
			.param(NRW)
			.query(String.class)
			.single()).as("stored with its scale, which the form does not write").isEqualTo("38.5000");
		long events = auditEvents();
		long versionBefore = version(report);

		assertThat(as(UTILITY, report, "en", report(versionBefore)).getResponse().getStatus()).isEqualTo(302);

		assertThat(auditEvents()).as("no event for an unchanged save").isEqualTo(events);
		assertThat(page(report + "/history", "en")).doesNotContain("38.5000").doesNotContain("38,5000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es" })
	void theHistoryShowsLabelsFromTheMessagesAndValuesAsThePageDoes(String language) throws Exception {
		String report = start();
		as(UTILITY, report, "en", report(version(report)));
		as(UTILITY, report + "/submit", "en", "version", Long.toString(version(report)));
		as(COORDINATOR, report + "/approve", "en", "version", Long.toString(version(report)));
		long partnershipVersion = jdbc.sql("select version from partnership where id = 2").query(Long.class).single();
		as(COORDINATOR, "/partnerships/2/reports/cadence", "en", "cadence", "HALF_YEARLY", "version",
				Long.toString(partnershipVersion));

		for (String history : List.of(page(report + "/history", language), page("/partnerships/2/history", language))) {
			List<String> labels = all(ROW_LABEL, history);
			assertThat(labels).isNotEmpty().allSatisfy(label -> {
				assertThat(label).as("a stored field name shown as it is stored")
					.doesNotMatch("^[a-z].*")
					.doesNotMatch(".*[a-z][A-Z].*")
					.doesNotMatch("[A-Z_]+");
			});
			assertThat(all(CELL, history)).allSatisfy(
					value -> assertThat(value).as("a code shown as stored").doesNotMatch(".*\\b[A-Z]+_[A-Z_]+\\b.*"));
			assertThat(history).doesNotContain("??");
		}
		String history = page(report + "/history", language);
		switch (language) {
			case "en" -> assertThat(history).contains("Reason for the health")
				.contains("Potential risks")
				.contains("Indicator #" + NRW)
				.contains("250,000.50")
				.contains("Deliverable #" + DELIVERABLE);
			case "fr" -> assertThat(history).contains("Raison de l’état général")
				.contains("Commentaire sur l’indicateur #" + NRW)
				.contains("38,5");
			default -> assertThat(history).contains("Motivo del estado general").contains("Indicador #" + NRW);
		}
		assertThat(page("/partnerships/2/history", language)).contains(switch (language) {
			case "en" -> "Reporting cadence";
			case "fr" -> "Fréquence des rapports";
			default -> "Frecuencia de los informes";
		});
	}

}
