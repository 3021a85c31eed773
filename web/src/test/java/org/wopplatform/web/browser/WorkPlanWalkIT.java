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

		// The public reads the same plan, without the forms.
		reader = Browser.open("fr");
		reader.get(url("/partnerships/" + BULAWAYO + "/work-plan"));
		assertThat(reader.findElement(By.tagName("h1")).getText()).startsWith("Plan de travail");
		assertThat(reader.findElements(By.cssSelector(".workplan-table tbody tr"))).hasSize(7);
		assertThat(reader.findElements(By.id("add-activity"))).isEmpty();
		Browser.check(reader, "63-workplan-public-fr");
	}

}
