package org.wopplatform.web.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows partial dates and time-frames in the reader's language: "2018", "juillet 2011",
 * "3 déc. 2013", "2009 – no end date". Used from templates as {@code #periods}
 * ({@link FormatObjects}).
 */
@Component("periods")
public class PeriodFormat {

	/**
	 * A language's formats, made once (immutable, shared): made on each call, they were,
	 * with the budgets' number formats, about 1 % of a record page's processor time.
	 * Locales are the three languages ({@code LanguageConfiguration}), so this holds
	 * three.
	 */
	private record Formats(DateTimeFormatter month, DateTimeFormatter day, DateTimeFormatter moment) {

		Formats(Locale locale) {
			this(DateTimeFormatter.ofPattern("LLLL yyyy", locale),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.withZone(ZoneId.systemDefault()));
		}

	}

	private static final Map<Locale, Formats> FORMATS = new ConcurrentHashMap<>();

	private static Formats formats(Locale locale) {
		return FORMATS.computeIfAbsent(locale, Formats::new);
	}

	private final MessageSource messages;

	PeriodFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String date(@Nullable PartialDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return switch (date.precision()) {
			case YEAR -> Integer.toString(date.year());
			case MONTH -> formats(locale).month().format(date.date());
			case DAY -> formats(locale).day().format(date.date());
		};
	}

	/** A moment in the reader's language and the server's time zone, to the minute. */
	public String instant(Instant instant, Locale locale) {
		return formats(locale).moment().format(instant);
	}

	/**
	 * The years a partnership runs: "2017 – 2021", "2009 – no end date", "2019", or ""
	 * when unknown.
	 */
	public String years(@Nullable PartialDate start, @Nullable PartialDate end, Locale locale) {
		if (start == null && end == null) {
			return "";
		}
		String from = start == null ? "?" : Integer.toString(start.year());
		if (end == null) {
			return from + " – " + messages.getMessage("period.openEnd", null, locale);
		}
		if (start != null && start.year() == end.year()) {
			return from;
		}
		return from + " – " + end.year();
	}

}
