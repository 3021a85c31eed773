package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Numbers as pages show them, in the reader's format: {@code #decimals.two(x)} (two
 * decimals, grouped: "1,234.50"), {@code #decimals.whole(x)} ("1,235") and
 * {@code #decimals.one(x)} (one decimal, not grouped: "7.5"), the same text as
 * Thymeleaf's {@code #numbers.formatDecimal(x, 1, 'DEFAULT', 2, 'DEFAULT')},
 * {@code #numbers.formatInteger(x, 1, 'DEFAULT')} and
 * {@code #numbers.formatDecimal(x, 1, 1)} (a test compares them), an empty text for no
 * number. Those build a new number format, locale symbols included, for every number: on
 * a record page with a hundred values that was an eighth of the page's time. Here each
 * format is built once per language and copied once per page (a page is written by one
 * thread).
 */
@Component
public class Decimals extends AbstractDialect implements IExpressionObjectDialect {

	private static final Map<Locale, DecimalFormat[]> PROTOTYPES = new ConcurrentHashMap<>();

	private static final Map<Locale, Written[]> WRITTEN = new ConcurrentHashMap<>();

	private final DecimalFormat two;

	private final DecimalFormat whole;

	private final DecimalFormat one;

	private final Written[] written;

	Decimals() {
		this(Locale.ENGLISH);
	}

	/** The formats of one page, in its language. */
	public Decimals(Locale locale) {
		super("wop-decimals");
		DecimalFormat[] prototypes = PROTOTYPES.computeIfAbsent(locale, Decimals::prototypes);
		this.two = (DecimalFormat) prototypes[0].clone();
		this.whole = (DecimalFormat) prototypes[1].clone();
		this.one = (DecimalFormat) prototypes[2].clone();
		this.written = WRITTEN.computeIfAbsent(locale,
				l -> new Written[] { Written.of(prototypes[0]), Written.of(prototypes[1]), Written.of(prototypes[2]) });
	}

	private static DecimalFormat[] prototypes(Locale locale) {
		return new DecimalFormat[] { format(locale, 2, true), format(locale, 0, true), format(locale, 1, false) };
	}

	private static DecimalFormat format(Locale locale, int decimals, boolean grouped) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
		format.setMinimumIntegerDigits(1);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setGroupingUsed(grouped);
		return format;
	}

	/** Two decimals, grouped. */
	public String two(@Nullable Number value) {
		return value == null ? "" : write(value, 0, two);
	}

	/** A whole number, grouped. */
	public String whole(@Nullable Number value) {
		return value == null ? "" : write(value, 1, whole);
	}

	/** One decimal, not grouped (scores). */
	public String one(@Nullable Number value) {
		return value == null ? "" : write(value, 2, one);
	}

	/**
	 * A decimal or whole number written digit by digit in the format's symbols, the same
	 * text as the format's (DecimalsTests compares them); other numbers (floating point,
	 * whose rounding the format does on their binary value), and those of more than 18
	 * digits, by the format itself. The format wrote a record page's hundred values in 6
	 * % of its processor time, most of it going through its general path for each.
	 */
	private String write(Number value, int which, DecimalFormat format) {
		Written fast = written[which];
		BigDecimal decimal = value instanceof BigDecimal d ? d
				: value instanceof Long || value instanceof Integer || value instanceof Short
						? BigDecimal.valueOf(value.longValue()) : null;
		String text = fast == null || decimal == null ? null : fast.write(decimal);
		return text != null ? text : format.format(value);
	}

	/**
	 * What writing a number in a format needs: its fraction digits, grouping and symbols,
	 * or null for a format this does not write (prefixes, suffixes or digits of its own).
	 */
	private record Written(int decimals, int groupSize, char groupSeparator, char decimalSeparator, String minus) {

		static @Nullable Written of(DecimalFormat format) {
			DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
			boolean plain = format.getPositivePrefix().isEmpty() && format.getPositiveSuffix().isEmpty()
					&& format.getNegativeSuffix().isEmpty() && format.getMultiplier() == 1
					&& format.getRoundingMode() == RoundingMode.HALF_EVEN && symbols.getZeroDigit() == '0'
					&& format.getMinimumIntegerDigits() == 1
					&& format.getMinimumFractionDigits() == format.getMaximumFractionDigits()
					&& !format.isDecimalSeparatorAlwaysShown();
			if (!plain) {
				return null;
			}
			return new Written(format.getMaximumFractionDigits(),
					format.isGroupingUsed() ? format.getGroupingSize() : 0, symbols.getGroupingSeparator(),
					symbols.getDecimalSeparator(), format.getNegativePrefix());
		}

		@Nullable String write(BigDecimal value) {
			BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
			if (rounded.precision() > 18) {
				return null;
			}
			String digits = Long.toString(Math.abs(rounded.unscaledValue().longValue()));
			// at least one whole digit: 0.05 is "005" here
			if (digits.length() <= decimals) {
				digits = "0".repeat(decimals + 1 - digits.length()) + digits;
			}
			int whole = digits.length() - decimals;
			StringBuilder text = new StringBuilder(digits.length() + whole / 3 + minus.length() + 1);
			if (value.signum() < 0) {
				// the sign is the number's own, even when it rounds to zero ("-0.00")
				text.append(minus);
			}
			for (int i = 0; i < whole; i++) {
				if (groupSize > 0 && i > 0 && (whole - i) % groupSize == 0) {
					text.append(groupSeparator);
				}
				text.append(digits.charAt(i));
			}
			if (decimals > 0) {
				text.append(decimalSeparator).append(digits, whole, digits.length());
			}
			return text.toString();
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return PageObjects.perPage("decimals", context -> new Decimals(context.getLocale()));
	}

}
