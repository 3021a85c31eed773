package org.wopplatform.web.common;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts and dates as people type them, in English, French and Spanish. */
class FormValuesTests {

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource(delimiter = '|',
			value = { "en|1,234.50|1234.50", "en|1234.5|1234.5", "en|1,5|1.5", "en|1,234|1234", "fr|1 234,50|1234.50",
					"fr|1.234,50|1234.50", "fr|12,5|12.5", "fr|1500.50|1500.50", "fr|1.500|1500",
					"es|2.080.000|2080000", "es|12,75|12.75", "en|-5|-5" })
	void readsAmountsInTheReadersLanguage(String language, String typed, String expected) {
		assertThat(FormValues.amount(typed, Locale.forLanguageTag(language)))
			.hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo(expected));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "en|1.500.5", "fr|1,500.50.1", "en|12a", "en|1,23,456", "fr|1,234,56", "en|99999999999999" })
	void refusesWhatIsAmbiguousOrNotANumber(String language, String typed) {
		assertThatThrownBy(() -> FormValues.amount(typed, Locale.forLanguageTag(language)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2018", "2018-06", "2018-06-30" })
	void readsPartialDates(String typed) {
		assertThat(FormValues.partialDate(typed)).hasValueSatisfying(d -> assertThat(d).hasToString(typed));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2018-13", "2018-02-30", "18", "next year", "1800" })
	void refusesWhatIsNotADate(String typed) {
		assertThat(FormValues.isPartialDate(typed)).isFalse();
	}

}
