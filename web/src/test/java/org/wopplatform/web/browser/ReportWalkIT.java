package org.wopplatform.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's walk, in real browsers against the running application: the
 * secretariat opens the 2020 draft, previews it, makes a story of a partnership and
 * publishes it; then a member of the public reads the report, opens the partnerships
 * behind a headline figure and downloads the report as a PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportWalkIT {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver secretariat;

	private WebDriver reader;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void closeAndForgetTheReport() {
		if (secretariat != null) {
			secretariat.quit();
		}
		if (reader != null) {
			reader.quit();
		}
		// Its stories and frozen members go with it.
		jdbc.sql("delete from annual_report where year = 2020").update();
		jdbc.sql("delete from audit_event where entity_type = 'AnnualReport'").update();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void follow(WebDriver driver, String linkText) {
		Browser.navigate(driver, driver.findElement(By.linkText(linkText)));
	}

	private static void press(WebDriver driver, String xpath) {
		Browser.navigate(driver, driver.findElement(By.xpath(xpath)));
	}

	@Test
	void theSecretariatPublishesTheYearAndThePublicReadsItAndDownloadsThePdf() throws Exception {
		secretariat = Browser.open("en");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");

		// The secretariat opens the year's draft.
		secretariat.get(url("/reports"));
		Browser.check(secretariat, "30-reports-secretariat");
		secretariat.findElement(By.id("report-year")).sendKeys("2020");
		Browser.navigate(secretariat, secretariat.findElement(By.cssSelector("form.form button[type=submit]")));
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2020/edit");
		assertThat(secretariat.findElement(By.tagName("h1")).getText()).isEqualTo("Draft of the annual report 2020");
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The draft was opened.");
		Browser.check(secretariat, "31-report-draft-opened");

		// It previews the draft, with the figures as the records stand now.
		follow(secretariat, "Preview the report");
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2020");
		assertThat(secretariat.findElement(By.cssSelector(".record-header .alert")).getText())
			.startsWith("Draft preview");
		Browser.check(secretariat, "32-report-draft-preview");

		// Back in the editor, it makes a story of a partnership and publishes the report.
		follow(secretariat, "Edit the draft");
		WebElement pick = secretariat
			.findElement(By.xpath("//button[starts-with(normalize-space(), 'Make a story of ')]"));
		String partnership = pick.getText().strip().substring("Make a story of ".length());
		Browser.navigate(secretariat, pick);
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The story was added; edit its text below.");
		assertThat(secretariat.findElement(By.cssSelector("article.story input[name=title]")).getAttribute("value"))
			.isEqualTo(partnership);
		Browser.check(secretariat, "33-report-story-picked");

		press(secretariat, "//button[normalize-space()='Publish the annual report 2020']");
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2020");
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The report was published; its figures are frozen.");
		assertThat(secretariat.findElement(By.cssSelector(".record-header .note")).getText())
			.startsWith("Published on");
		Browser.check(secretariat, "34-report-published");

		// A member of the public reads it.
		reader = Browser.open("en");
		reader.get(url("/reports"));
		Browser.check(reader, "35-reports-public");
		follow(reader, "Annual report 2020");
		assertThat(reader.findElement(By.tagName("h1")).getText()).isEqualTo("Annual report 2020");
		assertThat(reader.findElement(By.id("STORIES")).getText()).contains(partnership);
		Browser.check(reader, "36-report-public");

		// A headline figure opens the list of the partnerships it counts.
		WebElement active = reader.findElement(By.cssSelector(".headlines a[href$='figure=ACTIVE']"));
		long count = Long.parseLong(active.getText().replace(",", ""));
		Browser.navigate(reader, active);
		assertThat(reader.getCurrentUrl()).endsWith("/reports/2020/partnerships?figure=ACTIVE");
		List<WebElement> rows = reader.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).isNotEmpty().hasSize((int) Math.min(count, 50));
		assertThat(rows.get(0).findElement(By.cssSelector("th a")).getAttribute("href")).contains("/partnerships/");
		Browser.check(reader, "37-report-partnerships-active");

		// And downloads the report as a PDF.
		reader.navigate().back();
		String pdf = reader.findElement(By.linkText("The report as PDF")).getDomProperty("href");
		assertThat(pdf).isEqualTo(url("/reports/2020/report.pdf"));
		HttpResponse<byte[]> file = download(pdf);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("wop-report-2020-en.pdf"));
		assertThat(new String(Arrays.copyOf(file.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	private static HttpResponse<byte[]> download(String address) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(address))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
