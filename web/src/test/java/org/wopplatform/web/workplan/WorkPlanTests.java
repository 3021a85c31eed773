package org.wopplatform.web.workplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.workplan.BudgetSummary;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A partnership's work plan as its coordinator builds it through the pages, on real
 * PostgreSQL, each request committed: activities inside the partnership's dates, budget
 * lines never negative and never summed across currencies, the budget per contributor,
 * kind and year equal to an independent SQL sum, late activities marked, every change
 * audited, a stale form refused, and the page's statements constant as the plan grows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class WorkPlanTests {

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	/** VEI (1) mentoring MWAUWASA (5) in WOP-Africa, planned 2019 to 2022, published. */
	static final long FIXTURE = 940_001;

	static final String PLAN = "/partnerships/" + FIXTURE + "/work-plan";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WorkPlanEditing editing;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published,
						  planned_start, planned_start_precision, planned_end, planned_end_precision, budget_amount, budget_currency)
						values (?, 'PLAN-FIXTURE', 'WOP', 'Plan fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true,
						  date '2019-01-01', 'YEAR', date '2022-12-01', 'MONTH', 5000, 'EUR')""")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (?, ?, 1, 'LEAD_MENTOR', 0), (?, ?, 5, 'LEAD_MENTEE', 1)")
			.params(FIXTURE, FIXTURE, FIXTURE + 1, FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport' and entity_id in"
				+ " (select id from progress_report where partnership_id = ?)")
			.param(FIXTURE)
			.update();
		// The fixture's activities, removed ones included (their rows are gone).
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id not in"
				+ " (select id from activity where partnership_id <> ?)")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	private MvcResult send(SignedInUser who, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf()).header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).with(user(COORDINATOR)).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long addActivity(String title, String start, String end) throws Exception {
		MvcResult result = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title", title, "plannedStart",
				start, "plannedEnd", end, "mentorResponsible", "J. Mentor", "menteeResponsible", "A. Mentee");
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
		return jdbc.sql("select id from activity where partnership_id = ? and title = ?")
			.params(FIXTURE, title)
			.query(Long.class)
			.single();
	}

	private long version(long activity) {
		return jdbc.sql("select version from activity where id = ?").param(activity).query(Long.class).single();
	}

	private MvcResult addLine(long activity, String contributor, String kind, String amount, String currency,
			String year) throws Exception {
		return send(COORDINATOR, PLAN + "/activities/" + activity + "/budget", "version",
				Long.toString(version(activity)), "contributorId", contributor, "kind", kind, "amount", amount,
				"currency", currency, "year", year);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	@Test
	void aCoordinatorBuildsAPlanWhoseBudgetIsAddedUpPerCurrencyAsSqlAddsIt() throws Exception {
		long meters = addActivity("Plan fixture activity: meter replacement", "2019-03", "2020");
		long training = addActivity("Plan fixture activity: NRW training", "2020", "2021-06");
		assertThat(addLine(meters, "1", "CASH", "1,500.50", "eur", "2019").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(meters, "5", "IN_KIND", "2000", "EUR", "2020").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "CASH", "3000", "USD", "2021").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "STAFF_DAYS", "12.5", "", "2020").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "CASH", "499.50", "EUR", "2020").getResponse().getStatus()).isEqualTo(302);

		BudgetSummary summary = editing.plan(FIXTURE, new Viewer(COORDINATOR)).budget();
		Map<String, BigDecimal> bySql = jdbc
			.sql("""
					select l.contributor_id || ' ' || l.kind || ' ' || l.budget_year || ' ' || coalesce(l.currency, 'days') k,
					       sum(l.amount) s
					from budget_line l join activity a on a.id = l.activity_id where a.partnership_id = ?
					group by 1""")
			.param(FIXTURE)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(summary.rows()
			.stream()
			.collect(Collectors.toMap(r -> r.contributorId() + " " + r.kind() + " " + r.year() + " " + r.unit(),
					BudgetSummary.Row::amount)))
			.isEqualTo(bySql);
		assertThat(summary.totalByUnit()).containsOnlyKeys("EUR", "USD", "days");
		assertThat(summary.totalByUnit().get("EUR")).isEqualByComparingTo("4000.00");
		assertThat(summary.totalByUnit().get("USD")).isEqualByComparingTo("3000.00");
		assertThat(summary.totalByUnit().get("days")).isEqualByComparingTo("12.50");

		String plan = page(PLAN, "en");
		assertThat(plan).contains("Total in EUR", "EUR 4,000", "Total in USD", "USD 3,000", "12.5 staff-days")
			.as("the stated EUR 5,000 differs from the EUR 4,000 of the lines")
			.contains("Differs: check the record or the plan")
			.contains("<svg")
			.contains("Plan fixture activity: meter replacement");
		assertThat(page(PLAN, "fr")).contains("Total en EUR", "4\u202f000 EUR", "jours-personne");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id in (?, ?)")
			.params(meters, training)
			.query(Long.class)
			.single()).as("2 creations and 5 budget lines, each audited").isEqualTo(7);
	}

	@Test
	void anActivityOutsideThePartnershipsDatesIsRefusedNextToItsEndWithWhatWasTyped() throws Exception {
		MvcResult late = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title",
				"Plan fixture activity: too late", "plannedStart", "2022", "plannedEnd", "2023");
		MvcResult reversed = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title", "", "plannedStart",
				"2021", "plannedEnd", "2020-05");

		assertThat(late.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(late)).contains("id=\"activity-plannedEnd-error\"")
			.contains("inside the partnership")
			.contains("value=\"Plan fixture activity: too late\"");
		assertThat(reversed.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(reversed)).as("title and dates in one round")
			.contains("id=\"activity-title-error\"")
			.contains("id=\"activity-plannedEnd-error\"");
		assertThat(jdbc.sql("select count(*) from activity where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOutputHasAUnitFromTheListOrInWordsAndATargetForYearsOfItsActivity() throws Exception {
		long activity = addActivity("Plan fixture activity: meters", "2019", "2020");
		String outputs = PLAN + "/activities/" + activity + "/outputs";

		MvcResult unnamed = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "OTHER", "unitOther", "", "targets[2019]", "deux");
		assertThat(unnamed.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(unnamed)).as("both problems in one round")
			.contains("Name the unit in words when it is &quot;other&quot;.")
			.contains("id=\"output-target-2019-error\"")
			.contains("value=\"deux\"");
		MvcResult outside = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "CONNECTIONS", "targets[2030]", "5");
		assertThat(outside.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(outside)).contains("Targets are for the years in which the activity runs.");

		MvcResult saved = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "CONNECTIONS", "targets[2019]", "1500", "targets[2020]", "",
				"meansOfVerification", "Meter register", "completion", "2020-06");
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc
			.sql("select o.unit_code || ' ' || o.working_area_code || ' ' || t.target_year || ' ' || t.target"
					+ " from framework_output o join output_target t on t.output_id = o.id where o.activity_id = ?")
			.param(activity)
			.query(String.class)
			.list()).containsExactly("CONNECTIONS NRW 2019 1500.0000");
		assertThat(page(PLAN, "fr")).contains("Meters replaced", "connections", "2019: 1\u202f500", "juin 2020");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?"
					+ " and action = 'OUTPUT_ADDED' and changes like '%Meters replaced%'")
			.param(activity)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aReportSaysWhereEachActivityStandsWhatOutputsReachedAndWhatWasSpentAndOnlyApprovalCountsItToDate()
			throws Exception {
		long activity = addActivity("Plan fixture activity: reported", "2019", "2021");
		addLine(activity, "1", "CASH", "10000", "EUR", "2019");
		long line = jdbc.sql("select id from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		send(COORDINATOR, PLAN + "/activities/" + activity + "/outputs", "version", Long.toString(version(activity)),
				"title", "Staff trained", "unitCode", "PEOPLE", "targets[2019]", "40");
		long output = jdbc.sql("select id from framework_output where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		long report = startReport("2019");
		String path = "/partnerships/" + FIXTURE + "/reports/" + report;

		MvcResult refused = send(COORDINATOR, path, "version", "0", "activityStatus[" + activity + "]", "DONE",
				"activityPercent[" + activity + "]", "80", "spending[" + line + "]", "-5", "factors[0].text",
				"Tariff freeze", "factors[0].kind", "OBSTACLE");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(refused)).as("every problem of the work plan in one round")
			.contains("A done activity is 100 % done.")
			.contains("An amount cannot be negative.")
			.contains("id=\"factor-0-category\"")
			.contains("value=\"Tariff freeze\"");

		MvcResult saved = send(COORDINATOR, path, "version", "0", "health", "ON_TRACK", "healthReason", "On plan",
				"activityStatus[" + activity + "]", "UNDER_WAY", "activityPercent[" + activity + "]", "60",
				"outputValues[" + output + "]", "25", "spending[" + line + "]", "4,000.50", "factors[0].kind",
				"OBSTACLE", "factors[0].category", "EXTERNAL", "factors[0].text", "Tariff freeze");
		assertThat(saved.getResponse().getStatus()).as(body(saved)).isEqualTo(302);
		assertThat(jdbc.sql("select status || ' ' || percent_done from report_activity where report_id = ?")
			.param(report)
			.query(String.class)
			.single()).isEqualTo("UNDER_WAY 60");
		assertThat(jdbc.sql("select category || ': ' || text from report_factor where report_id = ?")
			.param(report)
			.query(String.class)
			.single()).isEqualTo("EXTERNAL: Tariff freeze");
		assertThat(page(path, "en")).contains("Target for the year: 40 · last approved: –")
			.as("the review shows spending to date against the time elapsed")
			.contains("Time elapsed:");
		assertThat(page(PLAN, "en")).as("a draft's spending does not count").doesNotContain("EUR 4,000.50");

		send(COORDINATOR, path + "/submit", "version", Long.toString(reportVersion(report)));
		MvcResult approved = send(DemoUsers.SECRETARIAT, path + "/approve", "version",
				Long.toString(reportVersion(report)));
		assertThat(approved.getResponse().getStatus()).isEqualTo(302);
		assertThat(
				jdbc.sql("select status from progress_report where id = ?").param(report).query(String.class).single())
			.isEqualTo("APPROVED");
		String plan = page(PLAN, "en");
		assertThat(plan).contains("EUR 4,000.50").contains("40 %");
		BigDecimal toDate = jdbc
			.sql("select sum(s.amount) from report_spending s join progress_report r"
					+ " on r.id = s.report_id where r.status = 'APPROVED' and s.budget_line_id = ?")
			.param(line)
			.query(BigDecimal.class)
			.single();
		assertThat(editing.plan(FIXTURE, new Viewer(COORDINATOR)).spentToDate()).containsEntry(line, toDate);

		send(COORDINATOR, path + "/correct", "version", Long.toString(reportVersion(report)));
		assertThat(jdbc
			.sql("select count(*) from report_spending s join progress_report r on r.id = s.report_id"
					+ " where r.corrects_report_id = ? and s.amount = 4000.50")
			.param(report)
			.query(Long.class)
			.single()).as("a correction starts from the approved report's work plan part").isEqualTo(1);
	}

	/** Starts the fixture's draft report for a period, as its coordinator; its id. */
	private long startReport(String period) throws Exception {
		send(COORDINATOR, "/partnerships/" + FIXTURE + "/reports", "period", period);
		return jdbc.sql("select id from progress_report where partnership_id = ? and period_year = ?")
			.params(FIXTURE, Integer.parseInt(period))
			.query(Long.class)
			.single();
	}

	private long reportVersion(long report) {
		return jdbc.sql("select version from progress_report where id = ?").param(report).query(Long.class).single();
	}

	@Test
	void anApprovedReportDownloadsAsPdfAndXlsxWithTheDatabasesNumbersFrozenAtApproval() throws Exception {
		long activity = addActivity("Plan fixture activity: documented", "2019", "2021");
		addLine(activity, "1", "CASH", "10000", "EUR", "2019");
		long line = jdbc.sql("select id from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		long report = startReport("2020");
		String path = "/partnerships/" + FIXTURE + "/reports/" + report;
		send(COORDINATOR, path, "version", "0", "health", "POTENTIAL_RISKS", "healthReason", "Tariff freeze",
				"activityStatus[" + activity + "]", "UNDER_WAY", "activityPercent[" + activity + "]", "35",
				"spending[" + line + "]", "2500.25", "factors[0].kind", "OBSTACLE", "factors[0].category", "EXTERNAL",
				"factors[0].text", "Tariff freeze by the regulator");

		try (PDDocument draft = Loader.loadPDF(download(path + "/report.pdf", "en", "application/pdf"))) {
			assertThat(words(draft)).as("a draft says so on every page").contains("– Draft");
		}

		send(COORDINATOR, path + "/submit", "version", Long.toString(reportVersion(report)));
		send(DemoUsers.SECRETARIAT, path + "/approve", "version", Long.toString(reportVersion(report)));
		// The record changes after approval: the approved document does not.
		jdbc.sql("update activity set title = 'Renamed after approval' where id = ?").param(activity).update();

		byte[] english = download(path + "/report.pdf", "en", "application/pdf");
		try (PDDocument document = Loader.loadPDF(english)) {
			String text = words(document);
			assertThat(text)
				.contains("Overview", "Health and narrative", "Activities and outputs against plan",
						"Indicators against baseline and target", "Spending against budget",
						"Obstacles and contributing factors", "Deliverables", "Next steps")
				.contains("Plan fixture activity: documented")
				.doesNotContain("Renamed after approval")
				.doesNotContain("– Draft")
				.contains("frozen at approval")
				.contains("EUR 10,000", "EUR 2,500.25", "35 %", "Tariff freeze by the regulator",
						"External environment");
			assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
			drawPages(document, english);
		}
		try (PDDocument french = Loader.loadPDF(download(path + "/report.pdf", "fr", "application/pdf"))) {
			assertThat(words(french)).contains("Dépenses par rapport au budget", "2\u202f500,25 EUR",
					"Environnement extérieur", "figé à l’approbation");
		}
		try (PDDocument spanish = Loader.loadPDF(download(path + "/report.pdf", "es", "application/pdf"))) {
			assertThat(words(spanish)).contains("Gasto frente al presupuesto", "Ambiente exterior");
		}

		byte[] workbook = download(path + "/report.xlsx", "en",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		BigDecimal spentInDatabase = jdbc
			.sql("select amount from report_spending where report_id = ? and budget_line_id = ?")
			.params(report, line)
			.query(BigDecimal.class)
			.single();
		try (ReadableWorkbook xlsx = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet spending = xlsx.getSheets()
				.filter(s -> s.getName().equals("Spending in the period"))
				.findFirst()
				.orElseThrow();
			List<Row> rows = spending.read();
			assertThat(rows.get(1).getCellAsString(0)).contains("Plan fixture activity: documented");
			assertThat(rows.get(1).getCellAsNumber(6)).contains(spentInDatabase);
			assertThat(rows.get(1).getCellAsNumber(5))
				.hasValueSatisfying(budgeted -> assertThat(budgeted).isEqualByComparingTo("10000"));
		}
		assertThat(mvc.perform(get(path + "/report.pdf")).andReturn().getResponse().getStatus()).as("public")
			.isEqualTo(302);
		assertThat(mvc.perform(get(path + "/report.pdf").with(user(DemoUsers.COORDINATOR_ASIA)))
			.andReturn()
			.getResponse()
			.getStatus()).as("another region's coordinator").isEqualTo(404);
	}

	private byte[] download(String path, String language, String type) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(COORDINATOR)).header("Accept-Language", language))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo(type);
		return result.getResponse().getContentAsByteArray();
	}

	/** The text with every run of white space as one space (lines wrap anywhere). */
	private static String words(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

	/** The file and its pages as PNG under target/progress-report-pdf/, for review. */
	private static void drawPages(PDDocument document, byte[] file) throws IOException {
		Path pages = Path.of("target", "progress-report-pdf");
		Files.createDirectories(pages);
		Files.write(pages.resolve("report.pdf"), file);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			ImageIO.write(renderer.renderImageWithDPI(i, 72), "png",
					pages.resolve("page-" + (i + 1) + ".png").toFile());
		}
	}

	@Test
	void aLogframeFileIsCheckedWholeAndImportedAllOrNothingWithEveryBadCellNamed() throws Exception {
		String header = "type,activity,working area,title,start,end,mentor responsible,mentee responsible,unit,"
				+ "unit in words,targets,means of verification,contributor,kind,amount,currency,year\n";
		String bad = header + "activity,A1,NRW,Plan fixture activity: imported,2019,2020,J. Mentor,A. Mentee,,,,,,,,,\n"
				+ "activity,A2,NRW,Plan fixture activity: too late,2022,2024,,,,,,,,,,,\n"
				+ "output,A9,,Staff trained,,,,,PEOPLE,,2019=10,,,,,,\n"
				+ "output,A1,,Staff trained,,,,,PEOPLE,,2019=ten,,,,,,\n" + "budget,A1,,,,,,,,,,,1,CASH,-5,EUR,2019\n"
				+ "budget,A1,,,,,,,,,,,1,STAFF_DAYS,10,EUR,2019\n" + "plan,A1,,,,,,,,,,,,,,,\n";

		MvcResult refused = upload(bad);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		String page = body(refused);
		assertThat(page).contains("Nothing was imported")
			.as("each problem by row and column")
			.containsPattern("<td class=\"number\">3</td>\\s*<td>end</td>")
			.containsPattern("<td class=\"number\">4</td>\\s*<td>activity</td>")
			.containsPattern("<td class=\"number\">5</td>\\s*<td>targets</td>")
			.containsPattern("<td class=\"number\">6</td>\\s*<td>amount</td>")
			.containsPattern("<td class=\"number\">7</td>\\s*<td>currency</td>")
			.containsPattern("<td class=\"number\">8</td>\\s*<td>type</td>");
		assertThat(jdbc.sql("select count(*) from activity where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()).as("all or nothing").isZero();

		String good = header
				+ "activity,A1,NRW,Plan fixture activity: imported,2019,2020-06,J. Mentor,A. Mentee,,,,,,,,,\n"
				+ "output,A1,,Staff trained,,,,,PEOPLE,,2019=10; 2020=25,Training records,,,,,\n"
				+ "budget,A1,,,,,,,,,,,1,CASH,1500.50,EUR,2019\n"
				+ "budget,A1,,,,,,,,,,,Mwanza Urban Water Supply and Sanitation Authority (MWAUWASA),STAFF_DAYS,12,,2020\n"
				+ "activity,A2,NRW,Plan fixture activity: second,2020,2020,,,,,,,,,,,\n";

		MvcResult imported = upload(good);

		assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from activity where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("select kind || ' ' || amount || ' ' || coalesce(currency, 'days') from budget_line l"
					+ " join activity a on a.id = l.activity_id where a.partnership_id = ? order by l.budget_year")
			.param(FIXTURE)
			.query(String.class)
			.list()).containsExactly("CASH 1500.50 EUR", "STAFF_DAYS 12.00 days");
		assertThat(jdbc
			.sql("select count(*) from output_target t join framework_output o on o.id = t.output_id"
					+ " join activity a on a.id = o.activity_id where a.partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Activity' and action = 'CREATE'"
					+ " and entity_id in (select id from activity where partnership_id = ?)")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isEqualTo(2);
		MvcResult template = mvc.perform(get(PLAN + "/template.xlsx").with(user(COORDINATOR))).andReturn();
		assertThat(template.getResponse().getStatus()).isEqualTo(200);
		try (ReadableWorkbook xlsx = new ReadableWorkbook(
				new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
			assertThat(xlsx.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("type");
		}
	}

	private MvcResult upload(String csv) throws Exception {
		return mvc
			.perform(multipart(PLAN + "/import")
				.file(new MockMultipartFile("file", "plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(COORDINATOR))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andReturn();
	}

	@Test
	void anActivityNamesTheDeliverablesAndIndicatorsOfItsPartnershipOnly() throws Exception {
		long activity = addActivity("Plan fixture activity: linked", "2019", "2020");
		jdbc.sql("insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position)"
				+ " values (?, ?, 'NRW reduction plan', date '2020-01-01', 'YEAR', 'NOT_REPORTED', 0)")
			.params(FIXTURE, FIXTURE)
			.update();
		jdbc.sql(
				"insert into indicator (id, partnership_id, name, frequency) values (?, ?, 'Metering ratio', 'YEARLY')")
			.params(FIXTURE, FIXTURE)
			.update();
		String links = PLAN + "/activities/" + activity + "/links";

		MvcResult foreign = send(COORDINATOR, links, "version", Long.toString(version(activity)), "deliverables", "1");
		assertThat(foreign.getResponse().getStatus()).as("a deliverable of another partnership").isEqualTo(400);

		MvcResult linked = send(COORDINATOR, links, "version", Long.toString(version(activity)), "deliverables",
				Long.toString(FIXTURE), "indicators", Long.toString(FIXTURE));
		assertThat(linked.getResponse().getStatus()).isEqualTo(302);
		assertThat(page(PLAN, "en")).contains("Linked: NRW reduction plan; Metering ratio");
		MvcResult same = send(COORDINATOR, links, "version", Long.toString(version(activity)), "deliverables",
				Long.toString(FIXTURE), "indicators", Long.toString(FIXTURE));
		assertThat(same.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(same)).contains("Nothing to save");
		assertThat(jdbc.sql("select count(*) from activity_indicator where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void budgetLinesAreNeverNegativeDaysHaveNoCurrencyAndMoneyHasOne() throws Exception {
		long activity = addActivity("Plan fixture activity: leak detection", "2019", "2020");

		assertThat(body(addLine(activity, "1", "CASH", "-5", "EUR", "2019"))).contains("cannot be negative");
		assertThat(body(addLine(activity, "1", "CASH", "500", "", "2019"))).contains("Give the currency");
		assertThat(body(addLine(activity, "1", "STAFF_DAYS", "5", "EUR", "2019")))
			.contains("Staff-days have no currency");
		assertThat(body(addLine(activity, "1", "CASH", "500", "EUR", "2022")))
			.contains("a year in which the activity runs");
		assertThat(body(addLine(activity, "77", "CASH", "500", "EUR", "2019"))).contains("Choose a partner");
		assertThat(addLine(activity, "1", "CASH", "deux", "EUR", "2019").getResponse().getStatus()).isEqualTo(400);

		assertThat(jdbc.sql("select count(*) from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anActivityPastItsEndAndNotDoneIsLateUntilItIsDoneAndDroppingOneSaysWhy() throws Exception {
		long activity = addActivity("Plan fixture activity: billing audit", "2019", "2020-06");
		assertThat(page(PLAN, "en")).contains("1 activity is late").contains("class=\"late\"");
		assertThat(page("/partnerships/" + FIXTURE, "en")).contains("Activities late in the work plan");
		assertThat(page("/partnerships?reporting=ACTIVITIES&platform=WOP_AFRICA", "en")).contains("Plan fixture");

		MvcResult noReason = send(COORDINATOR, PLAN + "/activities/" + activity + "/status", "version",
				Long.toString(version(activity)), "status", "DROPPED", "note", "");
		assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(noReason)).contains("Say why the activity is dropped.");

		send(COORDINATOR, PLAN + "/activities/" + activity + "/status", "version", Long.toString(version(activity)),
				"status", "DONE");
		assertThat(page(PLAN, "en")).doesNotContain("activity is late").doesNotContain("class=\"late\"");
		assertThat(page("/partnerships/" + FIXTURE, "en")).doesNotContain("Activities late in the work plan");
		assertThat(page("/partnerships?reporting=ACTIVITIES&platform=WOP_AFRICA", "en")).doesNotContain("Plan fixture");
	}

	@Test
	void aFormOpenedBeforeSomeoneElsesChangeIsRefusedWithWhatItMissed() throws Exception {
		long activity = addActivity("Plan fixture activity: GIS", "2019", "2020");
		long seen = version(activity);
		send(COORDINATOR, PLAN + "/activities/" + activity, "version", Long.toString(seen), "workingArea", "NRW",
				"title", "Plan fixture activity: GIS mapping", "plannedStart", "2019", "plannedEnd", "2020");

		MvcResult stale = send(DemoUsers.SECRETARIAT, PLAN + "/activities/" + activity, "version", Long.toString(seen),
				"workingArea", "NRW", "title", "Plan fixture activity: GIS survey", "plannedStart", "2019",
				"plannedEnd", "2020");

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("Plan fixture activity: GIS mapping")
			.contains("value=\"Plan fixture activity: GIS survey\"");
		assertThat(jdbc.sql("select title from activity where id = ?").param(activity).query(String.class).single())
			.isEqualTo("Plan fixture activity: GIS mapping");
	}

	@Test
	void removingAnActivityTakesItsLinesAndIsAudited() throws Exception {
		long activity = addActivity("Plan fixture activity: to remove", "2019", "2020");
		addLine(activity, "1", "CASH", "100", "EUR", "2019");

		send(COORDINATOR, PLAN + "/activities/" + activity + "/remove", "version", Long.toString(version(activity)));

		assertThat(jdbc.sql("select count(*) from activity where id = ?").param(activity).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?"
					+ " and action = 'REMOVED'")
			.param(activity)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePlanAndReportPagesCostTheSameWithTwoActivitiesAsWithTwoHundred() throws Exception {
		for (int i = 0; i < 2; i++) {
			addLine(addActivity("Plan fixture activity: small " + i, "2019", "2020"), "1", "CASH", "10", "EUR", "2019");
		}
		String report = "/partnerships/" + FIXTURE + "/reports/" + startReport("2020");
		long small = statements(PLAN);
		long smallReport = statements(report);
		jdbc.sql(
				"""
						insert into activity (id, partnership_id, working_area_code, title, planned_start, planned_start_precision,
						  planned_end, planned_end_precision, status)
						select 941000 + n, ?, 'NRW', 'Load activity ' || n, date '2019-01-01', 'YEAR', date '2021-01-01', 'YEAR',
						  'UNDER_WAY' from generate_series(1, 200) n""")
			.param(FIXTURE)
			.update();
		jdbc.sql("""
				insert into budget_line (id, activity_id, contributor_id, kind, amount, currency, budget_year)
				select 941000 + n * 3 + k, 941000 + n, 1, 'CASH', 100, 'EUR', 2019 + k
				from generate_series(1, 200) n, generate_series(0, 2) k""").update();
		jdbc.sql(
				"""
						insert into framework_output (id, partnership_id, working_area_code, title, activity_id, unit_code)
						select 941000 + n, ?, 'NRW', 'Load output ' || n, 941000 + n, 'PEOPLE' from generate_series(1, 200) n""")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into output_target (output_id, target_year, target)"
				+ " select 941000 + n, 2020, n from generate_series(1, 200) n")
			.update();
		long large = statements(PLAN);
		long largeReport = statements(report);

		assertThat(large).isEqualTo(small);
		assertThat(small).isBetween(1L, 15L);
		assertThat(largeReport).as("the report page with 200 activities and outputs and 600 budget lines")
			.isEqualTo(smallReport);
		assertThat(page(PLAN, "en")).contains("Load activity 200");
		assertThat(page(report, "en")).contains("Load output 200");
	}

	private long statements(String path) throws Exception {
		mvc.perform(get(path).with(user(COORDINATOR))).andReturn();
		return JdbcStatements.countDuring(() -> mvc.perform(get(path).with(user(COORDINATOR))).andReturn());
	}

}
