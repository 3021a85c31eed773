package org.wopplatform.web.common;

/**
 * Text for markup written in Java (the rows and blocks written in one pass, inserted with
 * {@code th:utext}), escaped as Thymeleaf's {@code th:text} escapes it.
 */
public final class Html {

	private Html() {
	}

	/**
	 * The five characters of HTML escaped ({@code & < > " '}), no others: what Spring's
	 * {@code HtmlUtils.htmlEscape(text, "UTF-8")} gives, in one pass, and the text itself
	 * when it has none of them (most names and titles). Spring's took a tenth of a search
	 * page's rendering.
	 */
	public static String text(String text) {
		int length = text.length();
		int first = 0;
		while (first < length && replacement(text.charAt(first)) == null) {
			first++;
		}
		if (first == length) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(length + 16).append(text, 0, first);
		for (int i = first; i < length; i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement == null) {
				escaped.append(c);
			}
			else {
				escaped.append(replacement);
			}
		}
		return escaped.toString();
	}

	private static String replacement(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> null;
		};
	}

}
