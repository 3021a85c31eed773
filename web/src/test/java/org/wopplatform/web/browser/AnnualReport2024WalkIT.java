package org.wopplatform.web.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2024 annual report of GWOPA, reproduced from the demo data in a browser: the
 * secretariat opens the year, gives it the introduction, finds the four partnerships the
 * published report tells (two of them completed years before 2024) and tells their
 * stories from their records, gives one a picture, moves a chapter, previews the report
 * in three languages and publishes it; the public reads it and downloads the PDF, which
 * is read back: cover, contents, every chapter, the picture and the fonts embedded. Each
 * page passes the HTML checker and axe-core; screenshots of the report and the PDF's
 * pages go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualReport2024WalkIT {

	/**
	 * The four stories of the published 2024 report, as the report's public excerpt tells
	 * them (the seed document of the platform), by demo partnership id.
	 */
	static final Map<Long, String> STORIES = Map.of(1L,
			"The Water Operator's Partnership between VEI and Nakuru County from 2017 to 2021 had the main goal to increase and improve water and sanitation services in Nakuru County in line with the Sustainable Development Goals (SDGs), by promoting benchmarking activities, increasing water and sanitation coverage, increasing water supply, improving distribution management (non-revenue water, and establishing a strong customer-support mechanism.",
			2L,
			"The Water Operators' Partnership between VEI and MWAUWASA aimed to improve the operational and financial performance of MWAUWASA through on-the-job training in the development and implementation of an non-revenue water reduction plan, geographic information systems, online reporting system, asset management, hydraulic modelling, management and leadership training, as well as policy and study development, such as a pro-poor strategy.",
			3L,
			"The main objective of the Water Operators' Partnership between World Waternet and SOMAGEP-HER was to strengthen SOMAGEP-HER to provide sustainable water services to urban poor people in Mali by improving the entire organization, including leadership, human resources, finance, customer services, asset management and non-revenue water. The partnership also aimed to increase the utility's revenue and bankability in order to enable SOMAGEP-HER to attract external financing for infrastructure investments.",
			4L,
			"The overall objective of this Water Operators' Partnership (WOP) in the framework of WaterWorx between VEI and National Water and Sewerage Corporation (NWSC) was to strengthen NWSC in the sustainable delivery of cost-effective water services to a rapidly growing urban population.");

	static final String INTRODUCTION = "UN-Habitat’s 2024 Global Water Operators’ Partnerships Alliance Annual Report highlights global efforts to strengthen public water and sanitation utilities through solidarity-based peer support.";

	/** Found by these words, in the order the report tells them. */
	static final List<Map.Entry<Long, String>> FIND = List.of(Map.entry(1L, "Nakuru"),
			Map.entry(2L, "WWX-VEI-MWAUWASA"), Map.entry(3L, "SOMAGEP"), Map.entry(4L, "NWSC"));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver secretariat;

	private WebDriver reader;

	private Path picture;

	@BeforeAll
	static void needsChromium() {
		Browser.requireChromium();
	}

	@AfterEach
	void forgetTheYear() throws Exception {
		for (WebDriver driver : new WebDriver[] { secretariat, reader }) {
			if (driver != null) {
				driver.quit();
			}
		}
		jdbc.sql("delete from annual_report where year = 2024").update();
		if (picture != null) {
			Files.deleteIfExists(picture);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The first page of the stories chapter (index from 0). */
	private static int storiesPage(PDDocument document) throws java.io.IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		for (int page = 2; page <= document.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			if (stripper.getText(document).contains("A water kiosk in Nakuru")) {
				return page - 1;
			}
		}
		return 0;
	}

	/** The images drawn with these resources, inside forms too. */
	private static int images(org.apache.pdfbox.pdmodel.PDResources resources) throws java.io.IOException {
		int count = 0;
		for (var name : resources.getXObjectNames()) {
			var object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				count++;
			}
			else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
					&& form.getResources() != null) {
				count += images(form.getResources());
			}
		}
		return count;
	}

	private static void press(WebDriver driver, String xpath) {
		Browser.navigate(driver, driver.findElement(By.xpath(xpath)));
	}

	@Test
	void theSecretariatReproducesThe2024ReportAndThePublicReadsItsPdf() throws Exception {
		secretariat = Browser.open("en");
		Browser.signIn(secretariat, url(""), "secretariat@example.org", "demo-secretariat");
		secretariat.get(url("/reports"));
		secretariat.findElement(By.id("report-year")).sendKeys("2024");
		Browser.navigate(secretariat, secretariat.findElement(By.cssSelector("form.form button[type=submit]")));
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2024/edit");
		secretariat.findElement(By.id("report-introduction")).sendKeys(INTRODUCTION);
		press(secretariat, "//textarea[@id='report-introduction']/ancestor::form//button[normalize-space()='Save']");
		Browser.check(secretariat, "80-report-2024-editor");

		// The four partnerships, found by their names, completed ones too.
		for (Map.Entry<Long, String> find : FIND) {
			secretariat.get(url("/reports/2024/edit"));
			secretariat.findElement(By.id("find")).sendKeys(find.getValue());
			press(secretariat, "//input[@id='find']/ancestor::form//button");
			press(secretariat, "//ul[@id='found']//form[input[@name='partnershipId' and @value='" + find.getKey()
					+ "'] and input[@name='source' and @value='record: description']]//button");
			assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText()).contains("story was added");
		}
		Browser.check(secretariat, "81-report-2024-stories-chosen");

		// A picture for the first story, with its caption and credit.
		long nakuru = jdbc
			.sql("select s.id from annual_report_story s join annual_report r on r.id = s.report_id"
					+ " where r.year = 2024 and s.partnership_id = 1")
			.query(Long.class)
			.single();
		picture = Files.createTempFile("nakuru", ".png");
		BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(11, 92, 138));
		g.fillRect(0, 0, 480, 270);
		g.setColor(Color.WHITE);
		g.fillOval(180, 70, 120, 120);
		g.dispose();
		ImageIO.write(image, "png", picture.toFile());
		secretariat.get(url("/reports/2024/edit#story-" + nakuru));
		secretariat.findElement(By.id("story-" + nakuru + "-file")).sendKeys(picture.toAbsolutePath().toString());
		secretariat.findElement(By.id("story-" + nakuru + "-caption")).sendKeys("A water kiosk in Nakuru");
		secretariat.findElement(By.id("story-" + nakuru + "-credit")).sendKeys("Demo picture");
		press(secretariat, "//form[contains(@action, '/stories/" + nakuru + "/picture')]//button");
		assertThat(secretariat.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Picture saved.");
		secretariat.findElement(By.id("story-" + nakuru + "-quote")).sendKeys("Benchmarking made the gaps visible.");
		press(secretariat, "//form[contains(@action, '/stories/" + nakuru + "') and not(contains(@action, 'picture'))"
				+ " and not(contains(@action, 'remove'))]//button[normalize-space()='Save the story']");

		// The stories come before the capacity chapter (one place up).
		press(secretariat, "//li[@id='chapter-STORIES']//button[normalize-space()='Up']");
		assertThat(secretariat.findElements(By.cssSelector(".chapter-order li span"))
			.stream()
			.map(e -> e.getText())
			.toList()
			.indexOf("Partnership stories")).isEqualTo(4);

		// The preview in three languages, then publication.
		for (String language : List.of("en", "fr", "es")) {
			secretariat.get(url("/reports/2024?lang=" + language));
			Browser.check(secretariat, "82-report-2024-preview-" + language);
		}
		secretariat.get(url("/reports/2024/edit?lang=en"));
		press(secretariat, "//button[normalize-space()='Publish the annual report 2024']");
		assertThat(secretariat.getCurrentUrl()).endsWith("/reports/2024");

		// The public reads it: the cover, the four stories with the seed's words.
		reader = Browser.open("en");
		reader.get(url("/reports/2024"));
		assertThat(reader.findElement(By.cssSelector(".report-cover")).getText())
			.contains("UN-Habitat – Global Water Operators' Partnerships Alliance")
			.contains("Annual report 2024");
		List<String> texts = reader.findElements(By.cssSelector(".story-card p.prose"))
			.stream()
			.map(e -> e.getText())
			.toList();
		assertThat(texts).containsExactlyInAnyOrderElementsOf(STORIES.values());
		assertThat(reader.findElement(By.cssSelector(".story-card")).getText()).contains("VEI → ")
			.contains("Kenya")
			.contains("2017–2021")
			.contains("Benchmarking made the gaps visible.");
		assertThat(reader.findElement(By.cssSelector(".story-card img")).getAttribute("alt"))
			.isEqualTo("A water kiosk in Nakuru");
		Browser.check(reader, "83-report-2024-public");

		// The PDF, read back.
		byte[] pdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/reports/2024/report.pdf"))).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Lines broken after a hyphen ("non-" / "revenue") read back with a space.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
			assertThat(text).contains("UN-Habitat – Global Water Operators' Partnerships Alliance",
					"Annual report 2024", "Contents", "Headline figures", "Breakdowns", "SDG targets addressed",
					"Results", "Partnership stories", "Capacity change", "Regional chapters", "How we count",
					"A water kiosk in Nakuru");
			for (String story : STORIES.values()) {
				assertThat(text).contains(story.replaceAll("\\s+", " ").replace("- ", "-"));
			}
			int images = 0;
			for (PDPage page : document.getPages()) {
				images += images(page.getResources());
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				}
			}
			assertThat(images).as("the story picture (cover and story) and the region maps embedded")
				.isGreaterThanOrEqualTo(3);
			PDFRenderer renderer = new PDFRenderer(document);
			Files.createDirectories(Browser.SCREENSHOTS);
			ImageIO.write(renderer.renderImageWithDPI(0, 60), "png",
					Browser.SCREENSHOTS.resolve("84-report-2024-pdf-cover.png").toFile());
			ImageIO.write(renderer.renderImageWithDPI(storiesPage(document), 60), "png",
					Browser.SCREENSHOTS.resolve("85-report-2024-pdf-page.png").toFile());
		}
	}

}
