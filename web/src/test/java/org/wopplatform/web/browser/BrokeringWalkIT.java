package org.wopplatform.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
 * The brokering walk, in a real browser against the running application on a random port:
 * a utility asks for support (fixing the form's errors on the way), the coordinator of
 * its platform sees the ranked, explained candidate mentors, proposes the first one,
 * records the introduction, the concept note and the signature, and creates the
 * partnership, which shows in pipeline; the utility reads the news in its work list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokeringWalkIT {

	private static final String REQUEST_TITLE = "Cutting non-revenue water in Mwanza (browser walk)";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver utility;

	private WebDriver coordinator;

	private Path conceptNote;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForgetTheWalk() throws IOException {
		if (utility != null) {
			utility.quit();
		}
		if (coordinator != null) {
			coordinator.quit();
		}
		if (conceptNote != null) {
			Files.deleteIfExists(conceptNote);
		}
		jdbc.sql("""
				delete from audit_event where entity_type = 'Partnership'
				    and entity_id in (select id from partnership where reference_code like 'BRK-%')""").update();
		jdbc.sql("delete from partnership where reference_code like 'BRK-%'").update();
		jdbc.sql("delete from notification").update();
		jdbc.sql("""
				delete from audit_event where entity_type = 'Match'
				    and entity_id in (select m.id from brokering_match m join support_request r on r.id = m.request_id
				                      where r.title = :title)""").param("title", REQUEST_TITLE).update();
		jdbc.sql("""
				delete from audit_event where entity_type = 'SupportRequest'
				    and entity_id in (select id from support_request where title = :title)""")
			.param("title", REQUEST_TITLE)
			.update();
		jdbc.sql("delete from support_request where title = :title").param("title", REQUEST_TITLE).update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(WebDriver driver, String email, String password) {
		Browser.signIn(driver, url(""), email, password);
	}

	private static void submit(WebDriver driver) {
		Browser.navigate(driver, driver.findElement(By.cssSelector("form.form button[type=submit]")));
	}

	@Test
	void aSupportRequestIsMatchedIntroducedAgreedAndBecomesAPartnership() {
		utility = Browser.open("en");
		coordinator = Browser.open("en");
		signIn(utility, "staff.mwauwasa@example.org", "demo-utility");
		signIn(coordinator, "coordinator.africa@example.org", "demo-coordinator");

		// The utility asks for support, forgetting what it needs and its language.
		utility.get(url("/brokering/requests"));
		Browser.navigate(utility, utility.findElement(By.linkText("Ask for support")));
		assertThat(utility.getCurrentUrl()).endsWith("/brokering/requests/new");
		Browser.check(utility, "20-new-request");
		utility.findElement(By.id("request-title")).sendKeys(REQUEST_TITLE);
		utility.findElement(By.id("request-context"))
			.sendKeys("Half the water produced is not billed; zone metering started in 2025.");
		new Select(utility.findElement(By.id("request-urgency"))).selectByValue("HIGH");
		new Select(utility.findElement(By.id("request-needs-0-area"))).selectByValue("NRW");
		submit(utility);

		WebElement need = utility.findElement(By.id("request-needs-0-text"));
		assertThat(need.findElement(By.xpath("preceding-sibling::p[contains(@class, 'field-error')]")).getText())
			.isEqualTo("Say what is needed in this area.");
		assertThat(utility.findElement(By.id("request-languages-error")).getText())
			.isEqualTo("Choose at least one working language.");
		assertThat(utility.findElement(By.id("request-title")).getAttribute("value")).isEqualTo(REQUEST_TITLE);
		assertThat(new Select(utility.findElement(By.id("request-needs-0-area"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("NRW");
		Browser.check(utility, "21-new-request-errors");

		utility.findElement(By.id("request-needs-0-text"))
			.sendKeys("District metered areas and active leak detection for the city network");
		utility.findElement(By.cssSelector("input[name=languages][value=en]")).click();
		utility.findElement(By.cssSelector("input[name=sdgTargets][value='6.1']")).click();
		submit(utility);

		assertThat(utility.getCurrentUrl()).matches(".*/brokering/requests/\\d+");
		assertThat(utility.findElement(By.tagName("h1")).getText()).isEqualTo(REQUEST_TITLE);
		assertThat(utility.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("The request was saved.");
		String request = utility.getCurrentUrl();
		Browser.check(utility, "22-request");

		// The coordinator of WOP-Africa sees the ranked candidates with why each scores.
		coordinator.get(request);
		assertThat(coordinator.findElement(By.id("candidates")).getText()).isEqualTo("Candidate mentors");
		// At most ten candidates, each folded to its name, score and strongest reasons.
		assertThat(coordinator.findElements(By.cssSelector("ol.candidates li.candidate"))).hasSizeLessThanOrEqualTo(10);
		WebElement first = coordinator.findElement(By.cssSelector("ol.candidates li.candidate"));
		String mentor = first.findElement(By.cssSelector("summary .candidate-name")).getText();
		assertThat(mentor).isIn("eThekwini Water & Sanitation Services", "National Water and Sewerage Corporation");
		assertThat(first.findElement(By.cssSelector("table.explanation")).isDisplayed()).isFalse();
		first.findElement(By.tagName("summary")).click();
		assertThat(first.findElement(By.cssSelector("table.explanation")).getText()).contains("Eastern Africa");
		Browser.check(coordinator, "23-request-candidates");

		Browser.navigate(coordinator, first.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(coordinator.getCurrentUrl()).matches(".*/brokering/matches/\\d+");
		assertThat(coordinator.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The mentor was proposed; the parties were notified.");
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Proposed");
		Browser.check(coordinator, "24-match-proposed");

		// Introduction, concept note, signature. An introduction dated before the
		// proposal is refused next to its date, with what was typed kept.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		coordinator.findElement(By.id("step-introducedOn")).sendKeys(today.minusDays(7).toString());
		coordinator.findElement(By.id("step-introducedBy")).sendKeys("WOP-Africa coordinator, by video call");
		submit(coordinator);
		assertThat(coordinator.findElement(By.id("step-introducedOn-error")).getText())
			.isEqualTo("The introduction cannot come before the match was proposed.");
		assertThat(coordinator.findElement(By.id("step-introducedBy")).getAttribute("value"))
			.isEqualTo("WOP-Africa coordinator, by video call");
		Browser.check(coordinator, "24-match-introduction-refused");
		WebElement introducedOn = coordinator.findElement(By.id("step-introducedOn"));
		introducedOn.clear();
		introducedOn.sendKeys(today.toString());
		submit(coordinator);
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Introduced");

		coordinator.findElement(By.id("step-title")).sendKeys("Concept note: NRW reduction in two Mwanza zones");
		coordinator.findElement(By.id("step-file")).sendKeys(conceptNotePdf().toAbsolutePath().toString());
		submit(coordinator);
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Concept note");
		assertThat(coordinator.findElement(By.cssSelector("ol.path")).getText())
			.contains("Concept note: NRW reduction in two Mwanza zones")
			.contains("Download concept-note");
		Browser.check(coordinator, "25-match-concept-note");

		new Select(coordinator.findElement(By.id("step-kind"))).selectByValue("LETTER_OF_INTENT");
		coordinator.findElement(By.id("step-signedOn")).sendKeys(today.toString());
		submit(coordinator);
		assertThat(coordinator.findElement(By.cssSelector(".status")).getText()).isEqualTo("Agreement signed");
		Browser.check(coordinator, "26-match-agreement");

		// The partnership is created in pipeline, with the proposed mentor.
		Browser.navigate(coordinator,
				coordinator.findElement(By.xpath("//button[normalize-space()='Create the partnership']")));
		assertThat(coordinator.getCurrentUrl()).matches(".*/partnerships/\\d+");
		assertThat(coordinator.findElement(By.tagName("h1")).getText()).contains("MWAUWASA").contains(REQUEST_TITLE);
		assertThat(coordinator.findElement(By.cssSelector(".record-header .status")).getText()).isEqualTo("Pipeline");
		assertThat(coordinator.findElement(By.cssSelector(".mentoring")).getText()).contains(mentor)
			.contains("MWAUWASA");
		Browser.check(coordinator, "27-partnership-from-match");

		// The utility reads the news of each step in its work list.
		utility.get(url("/work"));
		String news = utility.findElement(By.cssSelector("ul.notifications")).getText();
		assertThat(news).contains(mentor + " was proposed as mentor of")
			.contains("was created (“" + REQUEST_TITLE + "”)");
		Browser.check(utility, "28-work-brokering-news");
	}

	/** A small PDF for the concept note, in a temporary file the browser uploads. */
	private Path conceptNotePdf() {
		try {
			conceptNote = Files.createTempFile("concept-note", ".pdf");
			Files.writeString(conceptNote, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
					StandardCharsets.US_ASCII);
			return conceptNote;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
