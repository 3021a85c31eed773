package org.wopplatform.reporting.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.stereotype.Component;

/**
 * Typesets the printable annual report (strict XHTML with print CSS: page size, running
 * header, page numbers, a table of contents with page numbers) as a PDF. The text is set
 * in DejaVu Sans, embedded (as subsets) so that the file reads the same everywhere and
 * covers the accents and punctuation of English, French and Spanish. The document may
 * load nothing from outside: everything it shows is in the XHTML.
 */
@Component
public class ReportPdf {

	/** The family name the print CSS asks for. */
	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	static {
		// The renderer otherwise prints its own lines to the console.
		XRLog.setLoggerImpl(new PdfLog());
	}

	/** The report as PDF bytes. */
	public byte[] typeset(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.usePdfUaAccessibility(true)
			.withHtmlContent(xhtml, null)
			// Nothing is loaded from outside: only pictures embedded in the document
			// itself
			// (a story's PNG or JPEG, as a data address).
			.useExternalResourceAccessControl(
					(uri, type) -> uri != null
							&& (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,")),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.withProducer("WOP Platform")
			.toStream(out);
		font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
		font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The annual report could not be typeset", ex);
		}
		return out.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> font(file), FONT_FAMILY, weight, style, true);
	}

	private static InputStream font(String file) {
		return Objects.requireNonNull(ReportPdf.class.getResourceAsStream(FONTS + file),
				() -> "Font missing from the class path: " + FONTS + file);
	}

}
