package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;

import org.springframework.validation.Errors;

/**
 * An amount and its currency typed in two fields: both or neither, never negative, at
 * most two decimals. Checked with the form's other fields ({@link CrossChecked}), then
 * read as one {@link Money}.
 */
public final class MoneyFields {

	private MoneyFields() {
	}

	/** Adds the errors of the pair to fields that read. */
	public static void check(Errors errors, String amountField, @Nullable BigDecimal amount, String currencyField,
			@Nullable Currency currency) {
		if (errors.hasFieldErrors(amountField) || errors.hasFieldErrors(currencyField)) {
			return;
		}
		if (amount == null && currency != null) {
			errors.rejectValue(amountField, "amount.required");
		}
		if (amount != null && amount.signum() < 0) {
			errors.rejectValue(amountField, "money.negative");
		}
		if (amount != null && currency == null) {
			errors.rejectValue(currencyField, "currency.required");
		}
	}

	/** The money of a pair that passed {@link #check}: empty when neither was given. */
	public static @Nullable Money of(@Nullable BigDecimal amount, @Nullable Currency currency) {
		return amount == null || currency == null ? null : new Money(amount, currency);
	}

}
