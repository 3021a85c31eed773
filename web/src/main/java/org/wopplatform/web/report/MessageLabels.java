package org.wopplatform.web.report;

import java.util.Locale;

import org.wopplatform.reporting.annual.ReportLabels;

import org.springframework.context.MessageSource;

/** The report's words from the application's messages, in one language. */
record MessageLabels(MessageSource messages, Locale locale) implements ReportLabels {

	@Override
	public String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
