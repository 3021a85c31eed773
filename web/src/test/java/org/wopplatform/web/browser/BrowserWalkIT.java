package org.wopplatform.web.browser;

import java.util.List;

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
 * The walks people make, in a real browser against the running application on a random
 * port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserWalkIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver first;

	private WebDriver second;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void close() {
		if (first != null) {
			first.quit();
		}
		if (second != null) {
			second.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(WebDriver driver, String email, String password) {
		Browser.signIn(driver, url(""), email, password);
	}

	@Test
	void aMemberOfThePublicFindsAPartnershipByFilterAndOpensIt() {
		first = Browser.open("en");
		first.get(url("/"));
		Browser.check(first, "01-home");

		Browser.navigate(first, first.findElement(By.linkText("Search and filter all partnerships")));
		new Select(first.findElement(By.id("country"))).selectByVisibleText("Mali");
		new Select(first.findElement(By.id("area")))
			.selectByVisibleText("Non-Revenue Water (NRW 1): Commercial Losses Management");
		Browser.navigate(first, first.findElement(By.cssSelector("form.filters button[type=submit]")));

		assertThat(first.getCurrentUrl()).contains("country=ML").contains("area=NRW");
		Browser.check(first, "02-search-filtered");
		assertThat(first.findElements(By.cssSelector("table.partnerships tbody tr"))).hasSize(2);
		Browser.navigate(first, first.findElement(By.partialLinkText("Dji'i Tiaman")));

		assertThat(first.findElement(By.tagName("h1")).getText()).startsWith("Dji'i Tiaman");
		assertThat(first.getPageSource()).contains("NRW improved by 18.6% (Kati)");
		Browser.check(first, "03-partnership");
	}

	@Test
	void aCoordinatorCreatesAPartnershipFixingAValidationErrorOnTheWay() {
		first = Browser.open("en");
		signIn(first, "coordinator.africa@example.org", "demo-coordinator");
		first.get(url("/partnerships/new"));
		Browser.check(first, "04-new-partnership");

		first.findElement(By.id("partnership-referenceCode")).sendKeys("E2E-NCWSC-NAWASSCO");
		new Select(first.findElement(By.id("partnership-leadMentorId")))
			.selectByVisibleText("Nairobi City Water and Sewerage Company (NCWSC)");
		new Select(first.findElement(By.id("partnership-leadMenteeId")))
			.selectByVisibleText("Nakuru Water and Sanitation Services Company (NAWASSCO)");
		first.findElement(By.id("partnership-plannedStart")).sendKeys("2027");
		first.findElement(By.id("partnership-plannedEnd")).sendKeys("2026");
		Browser.navigate(first, first.findElement(By.cssSelector("form.form button[type=submit]")));

		WebElement error = first.findElement(By.id("partnership-title-error"));
		assertThat(error.getText()).isEqualTo("This field is required.");
		assertThat(first.findElement(By.id("partnership-referenceCode")).getAttribute("value"))
			.isEqualTo("E2E-NCWSC-NAWASSCO");
		assertThat(first.findElement(By.id("partnership-title")).getAttribute("aria-describedby"))
			.isEqualTo("partnership-title-error");
		Browser.check(first, "05-new-partnership-error");

		first.findElement(By.id("partnership-title")).sendKeys("NCWSC – NAWASSCO peer support");
		Browser.navigate(first, first.findElement(By.cssSelector("form.form button[type=submit]")));
		assertThat(first.findElement(By.id("partnership-plannedEnd-error")).getText())
			.isEqualTo("The end cannot come before the start.");
		first.findElement(By.id("partnership-plannedEnd")).clear();
		first.findElement(By.id("partnership-plannedEnd")).sendKeys("2029");
		Browser.navigate(first, first.findElement(By.cssSelector("form.form button[type=submit]")));

		assertThat(first.findElement(By.tagName("h1")).getText()).isEqualTo("NCWSC – NAWASSCO peer support");
		assertThat(first.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The partnership was created.");
		assertThat(first.findElement(By.cssSelector(".mentoring")).getText()).contains("NCWSC").contains("NAWASSCO");
		Browser.check(first, "06-created-partnership");
	}

	@Test
	void aStaleEditFromASecondSessionIsRefusedWithAClearMessage() {
		first = Browser.open("en");
		second = Browser.open("en");
		signIn(first, "coordinator.africa@example.org", "demo-coordinator");
		signIn(second, "secretariat@example.org", "demo-secretariat");
		assertThat(second.findElement(By.id("to-review")).getText()).startsWith("Reports to review");
		Browser.check(second, "06b-start-secretariat");
		first.get(url("/partnerships/13/edit"));
		second.get(url("/partnerships/13/edit/details"));
		Browser.check(first, "07-edit-partnership");

		WebElement title = first.findElement(By.id("details-title"));
		title.clear();
		title.sendKeys("eThekwini – Blantyre Water Board (renamed by the coordinator)");
		Browser.navigate(first, first.findElement(By.cssSelector("#details-form button[type=submit]")));
		assertThat(first.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Saved: details");
		assertThat(
				first.findElement(By.cssSelector("#edit-sections a[aria-current=page]")).getAttribute("data-section"))
			.isEqualTo("details");

		WebElement stale = second.findElement(By.id("details-contactName"));
		stale.sendKeys("Typed by the secretariat");
		Browser.navigate(second, second.findElement(By.cssSelector("#details-form button[type=submit]")));

		assertThat(second.findElement(By.cssSelector(".alert-error")).getText())
			.contains("Someone else saved changes to this partnership")
			.contains("renamed by the coordinator");
		assertThat(second.findElement(By.id("details-contactName")).getAttribute("value"))
			.isEqualTo("Typed by the secretariat");
		Browser.check(second, "08-stale-edit-refused");

		// Each section of the editor, by its tab; a refused budget lists both problems at
		// the top.
		for (String section : List.of("participants", "money", "framework", "classification", "status")) {
			Browser.navigate(first,
					first.findElement(By.cssSelector("#edit-sections a[data-section=" + section + "]")));
			assertThat(first.findElement(By.cssSelector("#edit-sections a[aria-current=page]"))
				.getAttribute("data-section")).isEqualTo(section);
			Browser.check(first, "09-edit-" + section);
		}
		Browser.navigate(first, first.findElement(By.cssSelector("#edit-sections a[data-section=money]")));
		first.findElement(By.id("budget-budgetAmount")).sendKeys("-5");
		first.findElement(By.id("budget-budgetCurrency")).sendKeys("usdollar");
		Browser.navigate(first, first.findElement(By.cssSelector("#budget-form button[type=submit]")));
		assertThat(first.findElements(By.cssSelector("#error-summary a"))).hasSize(2);
		Browser.check(first, "09-edit-money-errors");
	}

	@Test
	void theFrenchInterfaceShowsFrenchLabels() {
		first = Browser.open("fr");
		first.get(url("/partnerships"));

		assertThat(first.findElement(By.tagName("h1")).getText()).isEqualTo("Rechercher des partenariats");
		assertThat(first.findElement(By.cssSelector("label[for=country]")).getText()).isEqualTo("Pays");
		assertThat(first.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("fr");
		Browser.check(first, "09-search-french");

		Browser.navigate(first, first.findElement(By.linkText("Español")));
		assertThat(first.findElement(By.tagName("h1")).getText()).isEqualTo("Buscar alianzas");
		first.get(url("/map"));
		assertThat(first.findElement(By.tagName("h1")).getText()).isEqualTo("Mapa de alianzas");
		Browser.check(first, "10-map-spanish");
	}

	/** A small PDF to attach as evidence. */

}
