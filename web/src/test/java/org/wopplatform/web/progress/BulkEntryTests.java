package org.wopplatform.web.progress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.account.Role;
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
import static org.wopplatform.web.progress.ProgressFixture.OTHER_UTILITY;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

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

	/** A capacity dimension of the fixture's partnership (2: VEI mentors MWAUWASA). */
	private static final long FOCUS = 800_201;

	/** A capacity dimension of another partnership of the same region (3). */
	private static final long OTHER_FOCUS = 800_202;

	private static final String CAPACITY_HEADER = "partnership_id,indicator_id,period,value,focus_id,side,stage,degree,"
			+ "contribution,obstacle_categories,obstacles,factor_categories,factors,explanation,evidence\n";

	/** Staff of VEI, the mentor side of partnership 2 (a demo account). */
	private static final SignedInUser VEI_STAFF = new SignedInUser(5, "staff.vei@example.org", "VEI staff", null,
			Role.UTILITY_STAFF, null, 1L, true, false);

	@BeforeEach
	void fixture() {
		ProgressFixture.create(jdbc);
		jdbc.sql("""
				insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)
				values (?, 2, 'NRW', 'TF_LEADERSHIP', 1), (?, 3, 'NRW', 'TA_SYSTEMS', 2)""")
			.params(FOCUS, OTHER_FOCUS)
			.update();
	}

	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
		jdbc.sql("delete from capacity_focus where id in (?, ?)").params(FOCUS, OTHER_FOCUS).update();
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

	private List<String> assessments() {
		return jdbc.sql("""
				select a.focus_id || ' ' || a.side || ' ' || a.stage || ' ' || a.degree || ' ' || a.contribution || ' '
				    || coalesce(a.obstacle_categories, '-') || ' ' || coalesce(a.factor_categories, '-') || ' '
				    || a.assessed_by || ' ' || r.status || ' ' || r.period_year
				from report_capacity_assessment a join progress_report r on r.id = a.report_id
				where a.focus_id in (?, ?) order by a.side""").params(FOCUS, OTHER_FOCUS).query(String.class).list();
	}

	/** The template's rows of a capacity dimension, as "period side" pairs. */
	private List<String> templateRowsOf(SignedInUser who, long focus) throws Exception {
		byte[] template = mvc.perform(get("/work/bulk/template?year=2025&format=xlsx").with(user(who)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Tables.ReadRow> sheet = Tables.read(template);
		int focusColumn = -1;
		int sideColumn = -1;
		for (int c = 0; c < sheet.get(0).cells().size(); c++) {
			focusColumn = sheet.get(0).cell(c).text().equals("focus_id") ? c : focusColumn;
			sideColumn = sheet.get(0).cell(c).text().equals("side") ? c : sideColumn;
		}
		List<String> rows = new ArrayList<>();
		for (Tables.ReadRow row : sheet.subList(1, sheet.size())) {
			if (row.cell(focusColumn).text().equals(Long.toString(focus))) {
				rows.add(row.cell(6).text() + " " + row.cell(sideColumn).text());
			}
		}
		return rows;
	}

	@Test
	void theTemplateListsCapacityDimensionsOneRowPerSideForCoordinatorsTheirOwnSideForUtilityStaff() throws Exception {
		String csv = mvc.perform(get("/work/bulk/template?year=2025&format=csv").with(user(COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",comment,focus_id,working_area,dimension,"
				+ "baseline_stage,side,stage,degree,contribution,obstacle_categories,obstacles,factor_categories,"
				+ "factors,explanation,evidence");
		assertThat(csv)
			.contains("," + FOCUS + ",Non-Revenue Water (NRW 1): Commercial Losses Management,Leadership,1,MENTOR,");
		assertThat(templateRowsOf(COORDINATOR, FOCUS)).containsExactly("2025 MENTOR", "2025 MENTEE");
		assertThat(templateRowsOf(COORDINATOR, OTHER_FOCUS)).containsExactly("2025 MENTOR", "2025 MENTEE");
		assertThat(templateRowsOf(UTILITY, FOCUS)).containsExactly("2025 MENTEE");
		assertThat(templateRowsOf(VEI_STAFF, FOCUS)).containsExactly("2025 MENTOR");
		assertThat(templateRowsOf(UTILITY, OTHER_FOCUS)).as("not MWAUWASA's partnership").isEmpty();
		assertThat(templateRowsOf(OTHER_COORDINATOR, FOCUS)).as("another region").isEmpty();
	}

	@Test
	void aCoordinatorEntersEachSidesAssessmentWithIndicatorValuesIntoOneAuditedDraft() throws Exception {
		String file = HEADER.strip() + ",focus_id,side,stage,degree,contribution,obstacle_categories,obstacles,"
				+ "factor_categories,factors,explanation,evidence\n" + row(NRW, "2025", "31.5", "").strip()
				+ ",,,,,,,,,,,\n" + "2,,,,,,2025,,," + FOCUS
				+ ",MENTEE,2,+1,2,\"internal, wop-related\",Few vehicles,,,Routine drafted,https://example.org/e\n"
				+ "2,,,,,,2025,,," + FOCUS + ",mentor,2,1,1,,,EXTERNAL,Tariff reform,,\n";

		MvcResult imported = upload(COORDINATOR, "en", "values.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(imported.getResponse().getRedirectedUrl()).isEqualTo("/work/bulk");
		assertThat(imported.getFlashMap().get("imported")).isEqualTo(new BulkEntry.Imported(1, 2, 1));
		assertThat(assessments()).containsExactly(
				FOCUS + " MENTEE 2 1 2 INTERNAL,WOP_RELATED - " + COORDINATOR.id() + " DRAFT 2025",
				FOCUS + " MENTOR 2 1 1 - EXTERNAL " + COORDINATOR.id() + " DRAFT 2025");
		String audit = jdbc.sql("select changes from audit_event where action = 'BULK_IMPORT' and actor_id = ?")
			.param(COORDINATOR.id())
			.query(String.class)
			.single();
		assertThat(audit).contains("capacity " + FOCUS + " MENTEE")
			.contains("capacity " + FOCUS + " MENTOR")
			.contains("Routine drafted")
			.contains("indicator " + NRW);
		String page = mvc.perform(get("/work/bulk").with(user(COORDINATOR)).cookie(imported.getResponse().getCookies()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("1 values and 2 capacity assessments imported into 1 draft reports.");
	}

	@Test
	void utilityStaffAssessForTheSideTheirUtilityStandsOnOnly() throws Exception {
		String mentee = CAPACITY_HEADER + "2,,2025,," + FOCUS + ",,3,1,1,,,,,,\n";
		String mentor = CAPACITY_HEADER + "2,,2025,," + FOCUS + ",MENTOR,2,0,1,,,,,,\n";

		assertThat(upload(UTILITY, "en", "mine.csv", mentee.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getRedirectedUrl()).isEqualTo("/work/bulk");
		MvcResult notMine = upload(UTILITY, "en", "theirs.csv", mentor.getBytes(StandardCharsets.UTF_8));
		assertThat(upload(VEI_STAFF, "en", "vei.csv", mentor.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getRedirectedUrl()).isEqualTo("/work/bulk");
		MvcResult stranger = upload(OTHER_UTILITY, "en", "other.csv", mentee.getBytes(StandardCharsets.UTF_8));

		assertThat(notMine.getResponse().getStatus()).isEqualTo(400);
		assertThat(problems(notMine.getResponse().getContentAsString())).containsExactly(
				"2 | side | Your utility stands on the other side of this partnership: you can assess only for your own side.");
		assertThat(problems(stranger.getResponse().getContentAsString())).containsExactly(
				"2 | focus_id | No such capacity dimension among the partnerships under way in your scope.");
		assertThat(assessments()).containsExactly(FOCUS + " MENTEE 3 1 1 - - " + UTILITY.id() + " DRAFT 2025",
				FOCUS + " MENTOR 2 0 1 - - " + VEI_STAFF.id() + " DRAFT 2025");
	}

	@Test
	void badCapacityRowsImportNothingAndEachProblemIsNamedByRowAndColumn() throws Exception {
		String file = CAPACITY_HEADER + "2,,2025,," + FOCUS + ",MENTEE,2,1,1,,,,,,\n" // row
																						// 2:
																						// fine
				+ "2,,2025,," + FOCUS + ",MENTOR,5,3,many,,,,,,\n" // row 3: out of range
				+ "2,,2025,," + FOCUS + ",MENTOR,2,1,1,\"INTERNAL, POLITICAL\",,,,,\n" // row
																						// 4
				+ "2,,2025,," + FOCUS + ",,2,1,1,,,,,,\n" // row 5: no side
				+ "2,,2025,," + OTHER_FOCUS + ",MENTEE,2,1,1,,,,,,\n" // row 6: another
																		// partnership's
				+ "2,,2025,,999999,MENTEE,2,1,1,,,,,,\n" // row 7: no such dimension
				+ "2,,2025,," + FOCUS + ",AGREED,2,1,1,,,,,,\n" // row 8: not a side
				+ "2,,2025-H1,," + FOCUS + ",MENTOR,2,1,,,,,,,\n" // row 9
				+ "2,,2025,," + FOCUS + ",MENTEE,3,1,1,,,,,,\n"; // row 10: again

		MvcResult refused = upload(COORDINATOR, "en", "capacity.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(assessments()).isEmpty();
		assertThat(jdbc.sql("select count(*) from progress_report where partnership_id = 2").query(Long.class).single())
			.isZero();
		assertThat(problems(refused.getResponse().getContentAsString())).containsExactly(
				"3 | stage | Give a stage from 1 to 4.", "3 | degree | Give a degree of change from -2 to +2.",
				"3 | contribution | Give a contribution of the WOP from 0 to 2.",
				"4 | obstacle_categories | Use the categories INTERNAL, EXTERNAL or WOP_RELATED, separated by commas.",
				"5 | side | Say which side this assessment is for: MENTOR or MENTEE.",
				"6 | focus_id | This capacity dimension belongs to another partnership than the one on this row.",
				"7 | focus_id | No such capacity dimension among the partnerships under way in your scope.",
				"8 | side | Not a side: write MENTOR or MENTEE (the value both sides agree on is recorded in review).",
				"9 | period | This partnership does not report for such periods (yearly or half-yearly).",
				"9 | contribution | Give a contribution of the WOP from 0 to 2.",
				"10 | focus_id | This dimension, period and side appear on an earlier row already.");
	}

	@Test
	void capacityProblemsAreSaidInTheReadersLanguage() throws Exception {
		String file = CAPACITY_HEADER.replace(',', ';') + "2;;2025;;" + FOCUS + ";MENTEE;7;1;1;;;;;;\n";

		MvcResult french = upload(COORDINATOR, "fr", "capacite.csv", file.getBytes(StandardCharsets.UTF_8));
		MvcResult spanish = upload(COORDINATOR, "es", "capacidad.csv", file.getBytes(StandardCharsets.UTF_8));

		assertThat(problems(french.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.containsExactly("2 | stage | Indiquez une étape de 1 à 4.");
		assertThat(problems(spanish.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.containsExactly("2 | stage | Indique una etapa de 1 a 4.");
	}

	@Test
	void aSubmittedReportsCapacityAssessmentsAreNotOverwritten() throws Exception {
		String file = CAPACITY_HEADER + "2,,2025,," + FOCUS + ",MENTEE,2,1,1,,,,,,\n";
		assertThat(upload(COORDINATOR, "en", "first.csv", file.getBytes(StandardCharsets.UTF_8)).getResponse()
			.getRedirectedUrl()).isEqualTo("/work/bulk");
		jdbc.sql("update progress_report set status = 'SUBMITTED', health = 'ON_TRACK', health_reason = 'x',"
				+ " submitted_by = 4 where partnership_id = 2")
			.update();

		MvcResult locked = upload(COORDINATOR, "en", "again.csv",
				file.replace(",2,1,1,", ",4,2,2,").getBytes(StandardCharsets.UTF_8));

		assertThat(problems(locked.getResponse().getContentAsString())).containsExactly(
				"2 | period | The report for this period is already submitted or approved: its values cannot change here.");
		assertThat(assessments()).containsExactly(FOCUS + " MENTEE 2 1 1 - - " + COORDINATOR.id() + " SUBMITTED 2025");
		assertThat(templateRowsOf(COORDINATOR, FOCUS)).isEmpty();
	}

	@Test
	void aFileThatIsNotATableIsRefusedClearly() throws Exception {
		MvcResult refused = upload(COORDINATOR, "es", "photo.csv", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
				(byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', (byte) 0xC3, 0x28 });

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("No se puede leer este archivo");
	}

}
