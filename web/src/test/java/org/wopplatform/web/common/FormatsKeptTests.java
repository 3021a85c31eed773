package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts and dates are written as formats made for each call write them, in the three
 * languages, with the formats made once per language and shared by every request: the
 * same text from eight threads at once as from one.
 */
class FormatsKeptTests {

	private static final List<Locale> LANGUAGES = LanguageConfiguration.SUPPORTED;

	private final MoneyFormat money = new MoneyFormat();

	private final PeriodFormat periods = new PeriodFormat(new StaticMessageSource());

	private static String freshMoney(BigDecimal amount, String currency, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		number.setMaximumFractionDigits(2);
		String written = number.format(amount);
		return "en".equals(locale.getLanguage()) ? currency + " " + written : written + " " + currency;
	}

	private static String freshNumber(BigDecimal value, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(4);
		return number.format(value);
	}

	/** One random case: what is written, and what fresh formats write. */
	private record Case(String written, String expected) {
	}

	private Case randomCase(Random random) {
		Locale locale = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
		BigDecimal amount = BigDecimal.valueOf(random.nextLong(-10_000_000_00L, 10_000_000_00L), random.nextInt(5));
		LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
		// a budget: not negative, at most two decimals (Money's rules)
		BigDecimal budget = amount.abs().setScale(Math.min(amount.scale(), 2), java.math.RoundingMode.DOWN);
		return switch (random.nextInt(5)) {
			case 0 -> new Case(money.format(new Money(budget, Currency.getInstance("EUR")), locale),
					freshMoney(budget, "EUR", locale));
			case 1 -> new Case(money.number(amount, locale), freshNumber(amount, locale));
			case 2 -> new Case(periods.date(new PartialDate(day.withDayOfMonth(1), DatePrecision.MONTH), locale),
					DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day));
			case 3 -> new Case(periods.date(new PartialDate(day, DatePrecision.DAY), locale),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day));
			default -> {
				Instant moment = Instant.ofEpochSecond(random.nextLong(0, 2_000_000_000L));
				yield new Case(periods.instant(moment, locale),
						DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
							.withLocale(locale)
							.withZone(ZoneId.systemDefault())
							.format(moment));
			}
		};
	}

	@Test
	void amountsAndDatesAreWrittenAsFreshFormatsWriteThemInEachLanguage() {
		Random random = new Random(20261208);
		for (int i = 0; i < 3_000; i++) {
			Case one = randomCase(random);
			assertThat(one.written()).isEqualTo(one.expected());
		}
		assertThat(money.format(new Money(new BigDecimal("60000"), Currency.getInstance("USD")), Locale.ENGLISH))
			.isEqualTo("USD 60,000");
		assertThat(money.format(new Money(new BigDecimal("1234.5"), Currency.getInstance("EUR")), Locale.FRENCH))
			.isEqualTo("1\u202f234,50 EUR");
	}

	@Test
	void eightThreadsAtOnceWriteWhatOneWrites() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<Case>>> results = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				Random random = new Random(t);
				results.add(threads.submit(() -> {
					List<Case> cases = new ArrayList<>();
					for (int i = 0; i < 5_000; i++) {
						cases.add(randomCase(random));
					}
					return cases;
				}));
			}
			for (Future<List<Case>> result : results) {
				assertThat(result.get()).allSatisfy(one -> assertThat(one.written()).isEqualTo(one.expected()));
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
