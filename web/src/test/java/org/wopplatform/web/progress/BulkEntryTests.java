package org.wopplatform.web.progress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.reporting.table.TableFormat;
import org.wopplatform.reporting.table.Tables;
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
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.OTHER_COORDINATOR;

/**
 * Bulk entry by a coordinator: the template lists their region's indicators; an upload
 * with bad rows imports nothing and names every bad row and column; a good one imports
 * the values as drafts, from CSV (in the interface's number format) or XLSX.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BulkEntryTests {

	private static final String HEADER = "partnership_id,reference_code,partnership,indicator_id,indicator,unit,period,value,comment\n";

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

	private MvcResult upload(SignedInUser who, String language, String name, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/work/bulk").file(new MockMultipartFile("file", name, null, content))
				.with(user(who))
				.with(csrf())
				.header("Accept-Language", language))
			.andReturn();
	}

	private long values() {
		return jdbc.sql("select count(*) from indicator_value").query(Long.class).single();
	}

	private static String row(long indicator, String period, String value, String comment) {
		return "2,WWX-VEI-MWAUWASA,MWAUWASA," + indicator + ",name,%," + period + "," + value + "," + comment + "\n";
	}

	@Test
	void aFileOfAFewBytesIsUnreadableNotAServerError() throws Exception {
		MvcResult result = upload(COORDINATOR, "en", "values.csv", new byte[] { 'a', ',', 'b' });

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Nothing was imported")
			.contains("This column of the template is missing.");
	}

	@Test
	void aFileLongerThanTheLimitIsRefusedSayingTheLimitAndNothingIsImported() throws Exception {
		StringBuilder csv = new StringBuilder("indicator_id,period,value\n");
		for (int row = 0; row < Tables.MAX_ROWS; row++) {
			csv.append(NRW).append(",2024,31.5\n");
		}
		long before = values();

		MvcResult result = upload(COORDINATOR, "en", "values.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Nothing was imported: the file itself has a problem.")
			.contains("more than 20,000 rows")
			.doesNotContain("0 rows have problems")
			.doesNotContain("cannot be read");
		assertThat(values()).isEqualTo(before);
	}

	@Test
	void aCommentWithAControlCharacterIsARowProblemNotAServerError() throws Exception {
		long before = values();

		MvcResult result = upload(COORDINATOR, "fr", "values.csv",
				("indicator_id,period,value,comment\n" + NRW + ",2024,31.5,fuite\u0000r\u00e9par\u00e9e")
					.getBytes(StandardCharsets.UTF_8));

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("caractères de contrôle invisibles");
		assertThat(values()).isEqualTo(before);
	}

	@Test
	void theTemplateListsTheRegionsIndicatorsOnly() throws Exception {
		MvcResult csv = mvc.perform(get("/work/bulk/template?year=2025&format=csv").with(user(COORDINATOR)))
			.andReturn();
		MvcResult asia = mvc.perform(get("/work/bulk/template?year=2025&format=csv").with(user(OTHER_COORDINATOR)))
			.andReturn();
		MvcResult xlsx = mvc.perform(get("/work/bulk/template?year=2025&format=xlsx").with(user(COORDINATOR)))
			.andReturn();

		String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("wop-indicator-values-2025.csv");
		assertThat(text).startsWith("\uFEFF" + HEADER.strip())
			.contains("," + NRW + ",Non-revenue water,%,2025,,")
			.contains("," + CONNECTIONS + ",Total number of connections,connections,2025,,");
		assertThat(asia.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("," + NRW + ",");
		List<Tables.ReadRow> sheet = Tables.read(xlsx.getResponse().getContentAsByteArray());
		assertThat(sheet.get(0).cell(3).text()).isEqualTo("indicator_id");
		assertThat(sheet.stream().map(r -> r.cell(3).text())).contains(Long.toString(NRW), Long.toString(CONNECTIONS));
	}

	@Test
	void aFileWithThreeBadRowsImportsNothingAndNamesTheThreeRows() throws Exception {
		String file = HEADER + row(NRW, "2025", "31.5", "after leak campaign") // row 2:
																				// fine
				+ row(CONNECTIONS, "2025", "many", "") // row 3: not a number
				+ row(NRW, "2025-H1", "30", "") // row 4: NRW reported yearly
				+ row(CONNECTIONS, "2025", "84000", "") // row 5: fine
				+ row(999_999, "2025", "12", ""); // row 6: unknown indicator
		long before = values();

		MvcResult refused = upload(COORDINATOR, "en", "values.csv", file.getBytes(StandardCharsets.UTF_8));
		String page = refused.getResponse().getContentAsString();

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(values()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from progress_report where partnership_id = 2").query(Long.class).single())
			.isZero();
		assertThat(page).contains("Nothing was imported: 3 rows have problems.");
		assertThat(problems(page)).containsExactly("3 | value | Not a number, e.g. 31.5.",
				"4 | period | This partnership does not report for such periods (yearly or half-yearly).",
				"6 | indicator_id | No such indicator among the partnerships under way in your scope.");
	}

	/** The problems table as "row | column | problem" lines. */
	private static List<String> problems(String page) {
		List<String> lines = new ArrayList<>();
		String table = page.substring(page.indexOf("<table class=\"problems\">"));
		table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
		for (String tr : table.split("<tr>")) {
			if (!tr.contains("<td")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (String td : tr.split("<td")) {
				if (td.contains("</td>")) {
					cells.add(td.substring(td.indexOf('>') + 1, td.indexOf("</td>")).strip());
				}
			}
			lines.add(String.join(" | ", cells));
		}
		return lines;
	}

	@Test
	void aGoodCsvInFrenchImportsItsValuesAsDrafts() throws Exception {
		String file = HEADER.replace(',', ';')
				+ row(NRW, "2025", "\"31,5\"", "après la campagne").replace(',', ';').replace("\"31;5\"", "31,5");

		MvcResult imported = upload(COORDINATOR, "fr", "valeurs.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/work/bulk");
		assertThat(jdbc.sql("""
				select r.status || ' ' || r.period_year || ' ' || v.value || ' ' || v.comment
				from indicator_value v join progress_report r on r.id = v.report_id where v.indicator_id = ?""")
			.param(NRW)
			.query(String.class)
			.single()).isEqualTo("DRAFT 2025 31.5000 après la campagne");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'BULK_IMPORT'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aFilledXlsxTemplateImportsAndASubmittedReportIsNotOverwritten() throws Exception {
		byte[] template = mvc.perform(get("/work/bulk/template?year=2025&format=xlsx").with(user(COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<Object>> rows = new ArrayList<>();
		for (Tables.ReadRow row : Tables.read(template).subList(1, Tables.read(template).size())) {
			if (row.cell(3).text().equals(Long.toString(CONNECTIONS))) {
				rows.add(List.of(2, "WWX-VEI-MWAUWASA", "MWAUWASA", CONNECTIONS, "Connections", "connections", "2025",
						new java.math.BigDecimal("86000"), ""));
			}
		}
		ByteArrayOutputStream filled = new ByteArrayOutputStream();
		Tables.write(TableFormat.XLSX, "Values", List.of(HEADER.strip().split(",")), rows, filled);

		assertThat(upload(COORDINATOR, "en", "filled.xlsx", filled.toByteArray()).getResponse().getRedirectedUrl())
			.isEqualTo("/work/bulk");
		assertThat(jdbc.sql("select value from indicator_value where indicator_id = ?")
			.param(CONNECTIONS)
			.query(String.class)
			.single()).isEqualTo("86000.0000");

		jdbc.sql("update progress_report set status = 'SUBMITTED', health = 'ON_TRACK', health_reason = 'x',"
				+ " submitted_by = 4 where partnership_id = 2")
			.update();
		MvcResult locked = upload(COORDINATOR, "en", "again.xlsx", filled.toByteArray());
		assertThat(locked.getResponse().getContentAsString())
			.contains("The report for this period is already submitted or approved");
		assertThat(mvc.perform(get("/work/bulk/template?year=2025&format=csv").with(user(COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("a submitted period leaves the template").doesNotContain("," + CONNECTIONS + ",");
	}

	@Test
	void aFileThatIsNotATableIsRefusedClearly() throws Exception {
		MvcResult refused = upload(COORDINATOR, "es", "photo.csv", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
				(byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', (byte) 0xC3, 0x28 });

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("No se puede leer este archivo");
	}

}
