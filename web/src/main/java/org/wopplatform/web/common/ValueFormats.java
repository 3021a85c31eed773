package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.wopplatform.domain.common.PartialDate;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How typed values become values, registered once for every form and parameter: partial
 * dates ("2018", "2018-06", "2018-06-30"), amounts and measured values in the reader's
 * number format ({@link Amount}) and currency codes ("usd" is USD). A value that does not
 * read is a binding error next to its field ({@code typeMismatch.<type>}, in the reader's
 * language), with what was typed kept; services receive only values that read.
 */
@Configuration(proxyBeanMethods = false)
class ValueFormats implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(PartialDate.class,
				formatter((text, locale) -> FormValues.partialDate(text), (date, locale) -> date.toString()));
		registry.addFormatterForFieldType(Currency.class, formatter((text, locale) -> Optional.of(currency(text)),
				(currency, locale) -> currency.getCurrencyCode()));
		registry.addFormatterForFieldAnnotation(new Amounts());
	}

	/**
	 * A formatter from a reading that returns the value, or empty or an
	 * IllegalArgumentException when the text is not one.
	 */
	static <T> Formatter<T> formatter(BiFunction<String, Locale, Optional<T>> read,
			BiFunction<T, Locale, String> write) {
		return new Formatter<>() {

			@Override
			public T parse(String text, Locale locale) throws ParseException {
				try {
					Optional<T> value = read.apply(text, locale);
					if (value.isPresent()) {
						return value.get();
					}
				}
				catch (IllegalArgumentException ex) {
					// not a value of the type: refused below
				}
				throw new ParseException(text, 0);
			}

			@Override
			public String print(T value, Locale locale) {
				return write.apply(value, locale);
			}

		};
	}

	private static Currency currency(String text) {
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("Not a currency code: " + text);
		}
		return Currency.getInstance(code);
	}

	static final class Amounts implements AnnotationFormatterFactory<Amount> {

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(BigDecimal.class);
		}

		@Override
		public Printer<?> getPrinter(Amount annotation, Class<?> fieldType) {
			return formatter(annotation);
		}

		@Override
		public Parser<?> getParser(Amount annotation, Class<?> fieldType) {
			return formatter(annotation);
		}

		private static Formatter<BigDecimal> formatter(Amount annotation) {
			return ValueFormats.formatter((text, locale) -> annotation.decimals() > 2 ? FormValues.measure(text, locale)
					: FormValues.amount(text, locale), FormValues::amountText);
		}

	}

}
