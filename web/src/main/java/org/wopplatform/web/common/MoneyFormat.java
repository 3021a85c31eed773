package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wopplatform.domain.common.Money;

import org.springframework.stereotype.Component;

/**
 * Amounts in the reader's number format with their currency ("USD 60,000", "60 000 USD"),
 * never converted. Used from templates as {@code #money} ({@link FormatObjects}).
 */
@Component("money")
public class MoneyFormat {

	/**
	 * Each language's number format, copied for each use (a format is not safe to share
	 * between threads; a copy costs less than finding the language's symbols again, which
	 * was most of a budget's formatting). Locales are the three languages
	 * ({@code LanguageConfiguration}), so this holds three.
	 */
	private static final Map<Locale, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

	private static NumberFormat numberFormat(Locale locale) {
		return (NumberFormat) NUMBERS.computeIfAbsent(locale, NumberFormat::getNumberInstance).clone();
	}

	/**
	 * An amount of a budget's unit: money with its currency code, or a number of days
	 * alone (the page says "staff-days" beside it, in the reader's language).
	 */
	public String amount(BigDecimal amount, String unit, Locale locale) {
		if ("days".equals(unit)) {
			return number(amount, locale);
		}
		return format(new Money(amount, java.util.Currency.getInstance(unit)), locale);
	}

	/** A number in the reader's format, with up to four decimals (a target, a value). */
	public String number(BigDecimal value, Locale locale) {
		NumberFormat number = numberFormat(locale);
		number.setMaximumFractionDigits(4);
		return number.format(value);
	}

	public String format(Money money, Locale locale) {
		NumberFormat number = numberFormat(locale);
		number.setMinimumFractionDigits(money.amount().stripTrailingZeros().scale() > 0 ? 2 : 0);
		number.setMaximumFractionDigits(2);
		String amount = number.format(money.amount());
		String code = money.currency().getCurrencyCode();
		return "en".equals(locale.getLanguage()) ? code + " " + amount : amount + " " + code;
	}

}
