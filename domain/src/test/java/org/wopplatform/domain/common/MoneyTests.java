package org.wopplatform.domain.common;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

	@Test
	void anAmountCannotBeNegative() {
		assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), Currency.getInstance("USD")))
			.isInstanceOf(DomainRuleViolation.class)
			.hasMessageContaining("negative");
	}

	@Test
	void anUnknownCurrencyCodeIsRejected() {
		assertThatThrownBy(() -> Money.of("10", "XYZ1")).isInstanceOf(DomainRuleViolation.class)
			.extracting(ex -> ((DomainRuleViolation) ex).code())
			.isEqualTo("money.currency");
	}

	@Test
	void amountsAddUpInTheSameCurrencyOnly() {
		assertThat(Money.of("60000", "USD").plus(Money.of("54540", "USD"))).isEqualTo(Money.of("114540", "USD"));
		assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
			.isInstanceOf(DomainRuleViolation.class);
	}

	@Test
	void theSameAmountWrittenWithOrWithoutDecimalsIsEqual() {
		assertThat(Money.of("65000", "USD")).isEqualTo(Money.of("65000.00", "USD"));
		assertThat(Money.of("65000", "USD")).hasToString("USD 65000.00");
	}

	@Test
	void moreThanTwoDecimalsIsRejected() {
		assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(DomainRuleViolation.class);
	}

}
