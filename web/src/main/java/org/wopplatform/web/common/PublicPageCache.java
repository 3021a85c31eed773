package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves what the public reads (pages, the open-data API, report downloads) from memory
 * when nothing has changed since it was last produced: each answer is kept against its
 * address, language, day and the {@link DataVersion data version}, so any committed
 * change to the data — through the application or not — has it produced afresh: at once
 * on the node whose transaction made the change, within milliseconds otherwise (when the
 * database's notification arrives). The language is the reader's whole locale (en, or
 * en-GB from a cookie). Only for requests without a session (signed-in people always have
 * one, and so does anyone with a message waiting) and not from another site's page (an
 * Origin header: its CORS headers are Spring MVC's to give); only complete 200 answers
 * that set no cookie, replayed with all their headers; at most
 * {@code wop.page-cache.size} (default 64 MB) in all, the least used going first, and no
 * single answer over {@code wop.page-cache.largest} (default 4 MB), which streams as
 * usual. A kept answer of a type the server compresses goes compressed to readers that
 * accept gzip, compressed once and kept with it ({@link Compression}). While the node
 * hears the data's changes ({@code DataChanges}), a kept answer costs no SQL statement;
 * otherwise each request reads the data version (one short statement). Off with
 * {@code wop.page-cache.enabled=false}. Runs after Spring Security's filters, so that a
 * page served from memory gets the same security headers.
 */
@Component
@Order(0)
public class PublicPageCache extends OncePerRequestFilter {

	private static final Set<String> KEPT_TYPES = Set.of(MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_XML_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE, "image/svg+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Set<String> NEVER = Set.of("/perf/", "/actuator/", "/css/", "/maps/", "/login", "/logout",
			"/password-reset/");

	/**
	 * Headers never kept or replayed: the server's own (the body is kept as the
	 * application wrote it, before any compression, so a Content-Encoding written when
	 * the answer was sent must not come back with it), and cookies (never kept at all).
	 */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-encoding",
			"transfer-encoding", "date", "connection", "keep-alive");

	/** What an answer is kept against. */
	private record Key(String address, String language, LocalDate day, Version version) {
	}

	/**
	 * A kept answer: its body, type, locale and every other header it was given; and,
	 * once a reader accepting gzip asked for it, its body compressed.
	 */
	private record Page(byte[] body, String contentType, @Nullable Locale locale, Map<String, List<String>> headers,
			byte @Nullable [] gzipped) {

		Page withGzipped(byte[] gzipped) {
			return new Page(body, contentType, locale, headers, gzipped);
		}

		int weight() {
			return body.length + (gzipped == null ? 0 : gzipped.length);
		}

	}

	private final boolean enabled;

	private final int largest;

	private final Cache<Key, Page> pages;

	private final DataVersion version;

	private final LocaleResolver locales;

	private final Clock clock;

	/** The server's compression settings, which kept answers follow. */
	private final Compression compression;

	PublicPageCache(@Value("${wop.page-cache.enabled:true}") boolean enabled,
			@Value("${wop.page-cache.size:64MB}") DataSize size,
			@Value("${wop.page-cache.largest:4MB}") DataSize largest, DataVersion version, LocaleResolver locales,
			Clock clock, Compression compression) {
		this.enabled = enabled;
		this.largest = (int) Math.min(Integer.MAX_VALUE, largest.toBytes());
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<Key, Page>weigher((key, page) -> page.weight() + key.address().length() + 200)
			.build();
		this.version = version;
		this.locales = locales;
		this.clock = clock;
		this.compression = compression;
	}

	/**
	 * A request attribute, set while an answer is copied to be kept: written as it is
	 * (not compressed by {@link CompressedPageView}), the cache compressing its copy.
	 */
	static final String KEEPING = PublicPageCache.class.getName() + ".keeping";

	/** Forgets every kept answer (for tests that measure producing a page). */
	public void clear() {
		pages.invalidateAll();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A cross-origin request (Origin) gets its CORS headers from Spring MVC: produced
		// each time.
		if (!enabled || !"GET".equals(request.getMethod()) || request.getSession(false) != null
				|| request.getParameter("lang") != null || request.getHeader("Origin") != null || signedIn()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NEVER.stream().anyMatch(path::startsWith);
	}

	/**
	 * The address as asked, and its parameters however they came (a GET's are in its
	 * query string, as links on the page are made from it).
	 */
	private static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURL()).append('?')
			.append(Objects.requireNonNullElse(request.getQueryString(), ""));
		char separator = '#';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				address.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return address.toString();
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = new Key(address(request), locales.resolveLocale(request).toLanguageTag(), LocalDate.now(clock),
				version.current());
		Page kept = pages.getIfPresent(key);
		if (kept != null) {
			response.setStatus(HttpServletResponse.SC_OK);
			if (kept.locale() != null) {
				response.setLocale(kept.locale());
			}
			response.setContentType(kept.contentType());
			kept.headers().forEach((name, values) -> {
				response.setHeader(name, values.get(0));
				values.stream().skip(1).forEach(value -> response.addHeader(name, value));
			});
			byte[] body = kept.body();
			compression.send(request, response, body, () -> {
				byte[] gzipped = kept.gzipped();
				if (gzipped == null) {
					gzipped = Compression.gzip(body);
					pages.put(key, kept.withGzipped(gzipped));
				}
				return gzipped;
			});
			return;
		}
		Copying copying = new Copying(response, largest, PublicPageCache::kept);
		request.setAttribute(KEEPING, Boolean.TRUE);
		chain.doFilter(request, copying);
		copying.finish();
		byte[] body = copying.copy();
		String type = response.getContentType();
		if (body != null && response.getStatus() == HttpServletResponse.SC_OK && kept(type)
				&& request.getSession(false) == null && !response.containsHeader("Set-Cookie")) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !name.equalsIgnoreCase("Content-Type")
						&& !name.equalsIgnoreCase("Content-Language")) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			pages.put(key, new Page(body, Objects.requireNonNull(type), copying.locale(), headers, null));
		}
	}

	/** Whether answers of this content type are kept. */
	private static boolean kept(@Nullable String type) {
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return KEPT_TYPES.contains(media.getType() + "/" + media.getSubtype());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * Passes the body on as it is written, keeping a copy while it stays within the
	 * limit.
	 */
	private static final class Copying extends HttpServletResponseWrapper {

		private final int limit;

		private final Predicate<@Nullable String> keptType;

		private boolean started;

		private @Nullable ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		private @Nullable Locale locale;

		Copying(HttpServletResponse response, int limit, Predicate<@Nullable String> keptType) {
			super(response);
			this.limit = limit;
			this.keptType = keptType;
		}

		@Nullable byte[] copy() {
			ByteArrayOutputStream kept = copy;
			return kept == null ? null : kept.toByteArray();
		}

		/** The locale the answer was given (its Content-Language), if any. */
		@Nullable Locale locale() {
			return locale;
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

		void finish() {
			if (writer != null) {
				writer.flush();
			}
		}

		private void keep(byte[] bytes, int offset, int length) {
			if (!started) {
				// Nothing is copied of an answer that will not be kept (type, or size
				// announced).
				started = true;
				String announced = getHeader("Content-Length");
				if (!keptType.test(getContentType())
						|| (announced != null && announced.matches("\\d{1,18}") && Long.parseLong(announced) > limit)) {
					copy = null;
				}
			}
			ByteArrayOutputStream kept = copy;
			if (kept != null) {
				if (kept.size() + length > limit) {
					copy = null;
				}
				else {
					kept.write(bytes, offset, length);
				}
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				ServletOutputStream out = super.getOutputStream();
				stream = new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						out.write(b);
						keep(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						out.write(b, off, len);
						keep(b, off, len);
					}

					@Override
					public void flush() throws IOException {
						out.flush();
					}

					@Override
					public boolean isReady() {
						return out.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						out.setWriteListener(listener);
					}
				};
			}
			return stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (writer == null) {
				writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
			}
			return writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			finish();
			super.flushBuffer();
		}

		@Override
		public void reset() {
			super.reset();
			copy = null; // what was written before is gone: keep nothing
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			copy = null;
		}

	}

}
