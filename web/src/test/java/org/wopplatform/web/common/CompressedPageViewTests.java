package org.wopplatform.web.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Produced pages go compressed to readers that accept gzip (every browser), and the same
 * page as the others get; a page the public cache keeps is kept as it is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompressedPageViewTests {

	private static final String BROWSERS = "gzip, deflate, br";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PublicPageCache pages;

	@BeforeEach
	void forget() {
		pages.clear();
	}

	@Test
	void aProducedPageGoesCompressedToReadersThatAcceptGzip() throws Exception {
		MockHttpServletResponse plain = mvc.perform(get("/partnerships/1?lang=en")).andReturn().getResponse();
		MockHttpServletResponse compressed = mvc
			.perform(get("/partnerships/1?lang=en").header("Accept-Encoding", BROWSERS))
			.andReturn()
			.getResponse();

		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsString()).contains("<h1");
		// written as UTF-8 as it was produced, its length said
		assertThat(plain.getContentAsString()).contains("Operators’ Partnerships");
		assertThat(plain.getContentLength()).isEqualTo(plain.getContentAsByteArray().length);
		assertThat(compressed.getStatus()).isEqualTo(200);
		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.getHeaders("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));
		assertThat(compressed.getContentType()).startsWith("text/html");
		assertThat(compressed.getContentLength()).isEqualTo(compressed.getContentAsByteArray().length);
		assertThat(gunzipped(compressed.getContentAsByteArray())).isEqualTo(plain.getContentAsString());
	}

	@Test
	void aSignedInPageToo() throws Exception {
		MockHttpServletResponse compressed = mvc
			.perform(get("/partnerships/1").with(user(DemoUsers.SECRETARIAT)).header("Accept-Encoding", BROWSERS))
			.andReturn()
			.getResponse();

		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzipped(compressed.getContentAsByteArray())).contains("<h1").endsWith("</html>\n");
	}

	@Test
	void notForReadersThatRefuseIt() throws Exception {
		MockHttpServletResponse refused = mvc
			.perform(get("/partnerships/1?lang=en").header("Accept-Encoding", "gzip;q=0, identity"))
			.andReturn()
			.getResponse();

		assertThat(refused.getHeader("Content-Encoding")).isNull();
		assertThat(refused.getContentAsString()).contains("<h1");
	}

	@Test
	void aPageBeingKeptIsKeptAsWrittenAndServedToEachAsAsked() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/partnerships/1").header("Accept-Encoding", BROWSERS))
			.andReturn()
			.getResponse();
		MockHttpServletResponse plain = mvc.perform(get("/partnerships/1")).andReturn().getResponse();
		MockHttpServletResponse compressed = mvc.perform(get("/partnerships/1").header("Accept-Encoding", BROWSERS))
			.andReturn()
			.getResponse();

		// the first is written as it is produced (the server compresses it on its way)
		assertThat(first.getHeader("Content-Encoding")).isNull();
		assertThat(first.getContentAsString()).contains("<h1");
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzipped(compressed.getContentAsByteArray())).isEqualTo(first.getContentAsString());
	}

	@Test
	void quickGzipIsGzip() throws IOException {
		Random random = new Random(7);
		for (int size : new int[] { 0, 1, 100, 8191, 8192, 70_000, 1_000_000 }) {
			StringBuilder text = new StringBuilder(size);
			while (text.length() < size) {
				text.append(random.nextInt(3) == 0 ? "<td class=\"number\">" : Integer.toString(random.nextInt()));
			}
			byte[] body = text.substring(0, size).getBytes(StandardCharsets.UTF_8);
			// twice: the second with a compressor used before
			for (int round = 0; round < 2; round++) {
				byte[] compressed = Compression.gzipQuickly(body, body.length);
				try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
					assertThat(in.readAllBytes()).as("%d bytes", size).isEqualTo(body);
				}
			}
		}
	}

	@Test
	void pagesAreWrittenInUtf8AsTheWriterBeforeWroteThem() throws IOException {
		Random random = new Random(11);
		// ASCII, accents, arrows and dashes, CJK, emoji (pairs), and halves of pairs
		// alone
		String[] pieces = { "<td class=\"number\">", "é", "Opérateurs", "→", "–", "水務", "😀", "\uD83D", "\uDE00", "x",
				"\n", "’" };
		for (int round = 0; round < 200; round++) {
			java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
			java.io.ByteArrayOutputStream actual = new java.io.ByteArrayOutputStream();
			try (java.io.PrintWriter before = new java.io.PrintWriter(
					new java.io.OutputStreamWriter(expected, StandardCharsets.UTF_8));
					java.io.PrintWriter now = new CompressedPageView.Utf8Writer(actual)) {
				int writes = random.nextInt(3000);
				for (int i = 0; i < writes; i++) {
					String piece = pieces[random.nextInt(pieces.length)];
					switch (random.nextInt(4)) {
						case 0 -> {
							before.write(piece);
							now.write(piece);
						}
						case 1 -> {
							before.write(piece.toCharArray(), 0, piece.length());
							now.write(piece.toCharArray(), 0, piece.length());
						}
						case 2 -> {
							before.write(piece.charAt(0));
							now.write(piece.charAt(0));
						}
						default -> {
							before.print(piece);
							now.print(piece);
						}
					}
				}
			}
			assertThat(actual.toByteArray()).as("round %d", round).isEqualTo(expected.toByteArray());
		}
	}

	private static String gunzipped(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
