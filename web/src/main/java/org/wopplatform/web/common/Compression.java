package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The server's compression settings ({@code server.compression.*}), for answers the
 * application sends already compressed: kept public pages ({@link PublicPageCache}). The
 * server leaves an answer that has a Content-Encoding as it is, so these follow its
 * rules: the same types, the same smallest size, gzip for readers that accept it.
 */
@Component
public class Compression {

	private final boolean enabled;

	private final Set<String> types;

	private final long smallest;

	Compression(@Value("${server.compression.enabled:false}") boolean enabled,
			@Value("${server.compression.mime-types:text/html,text/xml,text/plain,text/css,text/javascript,"
					+ "application/javascript,application/json,application/xml}") List<String> types,
			@Value("${server.compression.min-response-size:2KB}") DataSize smallest) {
		this.enabled = enabled;
		this.types = types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		this.smallest = smallest.toBytes();
	}

	/** Whether the server would compress an answer of this type and length. */
	boolean applies(String contentType, int length) {
		if (!enabled || length < smallest) {
			return false;
		}
		int parameters = contentType.indexOf(';');
		String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip()
			.toLowerCase(Locale.ROOT);
		return types.contains(type);
	}

	/** Tells caches between that the answer depends on Accept-Encoding, once. */
	void vary(HttpServletResponse response) {
		boolean said = response.getHeaders("Vary")
			.stream()
			.anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("accept-encoding") || value.strip().equals("*"));
		if (!said) {
			response.addHeader("Vary", "Accept-Encoding");
		}
	}

	/**
	 * Whether the reader accepts gzip: named in Accept-Encoding without {@code q=0}, or
	 * not named and {@code *} accepted (RFC 9110, 12.5.3).
	 */
	static boolean accepted(HttpServletRequest request) {
		Boolean gzip = null;
		boolean any = false;
		for (String header : Collections.list(request.getHeaders("Accept-Encoding"))) {
			for (String coding : header.split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				if (name.equals("gzip") || name.equals("x-gzip")) {
					gzip = (gzip != null && gzip) || !refused(parts);
				}
				else if (name.equals("*")) {
					any = any || !refused(parts);
				}
			}
		}
		return gzip != null ? gzip : any;
	}

	private static boolean refused(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) <= 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed, 8192)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // not from memory
		}
		return compressed.toByteArray();
	}

}
