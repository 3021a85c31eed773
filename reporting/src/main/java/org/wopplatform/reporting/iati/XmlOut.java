package org.wopplatform.reporting.iati;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * A thin, indenting layer over {@link XMLStreamWriter}: elements one per line, nested by
 * a tab, attributes given with the element. Characters XML 1.0 cannot carry (control
 * characters typed into a text) are dropped rather than making the file unreadable.
 */
final class XmlOut {

	private final XMLStreamWriter xml;

	private int depth;

	private boolean hasChildren;

	XmlOut(OutputStream out) throws XMLStreamException {
		this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
	}

	/**
	 * Opens an element with attributes given as name, value pairs (null values left out).
	 */
	XmlOut start(String name, @Nullable String... attributes) throws XMLStreamException {
		newLine();
		xml.writeStartElement(name);
		attributes(attributes);
		depth++;
		hasChildren = false;
		return this;
	}

	XmlOut end() throws XMLStreamException {
		depth--;
		if (hasChildren) {
			newLine();
		}
		xml.writeEndElement();
		hasChildren = true;
		return this;
	}

	/** An element without children. */
	XmlOut empty(String name, @Nullable String... attributes) throws XMLStreamException {
		newLine();
		xml.writeEmptyElement(name);
		attributes(attributes);
		hasChildren = true;
		return this;
	}

	/** An element holding text only. */
	XmlOut text(String name, String text, @Nullable String... attributes) throws XMLStreamException {
		newLine();
		xml.writeStartElement(name);
		attributes(attributes);
		xml.writeCharacters(xmlSafe(text));
		xml.writeEndElement();
		hasChildren = true;
		return this;
	}

	/** {@code <name><narrative>text</narrative></name>}. */
	XmlOut narrated(String name, String text, @Nullable String... attributes) throws XMLStreamException {
		return start(name, attributes).text("narrative", text).end();
	}

	XmlOut comment(String text) throws XMLStreamException {
		newLine();
		xml.writeComment(" " + xmlSafe(text).replace("--", "- -") + " ");
		hasChildren = true;
		return this;
	}

	void finish() throws XMLStreamException {
		xml.writeCharacters("\n");
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private void attributes(@Nullable String... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			String value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			if (attributes[i].equals("xml:lang")) {
				xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", value);
			}
			else {
				xml.writeAttribute(attributes[i], xmlSafe(value));
			}
		}
	}

	private void newLine() throws XMLStreamException {
		xml.writeCharacters("\n" + "\t".repeat(depth));
	}

	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| (c >= 0x10000 && c <= 0x10FFFF))
			.forEach(safe::appendCodePoint);
		return safe.toString();
	}

}
