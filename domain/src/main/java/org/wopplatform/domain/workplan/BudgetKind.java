package org.wopplatform.domain.workplan;

/**
 * What a budget line gives: money (cash), goods or services valued in money (in-kind), or
 * people's time counted in staff-days (no currency).
 */
public enum BudgetKind {

	CASH, IN_KIND, STAFF_DAYS;

	/** Whether the amount is money, with a currency, rather than days. */
	public boolean isMoney() {
		return this != STAFF_DAYS;
	}

}
