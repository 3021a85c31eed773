package org.wopplatform.reporting.annual;

import java.util.Locale;

/**
 * The words of the report in the reader's language (the web application's messages), so
 * that tables, charts and files read the same as the page.
 */
public interface ReportLabels {

	Locale locale();

	/** The text of a message key with its arguments. */
	String text(String key, Object... args);

}
