package org.wopplatform.domain.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * An amount in one currency. Amounts are never negative and never summed across
 * currencies.
 */
@Embeddable
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (amount.signum() < 0) {
			throw new DomainRuleViolation("money.negative", "An amount cannot be negative: " + amount);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new DomainRuleViolation("money.scale", "An amount has at most two decimals: " + amount);
		}
		// Always two decimals, as stored: 65000 and 65000.00 are the same amount.
		amount = amount.setScale(2);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), currency(currencyCode));
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new DomainRuleViolation("money.currency", "Not an ISO 4217 currency code: " + code);
		}
	}

	public Money plus(Money other) {
		if (!currency.equals(other.currency)) {
			throw new DomainRuleViolation("money.currencyMismatch",
					"Cannot add " + other.currency + " to " + currency + " without a stated conversion");
		}
		return new Money(amount.add(other.amount), currency);
	}

	@Override
	public String toString() {
		return currency.getCurrencyCode() + " " + amount.toPlainString();
	}

}
