package org.wopplatform.domain.progress;

import org.wopplatform.domain.partnership.Cadence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.reference.BetterDirection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence types recognised from the content, and the limits and warnings of reported
 * values.
 */
class EvidenceAndValueRulesTests {

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry(entries[i]));
				zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void officeDocumentsAreToldApartByWhatTheyContain() throws IOException {
		byte[] xlsx = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
		byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<c/>");
		byte[] plainZip = zip("notes.txt", "hello");

		assertThat(EvidenceType.of("budget.xlsx", xlsx)).contains(EvidenceType.XLSX);
		assertThat(EvidenceType.of("budget.docx", xlsx)).as("a workbook named as a text document").isEmpty();
		assertThat(EvidenceType.of("minutes.odt", odt)).contains(EvidenceType.ODT);
		assertThat(EvidenceType.of("archive.docx", plainZip)).isEmpty();
	}

	@Test
	void imagesAndPdfNeedTheirSignatureAndAMatchingName() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0 };
		byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

		assertThat(EvidenceType.of("site visit.JPG", jpeg)).contains(EvidenceType.JPEG);
		assertThat(EvidenceType.of("site visit.jpeg", jpeg)).contains(EvidenceType.JPEG);
		assertThat(EvidenceType.of("plan.pdf", pdf)).contains(EvidenceType.PDF);
		assertThat(EvidenceType.of("plan", pdf)).as("no extension").isEmpty();
		assertThat(EvidenceType.of("plan.pdf", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(EvidenceType.of("plan.pdf", new byte[0])).isEmpty();
	}

	@Test
	void percentagesStayWithin0To100AndOtherUnitsAreFree() {
		Indicator nrw = new Indicator(1, "IBNET_6_1", "NRW", "%", BetterDirection.LOWER, Cadence.YEARLY);
		Indicator connections = new Indicator(1, null, "Connections", "connections", BetterDirection.HIGHER,
				Cadence.YEARLY);

		assertThat(nrw.accepts(new BigDecimal("0"))).isTrue();
		assertThat(nrw.accepts(new BigDecimal("100"))).isTrue();
		assertThat(nrw.accepts(new BigDecimal("100.01"))).isFalse();
		assertThat(nrw.accepts(new BigDecimal("-0.5"))).isFalse();
		assertThat(connections.accepts(new BigDecimal("250000"))).isTrue();
	}

	@Test
	void aJumpIsMoreThan20PointsForAPercentageOrMoreThanHalfOtherwise() {
		Indicator nrw = new Indicator(1, "IBNET_6_1", "NRW", "%", BetterDirection.LOWER, Cadence.YEARLY);
		Indicator connections = new Indicator(1, null, "Connections", "connections", BetterDirection.HIGHER,
				Cadence.YEARLY);

		assertThat(nrw.isImplausibleJump(new BigDecimal("38"), new BigDecimal("18"))).isFalse();
		assertThat(nrw.isImplausibleJump(new BigDecimal("38"), new BigDecimal("17.9"))).isTrue();
		assertThat(connections.isImplausibleJump(new BigDecimal("80000"), new BigDecimal("120000"))).isFalse();
		assertThat(connections.isImplausibleJump(new BigDecimal("80000"), new BigDecimal("120001"))).isTrue();
		assertThat(connections.isImplausibleJump(BigDecimal.ZERO, new BigDecimal("5000")))
			.as("nothing to compare a start from zero with")
			.isFalse();
	}

}
