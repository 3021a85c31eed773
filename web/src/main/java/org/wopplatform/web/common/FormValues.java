package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;

/**
 * Reads what people type into form fields: partial dates ("2018", "2018-06",
 * "2018-06-30") and amounts in their own number format ("1 234,50" in French, "1,234.50"
 * in English).
 */
public final class FormValues {

	private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	private FormValues() {
	}

	/**
	 * Empty for a blank field; a value for a valid date; an exception for anything else.
	 */
	public static Optional<PartialDate> partialDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher m = PARTIAL_DATE.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a date: " + text);
		}
		try {
			int year = Integer.parseInt(m.group(1));
			if (year < 1900 || year > 2200) {
				throw new IllegalArgumentException("Year out of range: " + year);
			}
			if (m.group(2) == null) {
				return Optional.of(PartialDate.year(year));
			}
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null) {
				return Optional.of(PartialDate.month(year, month));
			}
			return Optional.of(PartialDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Not a date: " + text, ex);
		}
	}

	public static boolean isPartialDate(@Nullable String text) {
		try {
			partialDate(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * An amount typed in the reader's language; empty for a blank field; an exception
	 * otherwise. The language's grouping mark is accepted only between groups of three
	 * digits ("1,234.50" in English, "1.234,50" or "1 234,50" in French and Spanish); a
	 * single other mark followed by one or two digits is read as the decimal mark
	 * ("1500.50" in French, "1,5" in English). Anything ambiguous ("1.500.5") is refused
	 * rather than guessed.
	 */
	public static Optional<BigDecimal> amount(@Nullable String text, Locale locale) {
		return number(text, locale, 2);
	}

	/**
	 * A measured value (an indicator's baseline, target or reported value) as typed in
	 * the locale, like {@link #amount} but with up to four decimals.
	 */
	public static Optional<BigDecimal> measure(@Nullable String text, Locale locale) {
		return number(text, locale, 4);
	}

	private static Optional<BigDecimal> number(@Nullable String text, Locale locale, int decimals) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String compact = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		boolean negative = compact.startsWith("-");
		String digits = negative ? compact.substring(1) : compact;
		boolean decimalComma = "fr".equals(locale.getLanguage()) || "es".equals(locale.getLanguage());
		String decimal = Pattern.quote(decimalComma ? "," : ".");
		String grouping = Pattern.quote(decimalComma ? "." : ",");
		String plain;
		String fraction = "\\d{1," + decimals + "}";
		if (digits.matches("\\d{1,3}(" + grouping + "\\d{3})+(" + decimal + fraction + ")?")
				|| digits.matches("\\d+(" + decimal + fraction + ")?")) {
			plain = digits.replace(decimalComma ? "." : ",", "").replace(decimalComma ? "," : ".", ".");
		}
		else if (digits.matches("\\d+" + grouping + "\\d{1,2}")) {
			plain = digits.replace(decimalComma ? "." : ",", ".");
		}
		else {
			throw new IllegalArgumentException("Not an amount: " + text);
		}
		if (plain.split("\\.")[0].length() > 13) {
			throw new IllegalArgumentException("Amount too large: " + text);
		}
		BigDecimal amount = new BigDecimal(plain);
		return Optional.of(negative ? amount.negate() : amount);
	}

	/**
	 * The amount as the reader's language writes it, for showing a stored amount in a
	 * form.
	 */
	public static String amountText(@Nullable BigDecimal amount, Locale locale) {
		if (amount == null) {
			return "";
		}
		String plain = amount.stripTrailingZeros().toPlainString();
		boolean decimalComma = "fr".equals(locale.getLanguage()) || "es".equals(locale.getLanguage());
		return decimalComma ? plain.replace('.', ',') : plain;
	}

}
