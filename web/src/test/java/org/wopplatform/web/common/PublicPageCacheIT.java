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
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "fr");
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
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

}
