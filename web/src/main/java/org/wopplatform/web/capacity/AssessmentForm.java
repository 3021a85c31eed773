package org.wopplatform.web.capacity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.domain.progress.Factor;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * One side's capacity assessments in a report, per dimension (keyed by its id): stage,
 * degree of change and contribution (all three, or none to say nothing of it), obstacle
 * and factor categories with words, an explanation and where the evidence is; and the
 * side's partnership-practice ratings with its suggestions.
 */
public class AssessmentForm extends ReadingForm implements CrossChecked {

	static final int TEXT_MAX = 2000;

	static final int EXPLANATION_MAX = 4000;

	static final int EVIDENCE_MAX = 500;

	private @Nullable AssessmentSide side;

	private Map<Long, List<Factor.Category>> obstacleCategories = new HashMap<>();

	private Map<Long, @Nullable String> obstacles = new HashMap<>();

	private Map<Long, List<Factor.Category>> factorCategories = new HashMap<>();

	private Map<Long, @Nullable String> factors = new HashMap<>();

	private Map<Long, @Nullable String> evidence = new HashMap<>();

	private Map<String, @Nullable Integer> practice = new LinkedHashMap<>();

	private @Nullable String suggestions;

	/** The form as a side's assessments stand in a report. */
	static AssessmentForm of(ProgressReport report, AssessmentSide side) {
		AssessmentForm form = new AssessmentForm();
		form.side = side;
		form.version = report.version();
		for (CapacityAssessment a : report.assessments()) {
			if (a.side() != side) {
				continue;
			}
			long id = a.focusId();
			form.stage.put(id, a.stage());
			form.degree.put(id, a.degree());
			form.contribution.put(id, a.contribution());
			form.obstacleCategories.put(id, new ArrayList<>(a.obstacleCategorySet()));
			form.obstacles.put(id, a.obstacles());
			form.factorCategories.put(id, new ArrayList<>(a.factorCategorySet()));
			form.factors.put(id, a.factors());
			form.explanation.put(id, a.explanation());
			form.evidence.put(id, a.evidence());
		}
		report.practiceRatings()
			.stream()
			.filter(r -> r.side() == side)
			.forEach(r -> form.practice.put(r.dimensionCode(), r.rating()));
		report.practiceNotes().stream().filter(n -> n.side() == side).forEach(n -> form.suggestions = n.suggestions());
		return form;
	}

	/** Every dimension the form speaks of. */
	private Set<Long> focusIds() {
		Set<Long> ids = new TreeSet<>();
		for (Map<Long, ?> map : List.of(stage, degree, contribution, obstacleCategories, obstacles, factorCategories,
				factors, explanation, evidence)) {
			map.keySet().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
		}
		return ids;
	}

	private boolean saysSomething(long id) {
		return degree.get(id) != null || contribution.get(id) != null || !list(obstacleCategories, id).isEmpty()
				|| !list(factorCategories, id).isEmpty() || PlainText.orNull(obstacles.get(id)) != null
				|| PlainText.orNull(factors.get(id)) != null || PlainText.orNull(explanation.get(id)) != null
				|| PlainText.orNull(evidence.get(id)) != null;
	}

	/**
	 * A dimension assessed gives its stage, degree and contribution, each in range; the
	 * words stay within their lengths; ratings lie between 1 and 4.
	 */
	@Override
	public void check(Errors errors) {
		if (side == null || !side.isPartner()) {
			if (!errors.hasFieldErrors("side")) {
				errors.rejectValue("side", "capacity.assessment.side");
			}
		}
		for (long id : focusIds()) {
			boolean assessed = stage.get(id) != null || saysSomething(id);
			if (!assessed) {
				continue;
			}
			requireReading(errors, id, stage.get(id), degree.get(id), contribution.get(id));
			length(errors, "obstacles[" + id + "]", obstacles.get(id), TEXT_MAX);
			length(errors, "factors[" + id + "]", factors.get(id), TEXT_MAX);
			length(errors, "explanation[" + id + "]", explanation.get(id), EXPLANATION_MAX);
			length(errors, "evidence[" + id + "]", evidence.get(id), EVIDENCE_MAX);
		}
		practice.forEach((code, rating) -> {
			if (rating != null && (rating < 1 || rating > 4) && !errors.hasFieldErrors("practice[" + code + "]")) {
				errors.rejectValue("practice[" + code + "]", "practice.rating.range");
			}
		});
		length(errors, "suggestions", suggestions, 4000);
	}

	/**
	 * A reading of a dimension (keyed by its id) gives its stage (1–4), degree of change
	 * (−2…+2) and contribution (0–2) together: each side's assessment and an agreed
	 * value.
	 */
	static void requireReading(Errors errors, long id, @Nullable Integer stage, @Nullable Integer degree,
			@Nullable Integer contribution) {
		require(errors, "stage[" + id + "]", stage, 1, 4, "capacity.stage.range");
		require(errors, "degree[" + id + "]", degree, -2, 2, "capacity.degree.range");
		require(errors, "contribution[" + id + "]", contribution, 0, 2, "capacity.contribution.range");
	}

	private static void require(Errors errors, String field, @Nullable Integer value, int low, int high, String code) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value == null) {
			errors.rejectValue(field, "capacity.assessment.incomplete");
		}
		else if (value < low || value > high) {
			errors.rejectValue(field, code);
		}
	}

	private static void length(Errors errors, String field, @Nullable String value, int max) {
		if (value != null && value.length() > max && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "Size", new Object[] { field, max, 0 }, "Too long");
		}
	}

	private static List<Factor.Category> list(Map<Long, List<Factor.Category>> map, long id) {
		List<Factor.Category> list = map.get(id);
		return list == null ? List.of() : list;
	}

	/**
	 * The side's word, read: a dimension with no stage and nothing else is taken back.
	 */
	ReportCapacity.SideInput input() {
		Map<Long, @Nullable CapacityAssessment> given = new LinkedHashMap<>();
		for (long id : focusIds()) {
			Integer s = stage.get(id);
			if (s == null && !saysSomething(id)) {
				given.put(id, null);
				continue;
			}
			try {
				given.put(id,
						new CapacityAssessment(id, AssessmentSide.MENTOR, s == null ? 0 : s,
								degree.get(id) == null ? 99 : degree.get(id),
								contribution.get(id) == null ? 99 : contribution.get(id),
								CapacityAssessment.categories(set(list(obstacleCategories, id))), obstacles.get(id),
								CapacityAssessment.categories(set(list(factorCategories, id))), factors.get(id),
								explanation.get(id), evidence.get(id), null));
			}
			catch (DomainRuleViolation ex) {
				throw new org.wopplatform.web.common.FieldProblem("stage[" + id + "]", ex.code());
			}
		}
		Map<String, Integer> ratings = new LinkedHashMap<>();
		practice.forEach((code, rating) -> {
			if (rating != null) {
				ratings.put(code, rating);
			}
		});
		return new ReportCapacity.SideInput(side == null ? AssessmentSide.MENTOR : side, given, ratings,
				PlainText.orNull(suggestions));
	}

	private static Set<Factor.Category> set(List<Factor.Category> list) {
		Set<Factor.Category> set = EnumSet.noneOf(Factor.Category.class);
		list.stream().filter(java.util.Objects::nonNull).forEach(set::add);
		return set;
	}

	public @Nullable AssessmentSide getSide() {
		return side;
	}

	public void setSide(@Nullable AssessmentSide side) {
		this.side = side;
	}

	public Map<Long, List<Factor.Category>> getObstacleCategories() {
		return obstacleCategories;
	}

	public void setObstacleCategories(Map<Long, List<Factor.Category>> obstacleCategories) {
		this.obstacleCategories = obstacleCategories;
	}

	public Map<Long, @Nullable String> getObstacles() {
		return obstacles;
	}

	public void setObstacles(Map<Long, @Nullable String> obstacles) {
		this.obstacles = obstacles;
	}

	public Map<Long, List<Factor.Category>> getFactorCategories() {
		return factorCategories;
	}

	public void setFactorCategories(Map<Long, List<Factor.Category>> factorCategories) {
		this.factorCategories = factorCategories;
	}

	public Map<Long, @Nullable String> getFactors() {
		return factors;
	}

	public void setFactors(Map<Long, @Nullable String> factors) {
		this.factors = factors;
	}

	public Map<Long, @Nullable String> getEvidence() {
		return evidence;
	}

	public void setEvidence(Map<Long, @Nullable String> evidence) {
		this.evidence = evidence;
	}

	public Map<String, @Nullable Integer> getPractice() {
		return practice;
	}

	public void setPractice(Map<String, @Nullable Integer> practice) {
		this.practice = practice;
	}

	public @Nullable String getSuggestions() {
		return suggestions;
	}

	public void setSuggestions(@Nullable String suggestions) {
		this.suggestions = suggestions;
	}

}
