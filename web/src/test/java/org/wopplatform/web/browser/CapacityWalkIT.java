package org.wopplatform.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity change end to end, in real browsers against the running application, each page
 * checked by the HTML checker and axe-core: on VEI – MWAUWASA satellite towns (6, EU-WOP,
 * 2022–2024) the Africa coordinator chooses a dimension and its baseline; MWAUWASA's
 * staff (mentee side) and VEI's staff (mentor side) assess it in the 2023 report and
 * disagree; approval waits until the coordinator records the agreed value; the dashboard
 * and the public record then show the stage reached and the health, and the annual
 * report's capacity chapter counts it and drills down to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapacityWalkIT {

	private static final long SATELLITES = 6;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver coordinator;

	private WebDriver mentee;

	private WebDriver mentor;

	private WebDriver reader;

	private WebDriver secretariat;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForget() {
		for (WebDriver driver : new WebDriver[] { coordinator, mentee, mentor, reader, secretariat }) {
			if (driver != null) {
				driver.quit();
			}
		}
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport' and entity_id in"
				+ " (select id from progress_report where partnership_id = ? and period_year = 2023)")
			.param(SATELLITES)
			.update();
		jdbc.sql("delete from progress_report where partnership_id = ? and period_year = 2023")
			.param(SATELLITES)
			.update();
		jdbc.sql("delete from audit_event where entity_type = 'CapacityFocus' and entity_id in"
				+ " (select id from capacity_focus where partnership_id = ?)")
			.param(SATELLITES)
			.update();
		jdbc.sql("delete from capacity_focus where partnership_id = ?").param(SATELLITES).update();
		jdbc.sql("delete from annual_report where year = 2023").update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void press(WebDriver driver, String buttonText) {
		Browser.navigate(driver, driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
	}

	@Test
	void theSidesAssessTheCoordinatorAgreesAndThePublicAndTheAnnualReportSeeIt() {
		// The coordinator chooses a dimension of asset management and where it starts.
		coordinator = Browser.open("en");
		Browser.signIn(coordinator, url(""), "coordinator.africa@example.org", "demo-coordinator");
		coordinator.get(url("/partnerships/" + SATELLITES + "/capacity"));
		new Select(coordinator.findElement(By.id("focus-workingArea"))).selectByValue("ASSET_MGMT");
		new Select(coordinator.findElement(By.id("focus-dimension"))).selectByValue("TA_SYSTEMS");
		new Select(coordinator.findElement(By.id("focus-baselineStage"))).selectByValue("1");
		coordinator.findElement(By.id("focus-baselineDescription")).sendKeys("Walk: the asset register is on paper");
		coordinator.findElement(By.id("focus-objective")).sendKeys("Walk: a digital asset register in use");
		press(coordinator, "Add");
		assertThat(coordinator.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Capacity dimension added.");
		Browser.check(coordinator, "70-capacity-chosen");
		long focus = jdbc
			.sql("select id from capacity_focus where partnership_id = ? and dimension_code = 'TA_SYSTEMS'")
			.param(SATELLITES)
			.query(Long.class)
			.single();

		// MWAUWASA's staff start the 2023 report and assess the dimension for the mentee
		// side.
		mentee = Browser.open("en");
		Browser.signIn(mentee, url(""), "staff.mwauwasa@example.org", "demo-utility");
		mentee.get(url("/partnerships/" + SATELLITES + "/reports"));
		new Select(mentee.findElement(By.id("period"))).selectByValue("2023");
		Browser.navigate(mentee, mentee.findElement(By.xpath("//select[@id='period']/ancestor::form//button")));
		String report = mentee.getCurrentUrl();
		mentee.findElement(By.cssSelector("input[name=health][value=ON_TRACK]")).click();
		mentee.findElement(By.id("report-healthReason")).sendKeys("Walk: the register is being digitised");
		mentee.findElement(By.id("report-achievements")).sendKeys("Walk: half of the assets registered");
		press(mentee, "Save");
		Browser.navigate(mentee, mentee.findElement(By.linkText("Open the capacity assessment of this report")));
		assertThat(mentee.findElement(By.cssSelector("p.note")).getText()).isEqualTo("You assess for the Mentee side.");
		new Select(mentee.findElement(By.id("a-stage-" + focus))).selectByValue("2");
		new Select(mentee.findElement(By.id("a-degree-" + focus))).selectByValue("1");
		new Select(mentee.findElement(By.id("a-contribution-" + focus))).selectByValue("2");
		mentee.findElement(By.cssSelector("input[name='obstacleCategories[" + focus + "]'][value=INTERNAL]")).click();
		mentee.findElement(By.id("a-obstacles-" + focus)).sendKeys("Walk: few staff trained on the software");
		mentee.findElement(By.id("a-explanation-" + focus)).sendKeys("Walk: the register is in use at head office");
		press(mentee, "Save the assessment");
		assertThat(mentee.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Assessment saved.");
		Browser.check(mentee, "71-capacity-mentee");

		// VEI's staff assess it for the mentor side, higher, and rate the year's
		// practice.
		mentor = Browser.open("en");
		Browser.signIn(mentor, url(""), "staff.vei@example.org", "demo-utility");
		mentor.get(report + "/capacity");
		assertThat(mentor.findElement(By.cssSelector("p.note")).getText()).isEqualTo("You assess for the Mentor side.");
		new Select(mentor.findElement(By.id("a-stage-" + focus))).selectByValue("3");
		new Select(mentor.findElement(By.id("a-degree-" + focus))).selectByValue("1");
		new Select(mentor.findElement(By.id("a-contribution-" + focus))).selectByValue("2");
		new Select(mentor.findElement(By.id("practice-SET_UP"))).selectByValue("4");
		new Select(mentor.findElement(By.id("practice-MEETING_PROCESSES"))).selectByValue("2");
		mentor.findElement(By.id("practice-suggestions")).sendKeys("Walk: shorter monthly calls");
		press(mentor, "Save the assessment");
		assertThat(mentor.findElement(By.id("disagreements")).getText())
			.contains("The two sides read one dimension differently");
		assertThat(mentor.findElement(By.id("focus-" + focus)).getText()).contains("Stage 2 · +1 Positive")
			.contains("Stage 3 · +1 Positive")
			.contains("The sides differ");
		Browser.check(mentor, "72-capacity-mentor-disagrees");

		mentee.get(report);
		press(mentee, "Submit for review");

		// The coordinator cannot approve until the agreed value is recorded.
		coordinator.get(report);
		assertThat(coordinator.findElement(By.cssSelector(".capacity .alert-warning")).getText())
			.contains("one dimension differently");
		press(coordinator, "Approve");
		assertThat(coordinator.findElement(By.cssSelector(".alert-error")).getText())
			.contains("assess a capacity dimension differently");
		Browser.check(coordinator, "73-approve-refused");
		coordinator.get(report + "/capacity");
		Browser.check(coordinator, "74-capacity-review");
		new Select(coordinator.findElement(By.id("agree-stage-" + focus))).selectByValue("3");
		new Select(coordinator.findElement(By.id("agree-degree-" + focus))).selectByValue("1");
		new Select(coordinator.findElement(By.id("agree-contribution-" + focus))).selectByValue("2");
		coordinator.findElement(By.id("agree-explanation-" + focus))
			.sendKeys("Walk: in use at head office and one town");
		press(coordinator, "Record the agreed values");
		assertThat(coordinator.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Agreed values recorded.");
		assertThat(coordinator.findElement(By.id("focus-" + focus)).getText()).contains("agreed in review");
		coordinator.get(report);
		press(coordinator, "Approve");
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Approved");

		// The public sees the stage reached and the health, and the dashboard.
		reader = Browser.open("en");
		reader.get(url("/partnerships/" + SATELLITES));
		WebElement progress = reader.findElement(By.cssSelector(".public-progress"));
		assertThat(progress.getText()).contains("Latest approved progress report: 2023")
			.contains("On track")
			.contains("Walk: half of the assets registered")
			.contains("Stage 3: Visibility of changes (2023)")
			.doesNotContain("few staff trained");
		Browser.check(reader, "75-record-public-progress");
		Browser.navigate(reader, reader.findElement(By.cssSelector(".public-progress a")));
		assertThat(reader.findElement(By.tagName("h1")).getText()).startsWith("Dashboard");
		assertThat(reader.findElement(By.cssSelector("svg.lines title")).getAttribute("textContent"))
			.isEqualTo("Asset Management");
		assertThat(reader.findElement(By.cssSelector(".dashboard")).getText()).contains("Stage 3")
			.contains("agreed in review");
		Browser.check(reader, "76-dashboard-public");

		// The annual report 2023 counts it and opens the partnership behind the figure.
		secretariat = Browser.open("en");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");
		secretariat.get(url("/reports"));
		secretariat.findElement(By.id("report-year")).sendKeys("2023");
		Browser.navigate(secretariat, secretariat.findElement(By.cssSelector("form.form button[type=submit]")));
		secretariat.get(url("/reports/2023"));
		WebElement chapter = secretariat.findElement(By.id("CAPACITY"));
		WebElement improved = chapter.findElement(By.cssSelector("a[href$='figure=CAPACITY_IMPROVED']"));
		assertThat(Long.parseLong(improved.getText())).isPositive();
		Browser.check(secretariat, "77-annual-capacity");
		Browser.navigate(secretariat, improved);
		assertThat(secretariat.findElement(By.tagName("main")).getText())
			.contains("VEI – MWAUWASA satellite towns Magu and Misungwi (EU-WOP)");
		Browser.check(secretariat, "78-annual-capacity-drilldown");
	}

}
