package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.domain.common.PlainText;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Refuses a multipart body without a boundary, and an address whose query cannot be read
 * (malformed percent-encoding such as {@code %zz}, bytes that are not UTF-8 such as
 * {@code %ED%A0%80}) or carries text the platform never stores ({@link PlainText}: NUL
 * and other control characters, direction overrides), with 400 before anything runs a
 * query: the error page in the reader's language saying why, or the API's JSON error.
 * Logged as one line at debug level (it is the sender's mistake, not the platform's).
 * Form bodies are checked where they are bound ({@link PlainTextBinding}), so that a
 * refused field is shown next to what was typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryStringCheck extends OncePerRequestFilter {

	static final String MALFORMED = "request.malformed";

	private static final Logger log = LoggerFactory.getLogger(QueryStringCheck.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> refused = problemIn(request.getQueryString());
		if (refused.isEmpty() && !(request instanceof MultipartHttpServletRequest)
				&& isMultipartWithoutBoundary(request.getContentType())) {
			refused = Optional.of(MALFORMED);
		}
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		log.debug("Refused the query of {} {}: {}", request.getMethod(), request.getRequestURI(), refused.get());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// Answered before the CORS filter: the open data's readers on other sites see
			// why.
			response.setHeader("Access-Control-Allow-Origin", "*");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write(MALFORMED.equals(refused.get()) ? "{\"error\":\"The query is not valid percent-encoded UTF-8\"}"
						: "{\"error\":\"A parameter contains control characters or direction overrides\"}");
			return;
		}
		ErrorForward.forward(request, response, HttpServletResponse.SC_BAD_REQUEST, refused.get());
	}

	/**
	 * A multipart body that names no boundary cannot be read at all (its parts cannot be
	 * found), and reading it is what would fail: refused before anything tries.
	 */
	static boolean isMultipartWithoutBoundary(@Nullable String contentType) {
		if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		for (String parameter : contentType.split(";")) {
			String[] pair = parameter.strip().split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary") && !pair[1].isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The message key of what is wrong with a query string, or empty when every name and
	 * value reads as plain text.
	 */
	static Optional<String> problemIn(@Nullable String query) {
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			String decoded;
			try {
				decoded = decode(pair);
			}
			catch (IllegalArgumentException | CharacterCodingException ex) {
				return Optional.of(MALFORMED);
			}
			Optional<PlainText.Problem> problem = PlainText.problemIn(decoded);
			if (problem.isPresent()) {
				return Optional.of(problem.get().code());
			}
		}
		return Optional.empty();
	}

	private static String decode(String text) throws CharacterCodingException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					throw new IllegalArgumentException("Truncated escape");
				}
				int high = Character.digit(text.charAt(i + 1), 16);
				int low = Character.digit(text.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw new IllegalArgumentException("Not an escape");
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes.toByteArray()))
			.toString();
	}

}
