package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafView;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A page written by Thymeleaf, compressed here for a reader that accepts gzip, with one
 * of a few reused fast compressors ({@link Compression#gzipQuickly}). The server
 * compressed each produced page itself, with a new compressor of its default level for
 * every answer: a produced record asked as browsers ask (all of them accept gzip) gave
 * 8-11 % fewer answers a second than asked without, 0.3 ms more of the application's
 * processor time. The page is written whole before it is sent, as before
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}): a
 * failure half way still gets the error page. A page the public page cache is keeping
 * goes as it is: the cache keeps it uncompressed and compresses its copy once.
 */
public class CompressedPageView extends ThymeleafView {

	private @Nullable Compression compression;

	/**
	 * Thymeleaf writes straight into the held page: it is held whole here, so its own
	 * buffer would only be one more copy.
	 */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Held held = new Held(response);
		super.render(model, request, held);
		Page page = held.page();
		if (page == null) {
			return;
		}
		if (request.getDispatcherType() == DispatcherType.INCLUDE) {
			// an included page goes through the including page's writer (its headers
			// could not be set)
			PrintWriter writer = response.getWriter();
			writer.write(page.toString(held.charset));
			writer.flush();
			return;
		}
		// (a reader that does not accept gzip: as before, the server says Vary itself)
		if (request.getAttribute(PublicPageCache.KEEPING) == null && !response.isCommitted()
				&& !response.containsHeader("Content-Encoding") && Compression.accepted(request)) {
			Compression settings = compression();
			String type = response.getContentType();
			if (type != null && settings.applies(type, page.size())) {
				byte[] compressed = Compression.gzipQuickly(page.bytes(), page.size());
				settings.vary(response);
				Compression.sendGzipped(response, compressed);
				return;
			}
		}
		response.setContentLength(page.size());
		response.getOutputStream().write(page.bytes(), 0, page.size());
	}

	private Compression compression() {
		Compression settings = compression;
		if (settings == null) {
			settings = obtainApplicationContext().getBean(Compression.class);
			compression = settings;
		}
		return settings;
	}

	/**
	 * The page as it is sent: its text encoded as Thymeleaf writes it, the bytes read in
	 * place (without the copy {@code toByteArray} makes).
	 */
	private static final class Page extends ByteArrayOutputStream {

		Page() {
			// a record page is 10-40 KB
			super(32 * 1024);
		}

		byte[] bytes() {
			return buf;
		}

	}

	/**
	 * The response, with what is written to its writer held until the page is whole,
	 * encoded as it comes. Held as text before, the page was copied three times on its
	 * way out (the text growing, the text made a string, the string encoded).
	 */
	private static final class Held extends HttpServletResponseWrapper {

		private @Nullable Page page;

		private @Nullable PrintWriter writer;

		private Charset charset = StandardCharsets.UTF_8;

		Held(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			PrintWriter held = writer;
			if (held == null) {
				page = new Page();
				charset = Charset.forName(getCharacterEncoding());
				held = new PrintWriter(new OutputStreamWriter(page, charset));
				writer = held;
			}
			return held;
		}

		@Override
		public void flushBuffer() {
			// held: sent whole, once written
		}

		@Nullable Page page() {
			if (writer == null || page == null) {
				return null;
			}
			writer.flush();
			return page;
		}

	}

	/** Thymeleaf's pages are written by this view. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor compressedPageViews() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof org.thymeleaf.spring6.view.ThymeleafViewResolver resolver) {
						resolver.setViewClass(CompressedPageView.class);
					}
					return bean;
				}
			};
		}

	}

}
