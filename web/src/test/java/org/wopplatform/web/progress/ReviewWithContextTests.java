package org.wopplatform.web.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.wopplatform.web.progress.ProgressFixture.CONNECTIONS;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.REPORTS;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * A report read with its context (issue 19): beside each value the indicator's baseline
 * and target, the last approved value with its period and the change since, in words; who
 * submitted it and when; the reviewer's comment at the top while it is returned; one form
 * for narrative, values and an evidence file that keeps what was typed; and the page's
 * statements, the same with two indicators as with forty more.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class ReviewWithContextTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		ProgressFixture.create(jdbc);
		// An approved 2024 report: the values of 2025 are read against these.
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (800110, 2, 2024, 0, 1, 'APPROVED', 'ON_TRACK', 'x', 4, 2)""").update();
		jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value) values (800111, 800110, ?, 38),"
				+ " (800112, 800110, ?, 82000)")
			.params(NRW, CONNECTIONS)
			.update();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from indicator where partnership_id = 2 and id between 801000 and 801999").update();
		ProgressFixture.clean(jdbc);
	}

	private MvcResult as(SignedInUser who, String path, String language, String... fields) throws Exception {
		return ProgressFixture.post(mvc, who, path, language, fields);
	}

	private String page(SignedInUser who, String path, String language) throws Exception {
		return mvc.perform(get(path).with(user(who)).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version(String reportPath) {
		return jdbc.sql("select version from progress_report where id = ?")
			.param(id(reportPath))
			.query(Long.class)
			.single();
	}

	private static long id(String reportPath) {
		return Long.parseLong(reportPath.substring(reportPath.lastIndexOf('/') + 1));
	}

	/** The 2025 report, written (NRW 31.5 %, 81,000 connections) and submitted. */
	private String submitted() throws Exception {
		String report = as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();
		as(UTILITY, report, "en", "version", "0", "health", "ON_TRACK", "healthReason", "On plan", "achievements",
				"Two district meter areas set up", "values[" + NRW + "]", "31.5", "values[" + CONNECTIONS + "]",
				"81000");
		as(UTILITY, report + "/submit", "en", "version", Long.toString(version(report)));
		return report;
	}

	private MockMultipartHttpServletRequestBuilder save(String report, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(report);
		request.file(new MockMultipartFile("file", name, null, content));
		request.with(user(UTILITY)).with(csrf()).header("Accept-Language", "en");
		return request;
	}

	@Nested
	class Review {

		@Test
		void theReviewerReadsEachValueBesideBaselineTargetAndTheLastApprovedOneWithTheChangeInWords() throws Exception {
			String report = submitted();

			String page = page(COORDINATOR, report, "en");

			assertThat(page).as("a readable review, not a greyed-out form")
				.doesNotContain("id=\"report-form\"")
				.doesNotContain("disabled")
				.contains("class=\"review-values\"");
			String nrw = page.substring(page.indexOf("id=\"review-" + NRW + "\""));
			nrw = nrw.substring(0, nrw.indexOf("</tr>"));
			assertThat(nrw).contains("31.5 %")
				.contains("<td class=\"number review-context\">40 %</td>")
				.contains("<td class=\"number review-context\">25 %</td>")
				.contains("38 % (2024)")
				.contains("−6.5 % (better)");
			String connections = page.substring(page.indexOf("id=\"review-" + CONNECTIONS + "\""));
			connections = connections.substring(0, connections.indexOf("</tr>"));
			assertThat(connections).contains("82,000 connections (2024)").contains("−1,000 connections (worse)");
			assertThat(page).contains("Two district meter areas set up");
		}

		@Test
		void thePageSaysWhoSubmittedAndWhenInTheReadersLanguageAndOffersTheReviewOnlyToReviewers() throws Exception {
			String report = submitted();

			String english = page(COORDINATOR, report, "en");
			String french = page(COORDINATOR, report, "fr");
			String writer = page(UTILITY, report, "en");

			assertThat(english).contains("Submitted by Demo Utility Staff (MWAUWASA) (staff.mwauwasa@example.org) on ")
				.contains("id=\"approve-report\"")
				.contains("id=\"return-report\"")
				.contains("id=\"review-comment\"");
			assertThat(french).contains("Soumis par Demo Utility Staff (MWAUWASA) (staff.mwauwasa@example.org) le ")
				.contains("(mieux)");
			assertThat(writer).doesNotContain("id=\"approve-report\"").doesNotContain("id=\"return-report\"");
		}

		@Test
		void theReturnCommentStandsAtTheTopOfTheReportForItsWriters() throws Exception {
			String report = submitted();
			as(COORDINATOR, report + "/return", "en", "version", Long.toString(version(report)), "comment",
					"Please give the figure of the December water balance");

			String page = page(UTILITY, report, "en");

			assertThat(page).contains("id=\"return-notice\"")
				.contains("This report was returned for changes")
				.contains("Returned by Demo Coordinator (WOP-Africa) on ")
				.contains("Please give the figure of the December water balance");
			assertThat(page.indexOf("id=\"return-notice\"")).as("above the form")
				.isLessThan(page.indexOf("id=\"report-form\""));
			String nrw = page.substring(page.indexOf("id=\"value-" + NRW + "\"") - 1500,
					page.indexOf("id=\"value-" + NRW + "\""));
			assertThat(nrw).as("the writer sees the context too")
				.contains("class=\"review-context\"")
				.contains("last approved: 38 % (2024)")
				.contains("change since: −6.5 % (better)");
		}

	}

	@Nested
	class OneForm {

		@Test
		void anEvidenceFileIsAddedWithTheNarrativeTypedInTheSameSubmission() throws Exception {
			String report = as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();

			MvcResult saved = mvc
				.perform(save(report, "water-balance.pdf", EvidenceAndValuesTests.pdf()).param("version", "0")
					.param("achievements", "Water balance of the network drawn up")
					.param("values[" + NRW + "]", "33"))
				.andReturn();

			assertThat(saved.getResponse().getStatus()).isEqualTo(302);
			assertThat(saved.getFlashMap().get("flash")).isEqualTo("report.savedWithEvidence");
			assertThat(jdbc.sql("select achievements from progress_report where id = ?")
				.param(id(report))
				.query(String.class)
				.single()).isEqualTo("Water balance of the network drawn up");
			assertThat(jdbc.sql("select file_name from report_evidence where report_id = ?")
				.param(id(report))
				.query(String.class)
				.list()).containsExactly("water-balance.pdf");
			assertThat(page(UTILITY, report, "en")).contains("id=\"report-form\"")
				.contains("enctype=\"multipart/form-data\"")
				.contains("id=\"evidence-file\"")
				.contains("water-balance.pdf");
		}

		@Test
		void aBadFileIsRefusedNextToTheFileFieldAndWhatWasTypedIsKept() throws Exception {
			String report = as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0 };

			MvcResult refused = mvc
				.perform(save(report, "photo.pdf", png).param("version", "0")
					.param("achievements", "Typed but not yet saved")
					.param("values[" + NRW + "]", "33"))
				.andReturn();

			String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused.getResponse().getStatus()).isEqualTo(400);
			assertThat(page).contains("Typed but not yet saved").contains("value=\"33\"");
			String field = page.substring(page.indexOf("<label for=\"evidence-file\""),
					page.indexOf("id=\"evidence-file\" name=\"file\""));
			assertThat(field).contains("id=\"evidence-file-error\"")
				.contains("This file is not a PDF, an image or an office document");
			assertThat(jdbc.sql("select achievements from progress_report where id = ?")
				.param(id(report))
				.query(String.class)
				.optional()
				.orElse(null)).as("nothing saved of a refused submission").isNull();
			assertThat(jdbc.sql("select count(*) from report_evidence").query(Long.class).single()).isZero();
		}

	}

	@Nested
	class SubmitWithWhatWasTyped {

		@Test
		void submitForReviewSavesWhatWasTypedAndSubmitsIt() throws Exception {
			String report = as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();

			MvcResult submitted = as(UTILITY, report, "en", "version", "0", "andSubmit", "true", "health", "ON_TRACK",
					"healthReason", "Typed and submitted at once", "values[" + NRW + "]", "33");

			assertThat(submitted.getFlashMap().get("flash")).isEqualTo("report.submitted");
			assertThat(jdbc.sql("select status || ' ' || health_reason from progress_report where id = ?")
				.param(id(report))
				.query(String.class)
				.single()).isEqualTo("SUBMITTED Typed and submitted at once");
			assertThat(page(UTILITY, report, "en")).contains("Submitted for review").contains("33");
		}

		@Test
		void aRefusedSubmissionKeepsWhatWasTypedAndSavesNothing() throws Exception {
			String report = as(UTILITY, REPORTS, "en", "period", "2025").getResponse().getRedirectedUrl();

			// No health: a report cannot be submitted without it.
			MvcResult refused = as(UTILITY, report, "en", "version", "0", "andSubmit", "true", "achievements",
					"Typed before submitting", "values[" + NRW + "]", "33");

			String page = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused.getResponse().getStatus()).isEqualTo(400);
			assertThat(page).contains("Typed before submitting").contains("value=\"33\"");
			assertThat(jdbc.sql("select status || ' ' || coalesce(achievements, '-') from progress_report where id = ?")
				.param(id(report))
				.query(String.class)
				.single()).as("nothing saved of a refused submission").isEqualTo("DRAFT -");
		}

	}

	@Nested
	class Statements {

		@Test
		void theReportPageCostsTheSameWithFortyMoreIndicatorsForTheWriterAndTheReviewer() throws Exception {
			String report = submitted();
			String draft = as(UTILITY, REPORTS, "en", "period", "2026").getResponse().getRedirectedUrl();
			long smallReview = statements(COORDINATOR, report);
			long smallDraft = statements(UTILITY, draft);

			jdbc.sql("""
					insert into indicator (id, partnership_id, name, unit, better_direction, baseline_value,
					    target_value, frequency)
					select 801000 + n, 2, 'Load indicator ' || n, 'm3', 'HIGHER', n, 2 * n, 'YEARLY'
					from generate_series(1, 40) n""").update();
			jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value)"
					+ " select 801000 + n, 800110, 801000 + n, n from generate_series(1, 40) n")
				.update();
			jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value)"
					+ " select 801100 + n, ?, 801000 + n, n + 1 from generate_series(1, 40) n")
				.param(id(report))
				.update();

			assertThat(statements(COORDINATOR, report)).isEqualTo(smallReview);
			assertThat(statements(UTILITY, draft)).isEqualTo(smallDraft);
			assertThat(smallReview).isBetween(1L, 40L);
			assertThat(page(COORDINATOR, report, "en")).contains("Load indicator 40").contains("+1 m3 (better)");
		}

		private long statements(SignedInUser who, String path) throws Exception {
			mvc.perform(get(path).with(user(who))).andReturn();
			return JdbcStatements.countDuring(() -> mvc.perform(get(path).with(user(who))).andReturn());
		}

	}

}
