package org.wopplatform.web.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.persistence.report.AnnualFigureQueries.StorySeed;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The annual report as a PDF: the secretariat opens and publishes the 2020 report, and
 * anyone downloads it as a PDF that opens, has a table of contents with page numbers, the
 * headline figures as the records count them, its chapters and stories, and only embedded
 * fonts. Its pages are drawn as PNG under {@code target/report-pdf/} for review. Each
 * test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnnualReportPdfTests {

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	static final Path PAGES = Path.of("target", "report-pdf");

	static final List<String> CHAPTERS = List.of("Headline figures", "Breakdowns", "SDG targets addressed", "Results",
			"Capacity change", "Partnership stories", "Regional chapters");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AnnualFigureQueries figures;

	private MvcResult send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(SECRETARIAT))
			.with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(302);
		return result;
	}

	/** Opens the 2020 draft and gives it the first story the records offer. */
	private StorySeed draftWithAStory() throws Exception {
		send("/reports", "year", "2020");
		StorySeed seed = figures.storySeeds(2020).get(0);
		send("/reports/2020/stories", "partnershipId", Long.toString(seed.partnershipId()), "source", seed.source());
		return seed;
	}

	private byte[] pdf(MockHttpServletRequestBuilder request, String language) throws Exception {
		MvcResult result = mvc.perform(request.header("Accept-Language", language)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("wop-report-2020-" + language + ".pdf");
		return result.getResponse().getContentAsByteArray();
	}

	private static String text(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setLineSeparator("\n");
		return stripper.getText(document);
	}

	@Test
	void thePublishedReportIsATypesetPdfWithContentsFiguresAndEmbeddedFonts() throws Exception {
		StorySeed story = draftWithAStory();
		send("/reports/2020/publish", "version", "0");
		long active = figures.live(2020).count("ACTIVE");

		byte[] file = pdf(get("/reports/2020/report.pdf"), "en");

		try (PDDocument document = Loader.loadPDF(file)) {
			drawPages(document, file);
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Annual report 2020");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for assistive technology")
				.isTrue();
			String text = text(document);
			String words = text.replaceAll("\\s+", " ");
			assertThat(words).contains("Annual report 2020", "Published on", "Contents")
				.contains(CHAPTERS)
				.contains("WOPs active", "WOPs started", "WOPs completed", "WOPs not dated",
						"Utilities engaged (mentor or mentee side)", "Utilities on the mentor side",
						"Utilities on the mentee side", "Countries where mentee utilities are", "Regional platforms",
						"People served by the mentee utilities", "How we count")
				.contains(story.partnership());
			assertThat(text).as("the number of active partnerships above its label")
				.containsPattern(Pattern.compile("(?m)^" + active + "\\s*$\\n^WOPs active"));
			for (String chapter : CHAPTERS) {
				assertThat(text).as("the contents give the page of %s", chapter)
					.containsPattern(Pattern.compile("(?m)^" + Pattern.quote(chapter) + "[ .]*\\.\\s*\\d+$"));
			}
			assertThat(document.getDocumentCatalog().getDocumentOutline().children())
				.extracting(item -> item.getTitle())
				.startsWith("Contents")
				.containsAll(CHAPTERS);
			assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
		}
	}

	@Test
	void thePdfIsInTheReadersLanguageWithItsAccentsAndPunctuation() throws Exception {
		draftWithAStory();
		send("/reports/2020/publish", "version", "0");

		try (PDDocument french = Loader.loadPDF(pdf(get("/reports/2020/report.pdf"), "fr"))) {
			assertThat(words(french)).contains("Rapport annuel 2020", "Sommaire", "Chiffres clés", "WOP actifs",
					"Opérateurs côté mentor", "Comment nous comptons",
					"Ses chiffres sont figés tels qu’ils étaient alors");
		}
		try (PDDocument spanish = Loader.loadPDF(pdf(get("/reports/2020/report.pdf"), "es"))) {
			assertThat(words(spanish)).contains("Informe anual 2020", "Contenido", "Capítulos regionales",
					"Países de los operadores aprendices", "WOP activas", "Cómo contamos");
		}
	}

	@Test
	void theSecretariatsDraftPdfSaysItIsADraft() throws Exception {
		draftWithAStory();

		byte[] file = pdf(get("/reports/2020/report.pdf").with(user(SECRETARIAT)), "en");

		try (PDDocument document = Loader.loadPDF(file)) {
			assertThat(words(document)).contains("Annual report 2020 – Draft", "Draft preview");
		}
		assertThat(mvc.perform(get("/reports/2020/report.pdf")).andReturn().getResponse().getStatus()).as("public")
			.isEqualTo(404);
	}

	@Test
	void theCapacityChapterPrintsItsTablesAndCharts() throws Exception {
		// The demo's illustrative assessments: 2024 has approved ones.
		send("/reports", "year", "2024");
		send("/reports/2024/publish", "version", "0");
		var capacity = figures.live(2024).capacity();
		assertThat(capacity.assessed()).isPositive();

		MvcResult result = mvc.perform(get("/reports/2024/report.pdf").header("Accept-Language", "en")).andReturn();
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = text(document);
			String chapter = words(document).substring(words(document).lastIndexOf("Capacity change"));
			assertThat(chapter).contains("Capacity dimensions assessed in approved reports", "Stages reached",
					"Dimensions with a positive change, by working area and category", "Organisational, transactional",
					"Stage 3: Visibility of changes");
			assertThat(text).as("the dimensions assessed, as counted")
				.containsPattern(Pattern.compile("(?m)^Capacity dimensions assessed in approved reports "
						+ capacity.assessed() + " " + figures.live(2024).count("CAPACITY_ASSESSED") + "$"));
		}
	}

	/** The text with every run of white space as one space (lines wrap anywhere). */
	private static String words(PDDocument document) throws IOException {
		return text(document).replaceAll("\\s+", " ");
	}

	/** The fonts of every page, including those of the page numbers. */
	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

	/** The file and each of its pages as PNG, for review. */
	private static void drawPages(PDDocument document, byte[] file) throws IOException {
		Files.createDirectories(PAGES);
		try (var old = Files.list(PAGES)) {
			for (Path png : old.toList()) {
				Files.delete(png);
			}
		}
		Files.write(PAGES.resolve("report.pdf"), file);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			BufferedImage image = renderer.renderImageWithDPI(i, 72);
			ImageIO.write(image, "png", PAGES.resolve("page-" + (i + 1) + ".png").toFile());
		}
	}

}
