package org.wopplatform.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The server's compression settings ({@code server.compression.*}), for answers the
 * application sends already compressed: kept public pages ({@link PublicPageCache}) and
 * pages written by Thymeleaf ({@link CompressedPageView}). The server leaves an answer
 * that has a Content-Encoding as it is, so these follow its rules: the same types, the
 * same smallest size, gzip for readers that accept it.
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

	/**
	 * Sends a kept answer (its type already set): gzipped to a reader that accepts it,
	 * where the server would compress such an answer, from {@code gzipped} (which
	 * compresses it once and keeps it), else as it is. The server compressed a kept
	 * answer again for every browser (all accept gzip): 3-4 ms of processor time for the
	 * home page, 45 times its cost uncompressed.
	 */
	public void send(HttpServletRequest request, HttpServletResponse response, byte[] body,
			java.util.function.Supplier<byte[]> gzipped) throws java.io.IOException {
		String type = response.getContentType();
		if (type != null && applies(type, body.length)) {
			vary(response);
			if (accepted(request)) {
				sendGzipped(response, gzipped.get());
				return;
			}
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
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

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0 };

	/**
	 * Compressors of one level, a few kept for the next answer (each holds 256 KB).
	 *
	 * @param level the compression level
	 * @param idle those kept
	 */
	private record Compressors(int level, BlockingQueue<Deflater> idle) {

		Compressors(int level) {
			this(level, new ArrayBlockingQueue<>(4));
		}

		/**
		 * The first {@code length} bytes of the body in gzip, by a compressor of this
		 * level used again if one is idle.
		 */
		byte[] gzip(byte[] body, int length) {
			Deflater deflater = idle.poll();
			if (deflater == null) {
				deflater = new Deflater(level, true);
			}
			try {
				ByteArrayOutputStream compressed = new ByteArrayOutputStream(length / 3 + 64);
				compressed.write(GZIP_HEADER, 0, GZIP_HEADER.length);
				deflater.setInput(body, 0, length);
				deflater.finish();
				byte[] buffer = new byte[8192];
				while (!deflater.finished()) {
					compressed.write(buffer, 0, deflater.deflate(buffer));
				}
				CRC32 crc = new CRC32();
				crc.update(body, 0, length);
				littleEndian(compressed, (int) crc.getValue());
				littleEndian(compressed, length);
				return compressed.toByteArray();
			}
			finally {
				deflater.reset();
				if (!idle.offer(deflater)) {
					deflater.end();
				}
			}
		}

		private static void littleEndian(ByteArrayOutputStream out, int value) {
			for (int i = 0; i < 4; i++) {
				out.write(value >>> (8 * i));
			}
		}

	}

	private static final Compressors FAST = new Compressors(Deflater.BEST_SPEED);

	private static final Compressors USUAL = new Compressors(Deflater.DEFAULT_COMPRESSION);

	/**
	 * The body in gzip, compressed fast (level 1): a produced page is compressed for
	 * every reader, where a kept one is compressed once ({@link #gzip}). For the record
	 * page (10.9 KB): 33 microseconds, against 110 for a new compressor of the default
	 * level each time; 2,895 bytes against 2,618. Only the first {@code length} bytes of
	 * the body are the page.
	 */
	static byte[] gzipQuickly(byte[] body, int length) {
		return FAST.gzip(body, length);
	}

	/** The body in gzip, at the usual level (kept answers: compressed once). */
	public static byte[] gzip(byte[] body) {
		return USUAL.gzip(body, body.length);
	}

	/**
	 * Sends an answer compressed: says so, gives its length and writes it. If writing
	 * fails before anything went (the session is saved just before the first byte), the
	 * answer no longer says gzip, so that the error page is not labelled so.
	 */
	static void sendGzipped(HttpServletResponse response, byte[] gzipped) throws IOException {
		response.setHeader("Content-Encoding", "gzip");
		response.setContentLength(gzipped.length);
		try {
			response.getOutputStream().write(gzipped);
		}
		catch (IOException | RuntimeException ex) {
			if (!response.isCommitted()) {
				response.setHeader("Content-Encoding", null);
			}
			throw ex;
		}
	}

}
