package org.wopplatform.domain.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file a progress report accepts: PDF, images and office documents.
 * The kind is recognised from the content (its signature, and for zipped office formats
 * the entries inside), never from what the browser says; the file name's extension must
 * agree with it, so that a renamed file is refused rather than served under a false type.
 */
public enum EvidenceType {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"), ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp"),
	/**
	 * Word, Excel and PowerPoint 97–2003 share one container; the extension tells which.
	 */
	DOC("application/msword", "doc"), XLS("application/vnd.ms-excel", "xls"),
	PPT("application/vnd.ms-powerpoint", "ppt");

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String mediaType;

	private final Set<String> extensions;

	EvidenceType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = Set.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/**
	 * The kind of the content, if it is one accepted and the file name's extension
	 * agrees.
	 */
	public static Optional<EvidenceType> of(String fileName, byte[] content) {
		String extension = extension(fileName);
		return sniff(content, extension).filter(type -> type.extensions.contains(extension));
	}

	private static Optional<EvidenceType> sniff(byte[] content, String extension) {
		if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				|| startsWith(content, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return Optional.of(GIF);
		}
		if (content.length >= 12 && startsWith(content, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				&& new String(content, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		if (startsWith(content, OLE)) {
			return switch (extension) {
				case "doc" -> Optional.of(DOC);
				case "xls" -> Optional.of(XLS);
				case "ppt" -> Optional.of(PPT);
				default -> Optional.empty();
			};
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return zipped(content);
		}
		return Optional.empty();
	}

	/**
	 * Office Open XML and OpenDocument files are zip archives; their entries tell which.
	 */
	private static Optional<EvidenceType> zipped(byte[] content) {
		Set<String> names = new HashSet<>();
		String openDocument = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
				names.add(entry.getName());
				if (entry.getName().equals("mimetype") && openDocument == null) {
					openDocument = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (openDocument != null) {
			for (EvidenceType type : new EvidenceType[] { ODT, ODS, ODP }) {
				if (type.mediaType.equals(openDocument)) {
					return Optional.of(type);
				}
			}
			return Optional.empty();
		}
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(DOCX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(XLSX);
		}
		if (names.contains("ppt/presentation.xml")) {
			return Optional.of(PPTX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

}
