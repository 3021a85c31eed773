package org.wopplatform.web.workplan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.workplan.BudgetKind;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * A budget line as typed: who gives, what kind, how much (money in its currency, or
 * staff-days without one) and in which year.
 */
public class BudgetLineForm implements java.io.Serializable, CrossChecked {

	@NotNull
	private @Nullable Long contributorId;

	@NotNull
	private @Nullable BudgetKind kind = BudgetKind.CASH;

	@NotNull
	@Amount
	private @Nullable BigDecimal amount;

	private @Nullable Currency currency;

	@NotNull
	private @Nullable Integer year;

	private long version;

	@Override
	public void check(Errors errors) {
		if (amount != null && amount.signum() < 0) {
			errors.rejectValue("amount", "money.negative");
		}
		if (kind != null && !errors.hasFieldErrors("currency")) {
			if (kind.isMoney() && currency == null) {
				errors.rejectValue("currency", "currency.required");
			}
			if (!kind.isMoney() && currency != null) {
				errors.rejectValue("currency", "budget.days.noCurrency");
			}
		}
	}

	WorkPlanEditing.NewBudgetLine line() {
		return new WorkPlanEditing.NewBudgetLine(Objects.requireNonNull(contributorId), Objects.requireNonNull(kind),
				Objects.requireNonNull(amount), currency, Objects.requireNonNull(year));
	}

	public @Nullable Long getContributorId() {
		return contributorId;
	}

	public void setContributorId(@Nullable Long contributorId) {
		this.contributorId = contributorId;
	}

	public @Nullable BudgetKind getKind() {
		return kind;
	}

	public void setKind(@Nullable BudgetKind kind) {
		this.kind = kind;
	}

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}

	public @Nullable Currency getCurrency() {
		return currency;
	}

	public void setCurrency(@Nullable Currency currency) {
		this.currency = currency;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
