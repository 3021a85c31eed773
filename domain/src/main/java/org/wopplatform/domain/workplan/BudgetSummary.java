package org.wopplatform.domain.workplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;

/**
 * A work plan's budget added up: per contributor, kind and year, and in total per
 * currency (staff-days apart). Amounts in different currencies are never added together;
 * there is no exchange rate in the platform.
 */
public record BudgetSummary(List<Row> rows, Map<String, BigDecimal> totalByUnit) {

	/** One contributor's budget of one kind in one year, in one currency (or in days). */
	public record Row(long contributorId, BudgetKind kind, int year, String unit, BigDecimal amount) {
	}

	public static BudgetSummary of(List<Activity> activities) {
		record Key(long contributorId, BudgetKind kind, int year, String unit) {
		}
		Map<Key, BigDecimal> sums = activities.stream()
			.flatMap(a -> a.budgetLines().stream())
			.collect(Collectors.groupingBy(l -> new Key(l.contributorId(), l.kind(), l.year(), l.unit()),
					Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add)));
		List<Row> rows = sums.entrySet()
			.stream()
			.map(e -> new Row(e.getKey().contributorId(), e.getKey().kind(), e.getKey().year(), e.getKey().unit(),
					e.getValue()))
			.sorted(Comparator.comparingLong(Row::contributorId)
				.thenComparing(Row::kind)
				.thenComparingInt(Row::year)
				.thenComparing(Row::unit))
			.toList();
		Map<String, BigDecimal> totals = rows.stream()
			.collect(Collectors.groupingBy(Row::unit, TreeMap::new,
					Collectors.reducing(BigDecimal.ZERO, Row::amount, BigDecimal::add)));
		return new BudgetSummary(rows, totals);
	}

	/**
	 * What was spent to date per currency (and staff-days), from what approved reports
	 * say was spent on each budget line of these activities.
	 */
	public static Map<String, BigDecimal> spentByUnit(List<Activity> activities, Map<Long, BigDecimal> spentByLine) {
		Map<String, BigDecimal> spent = new TreeMap<>();
		for (Activity activity : activities) {
			for (BudgetLine line : activity.budgetLines()) {
				BigDecimal amount = spentByLine.get(line.id());
				if (amount != null) {
					spent.merge(line.unit(), amount, BigDecimal::add);
				}
			}
		}
		return spent;
	}

	/** The share of a unit's budget spent, in whole percent; empty without a budget. */
	public @Nullable Integer spentPercent(String unit, Map<String, BigDecimal> spentByUnit) {
		BigDecimal budgeted = totalByUnit.get(unit);
		if (budgeted == null || budgeted.signum() == 0) {
			return null;
		}
		BigDecimal spent = spentByUnit.getOrDefault(unit, BigDecimal.ZERO);
		return spent.multiply(BigDecimal.valueOf(100)).divide(budgeted, 0, RoundingMode.HALF_UP).intValue();
	}

	/** Whether nothing is budgeted. */
	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/**
	 * How the stated budget compares with the lines in its currency: empty when there is
	 * nothing to compare (no stated budget or no line in its currency), otherwise the
	 * lines' total minus the stated amount (zero when they agree).
	 */
	public @Nullable BigDecimal differenceFrom(@Nullable Money stated) {
		if (stated == null) {
			return null;
		}
		BigDecimal lines = totalByUnit.get(stated.currency().getCurrencyCode());
		return lines == null ? null : lines.subtract(stated.amount());
	}

	/** The money totals only (without staff-days), by currency code. */
	public Map<String, BigDecimal> moneyTotals() {
		return totalByUnit.entrySet()
			.stream()
			.filter(e -> !"days".equals(e.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

}
