package org.wopplatform.domain.progress;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PlainText;

/**
 * What one side says, in one progress report, of a capacity dimension the partnership
 * works on: the stage reached (1–4), the degree of change in the period (−2 very negative
 * … +2 very positive), how much the WOP contributed to it (0–2), the obstacles and
 * contributing factors (GWOPA's categories and words), an explanation and, optionally,
 * where the evidence is. {@code assessedBy} is the account that gave it.
 */
@Embeddable
public record CapacityAssessment(@Column(name = "focus_id") long focusId,
		@Enumerated(EnumType.STRING) AssessmentSide side, int stage, int degree, int contribution,
		@Column(name = "obstacle_categories") @Nullable String obstacleCategories, @Nullable String obstacles,
		@Column(name = "factor_categories") @Nullable String factorCategories, @Nullable String factors,
		@Nullable String explanation, @Nullable String evidence,
		@Column(name = "assessed_by") @Nullable Long assessedBy) {

	public CapacityAssessment {
		if (side == null) {
			throw new DomainRuleViolation("capacity.assessment.side", "An assessment names its side");
		}
		if (stage < 1 || stage > 4) {
			throw new DomainRuleViolation("capacity.stage.range", "A stage lies between 1 and 4");
		}
		if (degree < -2 || degree > 2) {
			throw new DomainRuleViolation("capacity.degree.range", "A degree of change lies between -2 and +2");
		}
		if (contribution < 0 || contribution > 2) {
			throw new DomainRuleViolation("capacity.contribution.range", "A contribution lies between 0 and 2");
		}
		obstacleCategories = normalised(obstacleCategories);
		factorCategories = normalised(factorCategories);
		obstacles = PlainText.orNull(obstacles);
		factors = PlainText.orNull(factors);
		explanation = PlainText.orNull(explanation);
		evidence = PlainText.orNull(evidence);
	}

	/** The categories, written as a set. */
	public static @Nullable String categories(Set<Factor.Category> categories) {
		return categories.isEmpty() ? null
				: EnumSet.copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	public Set<Factor.Category> obstacleCategorySet() {
		return parse(obstacleCategories);
	}

	public Set<Factor.Category> factorCategorySet() {
		return parse(factorCategories);
	}

	/** Whether two assessments give the same reading (stage, degree and contribution). */
	public boolean readsAs(CapacityAssessment other) {
		return stage == other.stage && degree == other.degree && contribution == other.contribution;
	}

	/** The same words and reading, given by another side or account. */
	public CapacityAssessment as(AssessmentSide newSide, @Nullable Long by) {
		return new CapacityAssessment(focusId, newSide, stage, degree, contribution, obstacleCategories, obstacles,
				factorCategories, factors, explanation, evidence, by);
	}

	private static @Nullable String normalised(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return categories(parse(text));
		}
		catch (IllegalArgumentException ex) {
			throw new DomainRuleViolation("capacity.assessment.category", "Not a factor category: " + text);
		}
	}

	private static Set<Factor.Category> parse(@Nullable String text) {
		EnumSet<Factor.Category> set = EnumSet.noneOf(Factor.Category.class);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(String::strip).map(Factor.Category::valueOf).forEach(set::add);
		}
		return set;
	}

}
