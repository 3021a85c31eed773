package org.wopplatform.web.common;

import java.text.DecimalFormat;
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

	private final DecimalFormat two;

	private final DecimalFormat whole;

	private final DecimalFormat one;

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
		return value == null ? "" : two.format(value);
	}

	/** A whole number, grouped. */
	public String whole(@Nullable Number value) {
		return value == null ? "" : whole.format(value);
	}

	/** One decimal, not grouped (scores). */
	public String one(@Nullable Number value) {
		return value == null ? "" : one.format(value);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return PageObjects.perPage("decimals", context -> new Decimals(context.getLocale()));
	}

}
