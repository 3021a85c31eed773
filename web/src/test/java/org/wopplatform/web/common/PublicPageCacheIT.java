package org.wopplatform.web.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept pages as a browser gets them from the running server, compressed or not: the same
 * page each time, with the same type and language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPageCacheIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
		return get(path, gzip ? "gzip, deflate, br" : null);
	}

	private HttpResponse<byte[]> get(String path, @Nullable String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "fr");
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(HttpResponse<byte[]> response) {
		boolean gzipped = response.headers()
			.firstValue("Content-Encoding")
			.filter("gzip"::equalsIgnoreCase)
			.isPresent();
		try {
			byte[] body = gzipped ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
					: response.body();
			return new String(body, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not the encoding the answer says: " + response.headers().map(), ex);
		}
	}

	@Test
	void aKeptPageIsTheSamePageCompressedOrNot() throws Exception {
		for (String path : new String[] { "/partnerships?page=1", "/api/v1/partnerships" }) {
			HttpResponse<byte[]> first = get(path, true);
			String page = text(first);
			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(page).hasSizeGreaterThan(10_000);
			for (boolean gzip : new boolean[] { true, true, false, true }) {
				HttpResponse<byte[]> again = get(path, gzip);
				assertThat(text(again)).as(path + (gzip ? " gzip" : " plain")).isEqualTo(page);
				assertThat(again.headers().firstValue("Content-Type"))
					.isEqualTo(first.headers().firstValue("Content-Type"));
				assertThat(again.headers().firstValue("Content-Language"))
					.isEqualTo(first.headers().firstValue("Content-Language"));
			}
		}
	}

	@Test
	void aProducedPageGoesCompressedToBrowsersAndIsTheSamePage() throws Exception {
		// ?lang= pages are never kept: produced each time, compressed by the application
		HttpResponse<byte[]> compressed = get("/partnerships/1?lang=fr", true);
		HttpResponse<byte[]> plain = get("/partnerships/1?lang=fr", false);

		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(compressed.headers().allValues("Vary")).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(text(compressed)).isEqualTo(text(plain)).contains("<h1");
	}

	@Test
	void aKeptPageGoesCompressedToReadersThatAcceptGzipOnlyAndSaysItVaries() throws Exception {
		String path = "/";
		String page = text(get(path, false));
		java.util.Map<String, Boolean> compressed = java.util.Map.of("gzip", true, "br;q=1.0, gzip;q=0.8", true, "*",
				true, "gzip;q=0", false, "identity", false, "br", false, "gzip;q=0, *", false, "br, *;q=0.1", true);
		for (String accepted : compressed.keySet()) {
			HttpResponse<byte[]> kept = get(path, accepted);
			boolean gzip = compressed.get(accepted);
			assertThat(kept.headers().firstValue("Content-Encoding")).as(accepted)
				.isEqualTo(gzip ? java.util.Optional.of("gzip") : java.util.Optional.empty());
			assertThat(text(kept)).as(accepted).isEqualTo(page);
			assertThat(kept.headers().allValues("Vary")).as(accepted)
				.anyMatch(vary -> vary.toLowerCase(java.util.Locale.ROOT).contains("accept-encoding"));
			if (gzip) {
				assertThat(kept.body().length).as("compressed").isLessThan(page.length() / 2);
			}
		}
	}

}
