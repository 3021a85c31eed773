package org.wopplatform.web.progress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.wopplatform.web.progress.ProgressFixture.CONNECTIONS;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.DELIVERABLE;
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.OTHER_COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.OTHER_UTILITY;
import static org.wopplatform.web.progress.ProgressFixture.REPORTS;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * What goes into a report besides the workflow: evidence files (checked by content and
 * size, downloadable only by the report's readers), numbers in the reader's language,
 * percentages kept within 0–100, warnings for implausible jumps, deliverable statuses
 * that count once approved, and the report's history.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceAndValuesTests {

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

	private String start(String period) throws Exception {
		String location = as(UTILITY, REPORTS, "en", "period", period).getResponse().getRedirectedUrl();
		assertThat(location).startsWith(REPORTS + "/");
		return location;
	}

	private long version(String reportPath) {
		return jdbc.sql("select version from progress_report where id = ?")
			.param(Long.valueOf(reportPath.substring(reportPath.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single();
	}

	private MvcResult upload(SignedInUser who, String reportPath, String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart(reportPath + "/evidence").file(new MockMultipartFile("file", name, null, content))
				.with(user(who))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andReturn();
	}

	private long evidenceCount() {
		return jdbc.sql("select count(*) from report_evidence").query(Long.class).single();
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] docx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	@Test
	void evidenceIsKeptDownloadableByTheReportsReadersOnly() throws Exception {
		String report = start("2025");

		assertThat(upload(UTILITY, report, "water-balance.pdf", pdf()).getResponse().getRedirectedUrl())
			.isEqualTo(report + "#evidence");
		assertThat(upload(UTILITY, report, "training attendance.docx", docx()).getResponse().getStatus())
			.isEqualTo(302);
		long pdfId = jdbc.sql("select id from report_evidence where file_name = 'water-balance.pdf'")
			.query(Long.class)
			.single();
		String download = report + "/evidence/" + pdfId;

		MvcResult own = mvc.perform(get(download).with(user(COORDINATOR))).andReturn();
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		assertThat(own.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(own.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("water-balance.pdf");
		assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(pdf());
		assertThat(mvc.perform(get(report).with(user(UTILITY))).andReturn().getResponse().getContentAsString())
			.contains("water-balance.pdf")
			.contains("training attendance.docx");

		assertThat(mvc.perform(get(download).with(user(OTHER_UTILITY))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(download).with(user(OTHER_COORDINATOR))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(download)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(get(REPORTS + "/999999/evidence/" + pdfId).with(user(COORDINATOR)))
			.andReturn()
			.getResponse()
			.getStatus()).as("a file is reached only through its own report").isEqualTo(404);
		assertThat(
				jdbc.sql("select count(*) from audit_event where action = 'EVIDENCE_ADDED'").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void evidenceOfTheWrongTypeOrTooLargeIsRefusedWithAClearMessage() throws Exception {
		String report = start("2025");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0 };
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		byte[] large = Arrays.copyOf(pdf(), 5 * 1024 * 1024 + 1);

		MvcResult renamed = upload(UTILITY, report, "photo.pdf", png);
		MvcResult html = upload(UTILITY, report, "report.pdf", script);
		MvcResult executable = upload(UTILITY, report, "tool.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.UTF_8));
		MvcResult tooLarge = upload(UTILITY, report, "scan.pdf", large);

		for (MvcResult wrong : new MvcResult[] { renamed, html, executable }) {
			assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
			assertThat(wrong.getResponse().getContentAsString())
				.contains("This file is not a PDF, an image or an office document");
		}
		assertThat(tooLarge.getResponse().getStatus()).isEqualTo(400);
		assertThat(tooLarge.getResponse().getContentAsString()).contains("This file is too large: the limit is 5 MB.");
		assertThat(evidenceCount()).isZero();
		assertThat(upload(UTILITY, report, "photo.png", png).getResponse().getStatus())
			.as("the same image under its own name is fine")
			.isEqualTo(302);
	}

	@Test
	void evidenceOfASubmittedReportCannotChange() throws Exception {
		String report = start("2025");
		upload(UTILITY, report, "plan.pdf", pdf());
		as(UTILITY, report, "en", "version", "0", "health", "ON_TRACK", "healthReason", "On plan");
		as(UTILITY, report + "/submit", "en", "version", Long.toString(version(report)));
		long id = jdbc.sql("select id from report_evidence").query(Long.class).single();

		assertThat(upload(UTILITY, report, "late.pdf", pdf()).getResponse().getContentAsString())
			.contains("This report cannot be changed now");
		as(UTILITY, report + "/evidence/" + id + "/remove", "en");

		assertThat(evidenceCount()).isEqualTo(1);
		assertThat(upload(OTHER_UTILITY, report, "intruder.pdf", pdf()).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void numbersAreReadInTheReadersLanguageAndPercentagesStayWithin0To100() throws Exception {
		String report = start("2025");

		MvcResult spanish = as(UTILITY, report, "es", "version", "0", "values[" + NRW + "]", "31,5",
				"values[" + CONNECTIONS + "]", "85.000,5");
		assertThat(spanish.getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ?")
			.param(NRW)
			.query(String.class)
			.single()).isEqualTo("31.5000");
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ?")
			.param(CONNECTIONS)
			.query(String.class)
			.single()).isEqualTo("85000.5000");

		MvcResult tooHigh = as(UTILITY, report, "fr", "version", Long.toString(version(report)), "values[" + NRW + "]",
				"120", "values[" + CONNECTIONS + "]", "deux");
		String page = tooHigh.getResponse().getContentAsString();
		assertThat(tooHigh.getResponse().getStatus()).isEqualTo(400);
		assertThat(page).contains("Un pourcentage est compris entre 0 et 100.")
			.contains("Ce n’est pas un nombre")
			.as("what was typed is kept")
			.contains("value=\"120\"")
			.contains("value=\"deux\"");
		assertThat(page).contains("<span class=\"unit\">%</span>").contains("<span class=\"unit\">connections</span>");
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ?")
			.param(NRW)
			.query(String.class)
			.single()).as("nothing of the refused save is kept").isEqualTo("31.5000");
	}

	@Test
	void aValueFarFromTheLastApprovedOneIsSavedWithAWarning() throws Exception {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (800110, 2, 2024, 0, 1, 'APPROVED', 'ON_TRACK', 'x', 4, 2)""").update();
		jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value) values (800111, 800110, ?, 38),"
				+ " (800112, 800110, ?, 82000)")
			.params(NRW, CONNECTIONS)
			.update();
		String report = start("2025");

		MvcResult saved = as(UTILITY, report, "en", "version", "0", "values[" + NRW + "]", "8",
				"values[" + CONNECTIONS + "]", "84000");
		String page = mvc.perform(get(report).with(user(UTILITY)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(page).contains("id=\"value-" + NRW + "-warning\"")
			.doesNotContain("id=\"value-" + CONNECTIONS + "-warning\"")
			.contains("Please check this value: it differs a lot from the last approved one.");
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ? and report_id <> 800110")
			.param(NRW)
			.query(String.class)
			.single()).isEqualTo("8.0000");
	}

	@Test
	void deliverableStatusesCountOnceTheReportIsApprovedAndTheHistoryShowsEachStep() throws Exception {
		String report = start("2025");
		as(UTILITY, report, "en", "version", "0", "health", "ON_TRACK", "healthReason", "On plan",
				"deliverables[" + DELIVERABLE + "]", "ACHIEVED");
		as(UTILITY, report + "/submit", "en", "version", Long.toString(version(report)));
		assertThat(
				jdbc.sql("select status from deliverable where id = ?").param(DELIVERABLE).query(String.class).single())
			.as("not before approval")
			.isEqualTo("NOT_REPORTED");

		as(COORDINATOR, report + "/approve", "en", "version", Long.toString(version(report)));

		assertThat(
				jdbc.sql("select status from deliverable where id = ?").param(DELIVERABLE).query(String.class).single())
			.isEqualTo("ACHIEVED");
		String history = mvc.perform(get(report + "/history").with(user(UTILITY)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(history).contains("Created")
			.contains("Updated")
			.contains("Submitted")
			.contains("Approved")
			.contains("Deliverable #" + DELIVERABLE)
			.contains("Achieved");
		assertThat(
				mvc.perform(get(report + "/history").with(user(OTHER_UTILITY))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void editorsAddOutputsPerWorkingAreaAndTheRecordShowsThem() throws Exception {
		MvcResult blank = as(COORDINATOR, "/partnerships/2/outputs", "fr", "workingArea", "NRW", "title", " ");
		MvcResult unknown = as(COORDINATOR, "/partnerships/2/outputs", "en", "workingArea", "NOPE", "title", "Plan");
		MvcResult added = as(COORDINATOR, "/partnerships/2/outputs", "en", "workingArea", "NRW", "title",
				"A yearly water balance of the Mwanza network");

		assertThat(blank.getFlashMap().get("org.springframework.validation.BindingResult.outputForm")).isNotNull();
		assertThat(unknown.getFlashMap().get("org.springframework.validation.BindingResult.outputForm")).isNotNull();
		assertThat(added.getFlashMap().get("flash")).isEqualTo("partnership.edit.added.output");
		assertThat(added.getFlashMap().get("flashArg")).isEqualTo("A yearly water balance of the Mwanza network");
		assertThat(mvc.perform(get("/partnerships/2").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("A yearly water balance of the Mwanza network")
			.contains("Non-Revenue Water (NRW 1)");
		long id = jdbc.sql("select id from framework_output where partnership_id = 2").query(Long.class).single();
		assertThat(as(UTILITY, "/partnerships/2/outputs/" + id + "/remove", "en").getResponse().getStatus())
			.isEqualTo(403);
		as(COORDINATOR, "/partnerships/2/outputs/" + id + "/remove", "en");
		assertThat(
				jdbc.sql("select count(*) from framework_output where partnership_id = 2").query(Long.class).single())
			.isZero();
		assertThat(jdbc
			.sql("select action from audit_event where entity_type = 'Partnership' and entity_id = 2"
					+ " and action like 'OUTPUT%' order by id")
			.query(String.class)
			.list()).containsExactly("OUTPUT_ADDED", "OUTPUT_REMOVED");
	}

}
