package org.wopplatform.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work plan's walk, in a real browser against the running application, each page
 * checked by the HTML checker and axe-core: the Africa coordinator opens the illustrative
 * plan of VEI – Bulawayo (Gantt chart, table, budget per currency, one late activity),
 * adds an activity, gives it a budget line in staff-days and marks it under way; the
 * public reads the same plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkPlanWalkIT {

	private static final long BULAWAYO = 24;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver coordinator;

	private WebDriver reader;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForgetTheActivity() {
		if (coordinator != null) {
			coordinator.quit();
		}
		if (reader != null) {
			reader.quit();
		}
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id in"
				+ " (select id from activity where title = 'Walk: pressure management')")
			.update();
		jdbc.sql("delete from activity where title = 'Walk: pressure management'").update();
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport' and entity_id in"
				+ " (select id from progress_report where partnership_id = 2 and period_year = 2024)")
			.update();
		jdbc.sql("delete from progress_report where partnership_id = 2 and period_year = 2024").update();
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id in"
				+ " (select id from activity where title = 'Walk: meter audit')")
			.update();
		jdbc.sql("delete from activity where title = 'Walk: meter audit'").update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aCoordinatorAddsAnActivityWithItsBudgetAndThePublicReadsThePlan() {
		coordinator = Browser.open("en");
		Browser.signIn(coordinator, url(""), "coordinator.africa@example.org", "demo-coordinator");

		coordinator.get(url("/partnerships/" + BULAWAYO));
		Browser.navigate(coordinator, coordinator.findElement(By.linkText("Work plan")));
		assertThat(coordinator.findElement(By.tagName("h1")).getText())
			.isEqualTo("Work plan: VEI – Bulawayo City Council (WaterWorX)");
		assertThat(coordinator.findElement(By.cssSelector(".illustrative")).getText()).startsWith("Illustrative");
		assertThat(coordinator.findElement(By.cssSelector("svg.gantt title")).getAttribute("textContent"))
			.startsWith("Work plan of");
		assertThat(coordinator.findElements(By.cssSelector(".workplan-table tbody tr"))).hasSize(6);
		assertThat(coordinator.findElement(By.cssSelector(".alert-warning")).getText())
			.startsWith("1 activity is late");
		assertThat(coordinator.findElement(By.id("budget")).findElement(By.xpath("..")).getText())
			.contains("Total in EUR", "Total in USD", "staff-days");
		Browser.check(coordinator, "60-workplan");

		// A new activity: refused first, because its end comes before its start.
		new Select(coordinator.findElement(By.id("activity-workingArea"))).selectByValue("NRW");
		coordinator.findElement(By.id("activity-title")).sendKeys("Walk: pressure management");
		coordinator.findElement(By.id("activity-plannedStart")).sendKeys("2026-03");
		coordinator.findElement(By.id("activity-plannedEnd")).sendKeys("2025");
		Browser.navigate(coordinator, coordinator.findElement(By.xpath("//button[normalize-space()='Add']")));
		assertThat(coordinator.findElement(By.id("activity-plannedEnd-error")).getText()).isNotBlank();
		assertThat(coordinator.findElement(By.id("activity-title")).getAttribute("value"))
			.isEqualTo("Walk: pressure management");
		Browser.check(coordinator, "61-workplan-refused");
		coordinator.findElement(By.id("activity-plannedEnd")).clear();
		coordinator.findElement(By.id("activity-plannedEnd")).sendKeys("2027-06");
		Browser.navigate(coordinator, coordinator.findElement(By.xpath("//button[normalize-space()='Add']")));
		assertThat(coordinator.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Activity added.");

		// Its page: a budget line in staff-days, then under way.
		Browser.navigate(coordinator, coordinator.findElement(By.linkText("Walk: pressure management")));
		new Select(coordinator.findElement(By.id("line-contributorId"))).selectByValue("1");
		new Select(coordinator.findElement(By.id("line-kind"))).selectByValue("STAFF_DAYS");
		coordinator.findElement(By.id("line-amount")).sendKeys("15");
		new Select(coordinator.findElement(By.id("line-year"))).selectByValue("2026");
		Browser.navigate(coordinator, coordinator
			.findElement(By.xpath("//h3[normalize-space()='Add a budget line']/ancestor::form//button")));
		assertThat(coordinator.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Activity saved.");
		assertThat(coordinator.findElement(By.id("lines")).findElement(By.xpath("..")).getText())
			.contains("15 staff-days");
		new Select(coordinator.findElement(By.id("status-status"))).selectByValue("UNDER_WAY");
		Browser.navigate(coordinator,
				coordinator.findElement(By.xpath("//form[contains(@action, '/status')]//button")));
		Browser.check(coordinator, "62-activity");
		Browser.navigate(coordinator, coordinator.findElement(By.linkText("History")));
		assertThat(coordinator.findElement(By.tagName("h1")).getText()).contains("Walk: pressure management");
		Browser.check(coordinator, "62b-activity-history");

		// The public reads the same plan, without the forms.
		reader = Browser.open("fr");
		reader.get(url("/partnerships/" + BULAWAYO + "/work-plan"));
		assertThat(reader.findElement(By.tagName("h1")).getText()).startsWith("Plan de travail");
		assertThat(reader.findElements(By.cssSelector(".workplan-table tbody tr"))).hasSize(7);
		assertThat(reader.findElements(By.id("add-activity"))).isEmpty();
		Browser.check(reader, "63-workplan-public-fr");

		// And its capacity baselines (issue 17, first part).
		reader.get(url("/partnerships/" + BULAWAYO + "/capacity"));
		assertThat(reader.findElement(By.tagName("h1")).getText()).startsWith("Changement de capacités");
		assertThat(reader.findElement(By.cssSelector(".illustrative")).getText()).isNotBlank();
		Browser.check(reader, "67-capacity-public-fr");
		coordinator.get(url("/partnerships/" + BULAWAYO + "/capacity"));
		Browser.check(coordinator, "68-capacity-coordinator");
	}

	@Test
	void aPlanIsBuiltReportedAgainstReviewedWithItsContextApprovedAndDownloaded() throws Exception {
		coordinator = Browser.open("en");
		Browser.signIn(coordinator, url(""), "coordinator.africa@example.org", "demo-coordinator");

		// The coordinator builds the plan: an activity, its output with a target, a
		// budget line.
		coordinator.get(url("/partnerships/2/work-plan"));
		new Select(coordinator.findElement(By.id("activity-workingArea"))).selectByValue("NRW");
		coordinator.findElement(By.id("activity-title")).sendKeys("Walk: meter audit");
		coordinator.findElement(By.id("activity-plannedStart")).sendKeys("2024");
		coordinator.findElement(By.id("activity-plannedEnd")).sendKeys("2025");
		Browser.navigate(coordinator, coordinator.findElement(By.xpath("//button[normalize-space()='Add']")));
		Browser.navigate(coordinator, coordinator.findElement(By.linkText("Walk: meter audit")));
		coordinator.findElement(By.id("output-title")).sendKeys("Meters audited");
		new Select(coordinator.findElement(By.id("output-unitCode"))).selectByValue("CONNECTIONS");
		coordinator.findElement(By.id("output-target-2024")).sendKeys("300");
		Browser.navigate(coordinator,
				coordinator.findElement(By.xpath("//h3[normalize-space()='Add an output']/ancestor::form//button")));
		new Select(coordinator.findElement(By.id("line-contributorId"))).selectByValue("1");
		coordinator.findElement(By.id("line-amount")).sendKeys("5000");
		coordinator.findElement(By.id("line-currency")).sendKeys("EUR");
		new Select(coordinator.findElement(By.id("line-year"))).selectByValue("2024");
		Browser.navigate(coordinator, coordinator
			.findElement(By.xpath("//h3[normalize-space()='Add a budget line']/ancestor::form//button")));
		assertThat(coordinator.findElement(By.id("outputs")).findElement(By.xpath("..")).getText())
			.contains("Meters audited", "2024: 300");
		Browser.check(coordinator, "64-activity-planned");

		// The utility's staff report against it.
		reader = Browser.open("en");
		Browser.signIn(reader, url(""), "staff.mwauwasa@example.org", "demo-utility");
		reader.get(url("/partnerships/2/reports"));
		new Select(reader.findElement(By.id("period"))).selectByValue("2024");
		Browser.navigate(reader, reader.findElement(By.xpath("//select[@id='period']/ancestor::form//button")));
		String report = reader.getCurrentUrl();
		reader.findElement(By.cssSelector("input[name=health][value=ON_TRACK]")).click();
		reader.findElement(By.id("report-healthReason")).sendKeys("Audit under way");
		long activity = jdbc.sql("select id from activity where title = 'Walk: meter audit'")
			.query(Long.class)
			.single();
		long output = jdbc.sql("select id from framework_output where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		long line = jdbc.sql("select id from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		new Select(reader.findElement(By.id("activity-status-" + activity))).selectByValue("UNDER_WAY");
		reader.findElement(By.id("activity-percent-" + activity)).sendKeys("40");
		assertThat(reader.findElement(By.id("output-value-" + output + "-hint")).getText())
			.isEqualTo("Target for the year: 300 · last approved: –");
		reader.findElement(By.id("output-value-" + output)).sendKeys("120");
		reader.findElement(By.id("spending-" + line)).sendKeys("1,250.50");
		new Select(reader.findElement(By.id("factor-0-kind"))).selectByValue("OBSTACLE");
		new Select(reader.findElement(By.id("factor-0-category"))).selectByValue("INTERNAL");
		reader.findElement(By.id("factor-0-text")).sendKeys("Meter records incomplete");
		Browser.navigate(reader, reader.findElement(By.xpath("//button[normalize-space()='Save']")));
		Browser.check(reader, "65-report-with-plan");
		Browser.navigate(reader, reader.findElement(By.xpath("//button[normalize-space()='Submit for review']")));

		// The coordinator reviews it with the plan beside each value, and approves it.
		coordinator.get(report);
		assertThat(coordinator.findElement(By.cssSelector("p.note")).getText()).startsWith("Submitted by");
		assertThat(coordinator.findElement(By.id("output-value-" + output)).getText()).isEqualTo("120");
		assertThat(coordinator.findElement(By.id("spending-" + line)).findElement(By.xpath("..")).getText())
			.contains("EUR 5,000")
			.contains("EUR 1,250.50");
		Browser.check(coordinator, "66-report-review");
		Browser.navigate(coordinator, coordinator.findElement(By.xpath("//button[normalize-space()='Approve']")));
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Approved");

		// Its documents hold the page's numbers.
		String cookies = coordinator.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		String pdfAddress = coordinator.findElement(By.linkText("The report as PDF")).getDomProperty("href");
		byte[] pdf = download(pdfAddress, cookies);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Walk: meter audit", "40 %", "Meters audited", "300", "120", "EUR 5,000",
					"EUR 1,250.50", "Meter records incomplete", "frozen at approval");
		}
		String xlsxAddress = coordinator.findElement(By.partialLinkText("spreadsheet")).getDomProperty("href");
		try (org.dhatim.fastexcel.reader.ReadableWorkbook xlsx = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(download(xlsxAddress, cookies)))) {
			var spending = xlsx.getSheets()
				.filter(s -> s.getName().equals("Spending in the period"))
				.findFirst()
				.orElseThrow()
				.read();
			assertThat(spending.get(1).getCellAsNumber(6))
				.hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250.50"));
		}
	}

	private static byte[] download(String address, String cookies) throws Exception {
		java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(address))
				.header("Accept-Language", "en")
				.header("Cookie", cookies)
				.GET()
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(address).isEqualTo(200);
		return response.body();
	}

}
