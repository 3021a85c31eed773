package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.expression.Numbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's number formats write what Thymeleaf's {@code #numbers} wrote before them, in
 * every language of the platform, so readers see the same figures.
 */
class DecimalsTests {

	private static final List<Number> VALUES = List.of(new BigDecimal("0"), new BigDecimal("31.2"),
			new BigDecimal("1234567.125"), new BigDecimal("-0.005"), new BigDecimal("2.675"), new BigDecimal("-0.004"),
			new BigDecimal("-1234567.5"), new BigDecimal("0.05"), new BigDecimal("999.995"), new BigDecimal("1E+3"),
			new BigDecimal("-999"), new BigDecimal("12345678901234567890.5"), new BigDecimal("0.5"),
			new BigDecimal("1.5"), new BigDecimal("-2.5"), new BigDecimal("100000"), 0.5, 1.5, 2.5, 7.25, -12.35, 42L,
			1234567L, -1234567L, 7, 12.345f);

	@Test
	void writeWhatThymeleafsNumbersWrote() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
			Numbers numbers = new Numbers(locale);
			Decimals decimals = new Decimals(locale);
			for (Number value : VALUES) {
				assertThat(decimals.two(value)).as("%s two %s", locale, value)
					.isEqualTo(numbers.formatDecimal(value, 1, "DEFAULT", 2, "DEFAULT"));
				assertThat(decimals.whole(value)).as("%s whole %s", locale, value)
					.isEqualTo(numbers.formatInteger(value, 1, "DEFAULT"));
				assertThat(decimals.one(value)).as("%s one %s", locale, value)
					.isEqualTo(numbers.formatDecimal(value, 1, 1));
			}
		}
	}

	@Test
	void groupInTheReadersFormat() {
		assertThat(new Decimals(Locale.ENGLISH).two(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
		assertThat(new Decimals(Locale.FRENCH).two(new BigDecimal("1234.5"))).isEqualTo("1\u202f234,50");
		assertThat(new Decimals(Locale.ENGLISH).one(1234.56)).isEqualTo("1234.6");
		assertThat(new Decimals(Locale.ENGLISH).whole(null)).isEmpty();
	}

}
