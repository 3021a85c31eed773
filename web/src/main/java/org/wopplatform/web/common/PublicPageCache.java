package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Objects;
import java.util.Set;

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
 * change to the data — through the application or not — makes the next request produce it
 * afresh. Only for requests without a session (signed-in people always have one, and so
 * does anyone with a message waiting), only complete 200 answers that set no cookie; at
 * most {@code wop.page-cache.size} (default 64 MB) in all, the least used going first,
 * and no single answer over {@code wop.page-cache.largest} (default 4 MB), which streams
 * as usual. Each request still reads the data version (one short statement). Off with
 * {@code wop.page-cache.enabled=false}.
 */
@Component
@Order(0) // after Spring Security's filters, so that a page served from memory gets its
			// headers too
public class PublicPageCache extends OncePerRequestFilter {

	private static final Set<String> KEPT_TYPES = Set.of(MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_XML_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE, "image/svg+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final Set<String> NEVER = Set.of("/perf/", "/actuator/", "/css/", "/login", "/logout");

	/** What an answer is kept against. */
	private record Key(String address, String language, LocalDate day, Version version) {
	}

	/** A kept answer: its body and the headers that describe it. */
	private record Page(byte[] body, String contentType, @Nullable String contentLanguage,
			@Nullable String contentDisposition) {
	}

	private final boolean enabled;

	private final int largest;

	private final Cache<Key, Page> pages;

	private final DataVersion version;

	private final LocaleResolver locales;

	private final Clock clock;

	PublicPageCache(@Value("${wop.page-cache.enabled:true}") boolean enabled,
			@Value("${wop.page-cache.size:64MB}") DataSize size,
			@Value("${wop.page-cache.largest:4MB}") DataSize largest, DataVersion version, LocaleResolver locales,
			Clock clock) {
		this.enabled = enabled;
		this.largest = (int) Math.min(Integer.MAX_VALUE, largest.toBytes());
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<Key, Page>weigher((key, page) -> page.body().length + key.address().length() + 200)
			.build();
		this.version = version;
		this.locales = locales;
		this.clock = clock;
	}

	/** Forgets every kept answer (for tests that measure producing a page). */
	public void clear() {
		pages.invalidateAll();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!enabled || !"GET".equals(request.getMethod()) || request.getSession(false) != null
				|| request.getParameter("lang") != null || signedIn()) {
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
		Key key = new Key(address(request), locales.resolveLocale(request).getLanguage(), LocalDate.now(clock),
				version.current());
		Page kept = pages.getIfPresent(key);
		if (kept != null) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(kept.contentType());
			if (kept.contentLanguage() != null) {
				response.setHeader("Content-Language", kept.contentLanguage());
			}
			if (kept.contentDisposition() != null) {
				response.setHeader("Content-Disposition", kept.contentDisposition());
			}
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		Copying copying = new Copying(response, largest);
		chain.doFilter(request, copying);
		copying.finish();
		byte[] body = copying.copy();
		String type = response.getContentType();
		if (body != null && response.getStatus() == HttpServletResponse.SC_OK && type != null
				&& KEPT_TYPES.contains(
						MediaType.parseMediaType(type).getType() + "/" + MediaType.parseMediaType(type).getSubtype())
				&& request.getSession(false) == null && !response.containsHeader("Set-Cookie")) {
			pages.put(key, new Page(body, type, response.getHeader("Content-Language"),
					response.getHeader("Content-Disposition")));
		}
	}

	/**
	 * Passes the body on as it is written, keeping a copy while it stays within the
	 * limit.
	 */
	private static final class Copying extends HttpServletResponseWrapper {

		private final int limit;

		private @Nullable ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);

		private @Nullable ServletOutputStream stream;

		private @Nullable PrintWriter writer;

		Copying(HttpServletResponse response, int limit) {
			super(response);
			this.limit = limit;
		}

		@Nullable byte[] copy() {
			ByteArrayOutputStream kept = copy;
			return kept == null ? null : kept.toByteArray();
		}

		void finish() {
			if (writer != null) {
				writer.flush();
			}
		}

		private void keep(byte[] bytes, int offset, int length) {
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
