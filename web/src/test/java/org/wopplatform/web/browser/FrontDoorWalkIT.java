package org.wopplatform.web.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door in real browsers: the secretariat publishes the 2020 report; a visitor
 * reads the home page in English, French and Spanish (its figures, the map, the search
 * box, the paths), opens the map, follows a country drawn on it, reads a regional
 * platform's page with its region map and the report's regional chapter. Every page
 * passes the HTML checker and axe-core; screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrontDoorWalkIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver secretariat;

	private WebDriver visitor;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForgetTheReport() {
		for (WebDriver driver : new WebDriver[] { secretariat, visitor }) {
			if (driver != null) {
				driver.quit();
			}
		}
		jdbc.sql("delete from annual_report where year = 2020").update();
		jdbc.sql("delete from audit_event where entity_type = 'AnnualReport'").update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void publish2020() {
		secretariat = Browser.open("en");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");
		secretariat.get(url("/reports"));
		secretariat.findElement(By.id("report-year")).sendKeys("2020");
		Browser.navigate(secretariat, secretariat.findElement(By.cssSelector("form.form button[type=submit]")));
		Browser.navigate(secretariat,
				secretariat.findElement(By.xpath("//button[starts-with(normalize-space(), 'Make a story of ')]")));
		Browser.navigate(secretariat,
				secretariat.findElement(By.xpath("//button[normalize-space()='Publish the annual report 2020']")));
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2020");
	}

	@Test
	void aVisitorComesInByTheFrontDoorAndFindsTheirWay() {
		publish2020();
		visitor = Browser.open("en");

		for (String language : List.of("en", "fr", "es")) {
			visitor.get(url("/?lang=" + language));
			assertThat(visitor.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			assertThat(visitor.findElements(By.cssSelector(".front-report .headlines a"))).isNotEmpty();
			assertThat(visitor.findElements(By.cssSelector(".front-stories article"))).isNotEmpty();
			assertThat(visitor.findElements(By.cssSelector("form[role=search] input[name=q]"))).hasSize(1);
			assertThat(visitor.findElements(By.cssSelector(".visitor-paths .path"))).hasSize(3);
			assertThat(visitor.findElements(By.cssSelector(".front-map svg use.land"))).hasSize(1);
			// the land drawn whole from the outlines' own document: as wide as the world,
			// and from Antarctica to the Arctic
			drawn(visitor, ".front-map svg use.land", 990);
			assertThat(box(visitor, ".front-map svg use.land")[3]).isGreaterThan(450);
			Browser.check(visitor, "60-home-" + language);
		}
		visitor.get(url("/?lang=en"));

		// The map, and a country drawn on it.
		Browser.navigate(visitor, visitor.findElement(By.cssSelector(".visitor-paths a[href='/map']")));
		assertThat(visitor.findElement(By.tagName("h1")).getText()).isEqualTo("Map of partnerships");
		Browser.check(visitor, "61-map");
		drawn(visitor, "svg a.country[href='/countries/KE'] use.taking-part", 5);
		// Kenya where it lies: from 34° to 42° east (x 594 to 617 of 1000)
		double[] kenyaDrawn = box(visitor, "svg a.country[href='/countries/KE'] use.taking-part");
		assertThat(kenyaDrawn[0]).isBetween(590.0, 600.0);
		assertThat(kenyaDrawn[0] + kenyaDrawn[2]).isBetween(610.0, 620.0);
		WebElement kenya = visitor.findElement(By.cssSelector("svg a.country[href='/countries/KE']"));
		assertThat(kenya.getAttribute("aria-label")).startsWith("Kenya: ");
		Browser.navigate(visitor, kenya);
		assertThat(visitor.getCurrentUrl()).endsWith("/countries/KE");
		assertThat(visitor.findElement(By.tagName("h1")).getText()).isEqualTo("Kenya");

		// A regional platform's page with its map.
		visitor.get(url("/platforms/WOP_AFRICA"));
		assertThat(visitor.findElements(By.cssSelector(".region-map svg use.region")).size()).isGreaterThan(10);
		drawn(visitor, ".region-map svg use.region", 1);
		Browser.check(visitor, "62-platform-region-map");

		// The report's regional chapter, a map per region.
		visitor.get(url("/reports/2020#REGIONS"));
		assertThat(visitor.findElements(By.cssSelector("#REGIONS .region-map svg"))).isNotEmpty();
		Browser.check(visitor, "63-report-region-maps");
	}

	/**
	 * At 320 CSS pixels wide (a phone, or a page zoomed to 400 %) nothing runs off the
	 * page's edge (WCAG 1.4.10, reflow): the menu wraps, the figures fit their cards,
	 * wide tables scroll within themselves.
	 */
	@Test
	void pagesReflowOnANarrowScreen() {
		publish2020();
		visitor = Browser.open("fr");
		reflows(visitor, "fr",
				List.of("/", "/partnerships", "/partnerships/1", "/map", "/utilities", "/utilities/5", "/sdg/6.1",
						"/platforms/WOP_AFRICA", "/countries/KE", "/reports", "/reports/2020", "/brokering/requests"));
	}

	/**
	 * The same for the pages people work in, signed in (forms, work lists, the board).
	 */
	@Test
	void workPagesReflowOnANarrowScreen() {
		secretariat = Browser.open("es");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");
		reflows(secretariat, "es",
				List.of("/work", "/partnerships/new", "/partnerships/1/edit", "/partnerships/1/work-plan",
						"/partnerships/1/capacity", "/partnerships/1/reports", "/partnerships/1/dashboard",
						"/partnerships/1/history", "/brokering/board", "/brokering/requests/new", "/admin/users",
						"/lists", "/reports"));
	}

	/**
	 * Each page, 320 CSS pixels wide, has nothing past its edge; on failure, the first
	 * elements past it.
	 */
	private void reflows(WebDriver driver, String language, List<String> pages) {
		driver.manage().window().setSize(new Dimension(320, 800));
		JavascriptExecutor script = (JavascriptExecutor) driver;
		assertThat(((Number) script.executeScript("return document.documentElement.clientWidth")).intValue())
			.as("the page's width")
			.isLessThanOrEqualTo(320);
		for (String page : pages) {
			driver.get(url(page + "?lang=" + language));
			Object overflow = script
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			Object beyond = script.executeScript("""
					const edge = document.documentElement.clientWidth;
					return [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > edge + 1
					    && ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
					  .slice(0, 3).map(e => e.outerHTML.slice(0, 120)).join(' | ')""");
			assertThat(((Number) overflow).intValue()).as("pixels past the edge of " + page + ": " + beyond)
				.isLessThanOrEqualTo(0);
		}
	}

	/**
	 * Waits until the outline drawn by the first element the selector finds (a
	 * {@code <use>} of the outlines' document, which the browser loads on its own) is
	 * wider than {@code width} in the map's units: fails after 10 s.
	 */
	/**
	 * The box (x, y, width, height) of what the first element the selector finds draws.
	 */
	private static double[] box(WebDriver browser, String selector) {
		@SuppressWarnings("unchecked")
		List<Number> box = (List<Number>) ((JavascriptExecutor) browser).executeScript(
				"const b = document.querySelector(arguments[0]).getBBox(); return [b.x, b.y, b.width, b.height]",
				selector);
		return box.stream().mapToDouble(Number::doubleValue).toArray();
	}

	private static void drawn(WebDriver browser, String selector, double width) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.withMessage("the outline of " + selector + " drawn wider than " + width)
			.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
					"const e = document.querySelector(arguments[0]); return e ? e.getBBox().width : 0", selector))
				.doubleValue() > width);
	}

}
