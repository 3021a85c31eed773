package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.UserAccount;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.persistence.account.UserAccountRepository;
import org.wopplatform.persistence.progress.ApprovedValues;
import org.wopplatform.web.common.MoneyFormat;
import org.wopplatform.web.common.PeriodFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a report's values are read against, for the writer while writing and the reviewer
 * while reviewing: each indicator's baseline and target, the last approved value before
 * the report's period (with that period) and the change since, judged by the indicator's
 * better direction; and who submitted the report and who returned it, when. Indicators
 * have no planned value per period (only a baseline and a final target), so none is
 * shown. Two SQL statements whatever the number of indicators.
 */
@Component
class ReviewContext {

	/** How a change reads against the indicator's better direction. */
	enum Judgement {

		BETTER, WORSE, UNCHANGED, UNJUDGED

	}

	/**
	 * An indicator's context, formatted for the reader with its unit; empty text where
	 * there is nothing to show. The change is null without a value or a last approved
	 * value.
	 */
	record Value(String value, String baseline, String target, String lastApproved, @Nullable String lastPeriod,
			@Nullable String change, @Nullable Judgement judgement) {

		/** The message key of the change's judgement ("better", "worse", …). */
		public @Nullable String judgementKey() {
			return judgement == null ? null : "report.review.judgement." + judgement.name();
		}

	}

	/** A person as the page names them. */
	record Person(String name, String email) {
	}

	/** The report's context: per indicator id, and the people of its workflow. */
	record Context(Map<Long, Value> values, @Nullable Person submitter, @Nullable String submittedAt,
			@Nullable Person reviewer, @Nullable String reviewedAt) {
	}

	private static final String NONE = "–";

	private final ApprovedValues approved;

	private final UserAccountRepository accounts;

	private final MoneyFormat numbers;

	private final PeriodFormat periods;

	ReviewContext(ApprovedValues approved, UserAccountRepository accounts, MoneyFormat numbers, PeriodFormat periods) {
		this.approved = approved;
		this.accounts = accounts;
		this.numbers = numbers;
		this.periods = periods;
	}

	@Transactional(readOnly = true)
	Context of(ProgressReport report, List<Indicator> indicators, Locale locale) {
		Map<Long, ApprovedValues.PeriodValue> last = indicators.isEmpty() ? Map.of()
				: approved.latestWithPeriodBefore(report.partnershipId(), report.period());
		Map<Long, Value> values = new HashMap<>();
		for (Indicator indicator : indicators) {
			long id = Objects.requireNonNull(indicator.id());
			BigDecimal value = report.valueOf(id).map(v -> v.value()).orElse(null);
			values.put(id, value(indicator, value, last.get(id), locale));
		}
		List<Long> people = Stream.of(report.submittedBy(), report.reviewedBy()).filter(Objects::nonNull).toList();
		Map<Long, Person> named = new HashMap<>();
		if (!people.isEmpty()) {
			for (UserAccount account : accounts.findAllById(people)) {
				named.put(account.id(), new Person(account.displayName(), account.email()));
			}
		}
		return new Context(values, report.submittedBy() == null ? null : named.get(report.submittedBy()),
				report.submittedAt() == null ? null : periods.instant(report.submittedAt(), locale),
				report.reviewedBy() == null ? null : named.get(report.reviewedBy()),
				report.reviewedAt() == null ? null : periods.instant(report.reviewedAt(), locale));
	}

	private Value value(Indicator indicator, @Nullable BigDecimal value, ApprovedValues.@Nullable PeriodValue last,
			Locale locale) {
		String unit = indicator.unit();
		String change = null;
		Judgement judgement = null;
		if (value != null && last != null) {
			BigDecimal difference = value.subtract(last.value());
			String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "−" : "±";
			change = sign + withUnit(difference.abs(), unit, locale);
			judgement = judge(difference, indicator.betterDirection());
		}
		return new Value(value == null ? NONE : withUnit(value, unit, locale),
				indicator.baselineValue() == null ? NONE : withUnit(indicator.baselineValue(), unit, locale),
				indicator.targetValue() == null ? NONE : withUnit(indicator.targetValue(), unit, locale),
				last == null ? NONE : withUnit(last.value(), unit, locale),
				last == null ? null : new ReportingPeriod(last.year(), last.half()).toString(), change, judgement);
	}

	static Judgement judge(BigDecimal difference, @Nullable BetterDirection direction) {
		if (difference.signum() == 0) {
			return Judgement.UNCHANGED;
		}
		if (direction == null) {
			return Judgement.UNJUDGED;
		}
		boolean up = difference.signum() > 0;
		return up == (direction == BetterDirection.HIGHER) ? Judgement.BETTER : Judgement.WORSE;
	}

	private String withUnit(BigDecimal number, @Nullable String unit, Locale locale) {
		String text = numbers.number(number, locale);
		return unit == null || unit.isBlank() ? text : text + " " + unit;
	}

}
