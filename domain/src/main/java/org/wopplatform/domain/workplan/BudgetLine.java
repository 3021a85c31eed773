package org.wopplatform.domain.workplan;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What one contributor puts into an activity in one year: an amount of money (cash or
 * in-kind, in its currency) or a number of staff-days.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_line_seq")
	@SequenceGenerator(name = "budget_line_seq", sequenceName = "budget_line_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "activity_id")
	private Activity activity;

	@Column(name = "contributor_id")
	private long contributorId;

	@Enumerated(EnumType.STRING)
	private BudgetKind kind;

	private BigDecimal amount;

	private @Nullable Currency currency;

	@Column(name = "budget_year")
	private int year;

	protected BudgetLine() {
	}

	BudgetLine(Activity activity, long contributorId, BudgetKind kind, BigDecimal amount, @Nullable Currency currency,
			int year) {
		this.activity = activity;
		this.contributorId = contributorId;
		this.kind = kind;
		this.amount = amount;
		this.currency = currency;
		this.year = year;
	}

	public @Nullable Long id() {
		return id;
	}

	public long contributorId() {
		return contributorId;
	}

	public BudgetKind kind() {
		return kind;
	}

	public BigDecimal amount() {
		return amount;
	}

	/** The currency of a money line; empty for staff-days. */
	public @Nullable Currency currency() {
		return currency;
	}

	public int year() {
		return year;
	}

	/** What the line is counted in: a currency code, or "days". */
	public String unit() {
		return currency == null ? "days" : currency.getCurrencyCode();
	}

	@Override
	public String toString() {
		return year + " " + kind + " " + amount.toPlainString() + " " + unit() + " (organisation " + contributorId
				+ ")";
	}

}
