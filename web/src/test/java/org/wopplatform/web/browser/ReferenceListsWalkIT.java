package org.wopplatform.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat keeps the reference lists, in a real browser, each page checked by the
 * HTML checker and axe-core: from the navigation after sign-in (no address typed) it adds
 * a unit and a funding programme in three languages, sets the programme on VEI – Bulawayo
 * and counts an output of its work plan in the new unit, then retires the programme and
 * finds it still on that partnership and gone from the new-partnership form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceListsWalkIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReferenceData reference;

	private WebDriver secretariat;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForget() {
		if (secretariat != null) {
			secretariat.quit();
		}
		jdbc.sql("update partnership set funding_programme_code = 'WATERWORX' where id = 24").update();
		jdbc.sql("delete from audit_event where entity_type = 'Partnership' and entity_id = 24"
				+ " and changes like '%WALK_FUND%'")
			.update();
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id = 101"
				+ " and changes like '%Walk: buckets delivered%'")
			.update();
		jdbc.sql("delete from framework_output where unit_code = 'WALK_BUCKETS'").update();
		jdbc.sql("delete from audit_event where entity_type = 'ReferenceEntry' and entity_id in"
				+ " (select id from measuring_unit where code = 'WALK_BUCKETS'"
				+ " union select id from funding_programme where code = 'WALK_FUND')")
			.update();
		jdbc.sql("delete from measuring_unit where code = 'WALK_BUCKETS'").update();
		jdbc.sql("delete from funding_programme where code = 'WALK_FUND'").update();
		reference.refresh();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void theSecretariatAddsAUnitAndAProgrammeUsesThemAndRetiresTheProgramme() {
		secretariat = Browser.open("en");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");

		// The lists, from the navigation.
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Reference lists")));
		assertThat(secretariat.findElement(By.tagName("h1")).getText()).isEqualTo("Reference lists");
		Browser.check(secretariat, "90-reference-lists");

		// A unit in three languages, its code made from the English name; first refused
		// without one.
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Units")));
		Browser.check(secretariat, "91-units");
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Add an entry")));
		secretariat.findElement(By.id("entry-nameFr")).sendKeys("seaux");
		Browser.navigate(secretariat, secretariat.findElement(By.xpath("//button[normalize-space()='Save']")));
		assertThat(secretariat.findElement(By.id("entry-nameEn-error")).getText())
			.isEqualTo("Give the name in English.");
		assertThat(secretariat.findElement(By.id("entry-nameFr")).getAttribute("value")).isEqualTo("seaux");
		Browser.check(secretariat, "92-unit-refused");
		secretariat.findElement(By.id("entry-nameEn")).sendKeys("Walk buckets");
		secretariat.findElement(By.id("entry-nameEs")).sendKeys("cubos");
		Browser.navigate(secretariat, secretariat.findElement(By.xpath("//button[normalize-space()='Save']")));
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The entry was added.");
		assertThat(secretariat.findElement(By.tagName("table")).getText()).contains("WALK_BUCKETS", "Walk buckets");

		// A funding programme in three languages.
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Reference lists")));
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Funding programmes")));
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Add an entry")));
		secretariat.findElement(By.id("entry-code")).sendKeys("WALK_FUND");
		secretariat.findElement(By.id("entry-nameEn")).sendKeys("Walk Water Fund");
		secretariat.findElement(By.id("entry-nameFr")).sendKeys("Fonds de l’eau Walk");
		secretariat.findElement(By.id("entry-nameEs")).sendKeys("Fondo del agua Walk");
		secretariat.findElement(By.id("entry-description")).sendKeys("A programme added in the walk.");
		Browser.check(secretariat, "93-programme-new");
		Browser.navigate(secretariat, secretariat.findElement(By.xpath("//button[normalize-space()='Save']")));
		assertThat(secretariat.findElement(By.tagName("table")).getText()).contains("WALK_FUND");

		// The programme on VEI – Bulawayo, through its edit form.
		openBulawayo();
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Edit")));
		new Select(secretariat.findElement(By.id("details-programme"))).selectByValue("WALK_FUND");
		Browser.navigate(secretariat, secretariat.findElement(
				By.xpath("//form[contains(@action, '/partnerships/24') and .//*[@id='details-programme']]//button")));
		assertThat(
				jdbc.sql("select funding_programme_code from partnership where id = 24").query(String.class).single())
			.isEqualTo("WALK_FUND");

		// An output of its work plan counted in the new unit.
		openBulawayo();
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Work plan")));
		Browser.navigate(secretariat,
				secretariat.findElement(By.linkText("District metered areas in two pilot zones")));
		secretariat.findElement(By.id("output-title")).sendKeys("Walk: buckets delivered");
		new Select(secretariat.findElement(By.id("output-unitCode"))).selectByValue("WALK_BUCKETS");
		Browser.navigate(secretariat,
				secretariat.findElement(By.xpath("//h3[normalize-space()='Add an output']/ancestor::form//button")));
		assertThat(secretariat.findElement(By.id("outputs")).findElement(By.xpath("..")).getText())
			.contains("Walk: buckets delivered", "Walk buckets");
		Browser.check(secretariat, "94-output-in-new-unit");

		// The programme retired: its history says so.
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Reference lists")));
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Funding programmes")));
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("WALK_FUND")));
		Browser.navigate(secretariat, secretariat.findElement(By.xpath("//button[normalize-space()='Retire']")));
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The entry was retired.");
		assertThat(secretariat.findElement(By.cssSelector("ol.history")).getText()).contains("Retired",
				"Name in French", "Fonds de l’eau Walk");
		Browser.check(secretariat, "95-programme-retired");

		// Kept on the partnership that has it, gone from the new-partnership form.
		openBulawayo();
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Edit")));
		assertThat(new Select(secretariat.findElement(By.id("details-programme"))).getFirstSelectedOption().getText())
			.isEqualTo("Walk Water Fund");
		Browser.check(secretariat, "96-partnership-keeps-retired-programme");
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Partnerships")));
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("New partnership")));
		assertThat(secretariat.findElements(By.cssSelector("option[value=WALK_FUND]"))).isEmpty();
		assertThat(secretariat.findElements(By.cssSelector("option[value=WATERWORX]"))).isNotEmpty();
		Browser.check(secretariat, "97-new-partnership-without-retired-programme");
	}

	/** VEI – Bulawayo, found from the navigation and the search. */
	private void openBulawayo() {
		Browser.navigate(secretariat, secretariat.findElement(By.linkText("Partnerships")));
		secretariat.findElement(By.id("q")).sendKeys("Bulawayo");
		Browser.navigate(secretariat,
				secretariat.findElement(By.xpath("//form[@role='search']//button[@type='submit' or not(@type)]")));
		Browser.navigate(secretariat, secretariat.findElement(By.partialLinkText("VEI – Bulawayo")));
		assertThat(secretariat.findElement(By.tagName("h1")).getText()).contains("Bulawayo");
	}

}
