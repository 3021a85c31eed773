package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
	 * A page's text encoded in UTF-8 as it is written, straight into the page's bytes:
	 * the same bytes as an {@link OutputStreamWriter}'s (a character that is half of a
	 * pair with no other half is written "?" as it writes it; CompressedPageViewTests
	 * compares them). Thymeleaf writes a page in thousands of short pieces; through a
	 * {@link PrintWriter} on an {@link OutputStreamWriter}, each piece took a lock, a
	 * wrapping buffer and the general encoder's loop: 12 % of a produced record page's
	 * processor time.
	 */
	static final class Utf8Writer extends PrintWriter {

		private final ByteArrayOutputStream bytes;

		private byte[] buf;

		private int count;

		/** The first half of a pair, waiting for the second; 0 for none. */
		private char high;

		Utf8Writer(ByteArrayOutputStream bytes) {
			// every way of writing goes through the methods below (println() included);
			// the writer PrintWriter holds is never written
			super(Writer.nullWriter());
			this.bytes = bytes;
			this.buf = new byte[8 * 1024];
		}

		@Override
		public void write(int c) {
			put((char) c);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			// (room for the whole piece up to the buffer's size; each character is
			// given room as it is written past that)
			room(Math.min(length, buf.length));
			for (int i = offset, end = offset + length; i < end; i++) {
				put(chars[i]);
			}
		}

		@Override
		public void write(char[] chars) {
			write(chars, 0, chars.length);
		}

		@Override
		public void write(String text, int offset, int length) {
			// (room for the whole piece up to the buffer's size; each character is
			// given room as it is written past that)
			room(Math.min(length, buf.length));
			for (int i = offset, end = offset + length; i < end; i++) {
				char c = text.charAt(i);
				if (c < 0x80 && high == 0 && count < buf.length) {
					buf[count++] = (byte) c;
				}
				else {
					put(c);
				}
			}
		}

		@Override
		public void write(String text) {
			write(text, 0, text.length());
		}

		/**
		 * What is written so far, into the page; a pair's first half waits for its
		 * second.
		 */
		@Override
		public void flush() {
			bytes.write(buf, 0, count);
			count = 0;
		}

		/** The page is whole: a first half no second followed is written "?". */
		@Override
		public void close() {
			if (high != 0) {
				high = 0;
				room(1);
				buf[count++] = '?';
			}
			flush();
		}

		@Override
		public void println() {
			write(System.lineSeparator());
		}

		@Override
		public boolean checkError() {
			return false;
		}

		private void room(int more) {
			if (buf.length - count < more) {
				flush();
				if (buf.length < more) {
					buf = new byte[Math.max(more, buf.length * 2)];
				}
			}
		}

		private void put(char c) {
			room(4);
			if (high != 0) {
				char first = high;
				high = 0;
				if (Character.isLowSurrogate(c)) {
					int code = Character.toCodePoint(first, c);
					buf[count++] = (byte) (0xF0 | (code >> 18));
					buf[count++] = (byte) (0x80 | ((code >> 12) & 0x3F));
					buf[count++] = (byte) (0x80 | ((code >> 6) & 0x3F));
					buf[count++] = (byte) (0x80 | (code & 0x3F));
					return;
				}
				buf[count++] = '?';
				room(4);
			}
			if (c < 0x80) {
				buf[count++] = (byte) c;
			}
			else if (c < 0x800) {
				buf[count++] = (byte) (0xC0 | (c >> 6));
				buf[count++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c)) {
				high = c;
			}
			else if (Character.isLowSurrogate(c)) {
				buf[count++] = '?';
			}
			else {
				buf[count++] = (byte) (0xE0 | (c >> 12));
				buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				buf[count++] = (byte) (0x80 | (c & 0x3F));
			}
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
				Page written = new Page();
				page = written;
				charset = Charset.forName(getCharacterEncoding());
				held = StandardCharsets.UTF_8.equals(charset) ? new Utf8Writer(written)
						: new PrintWriter(new OutputStreamWriter(written, charset));
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
			// (closing a page's writer writes what it holds; the page's bytes stay)
			writer.close();
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
