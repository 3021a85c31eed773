package org.wopplatform.web.common;

import org.springframework.web.util.HtmlUtils;

/**
 * Text for markup written in Java (the rows and blocks written in one pass, inserted with
 * {@code th:utext}), escaped as Thymeleaf's {@code th:text} escapes it.
 */
public final class Html {

	private Html() {
	}

	/** The five characters of HTML escaped ({@code & < > " '}), no others. */
	public static String text(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
