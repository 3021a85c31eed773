package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The one reading of a report's assessments of a dimension (the database view
 * {@code capacity_result} says the same for approved reports): the value the coordinator
 * recorded as agreed; else the value both sides gave alike (consensus of both partners);
 * else the only side's value (one partner). Where both sides gave different readings and
 * nobody agreed, there is none: that is a disagreement, and it blocks approval.
 */
public final class CapacityAssessments {

	/** How the value came to be: GWOPA's "perceived change decided by", made a fact. */
	public enum Consensus {

		BOTH_PARTNERS, ONE_PARTNER, AGREED_IN_REVIEW

	}

	/** A dimension's value in a report, and how it was reached. */
	public record Effective(CapacityAssessment value, Consensus consensus) {
	}

	private CapacityAssessments() {
	}

	/** The value of one dimension, from that dimension's assessments in a report. */
	public static Optional<Effective> effective(Collection<CapacityAssessment> ofOneFocus) {
		CapacityAssessment agreed = side(ofOneFocus, AssessmentSide.AGREED);
		if (agreed != null) {
			return Optional.of(new Effective(agreed, Consensus.AGREED_IN_REVIEW));
		}
		CapacityAssessment mentor = side(ofOneFocus, AssessmentSide.MENTOR);
		CapacityAssessment mentee = side(ofOneFocus, AssessmentSide.MENTEE);
		if (mentor != null && mentee != null) {
			return mentor.readsAs(mentee) ? Optional.of(new Effective(mentee, Consensus.BOTH_PARTNERS))
					: Optional.empty();
		}
		CapacityAssessment one = mentor != null ? mentor : mentee;
		return Optional.ofNullable(one).map(value -> new Effective(value, Consensus.ONE_PARTNER));
	}

	/** Whether both sides gave different readings and no value was agreed. */
	public static boolean disagree(Collection<CapacityAssessment> ofOneFocus) {
		CapacityAssessment mentor = side(ofOneFocus, AssessmentSide.MENTOR);
		CapacityAssessment mentee = side(ofOneFocus, AssessmentSide.MENTEE);
		return mentor != null && mentee != null && !mentor.readsAs(mentee)
				&& side(ofOneFocus, AssessmentSide.AGREED) == null;
	}

	/** The mean of a side's practice ratings, to one decimal; empty without ratings. */
	public static Optional<BigDecimal> overallScore(List<PracticeRating> ofOneSide) {
		if (ofOneSide.isEmpty()) {
			return Optional.empty();
		}
		int sum = ofOneSide.stream().mapToInt(PracticeRating::rating).sum();
		return Optional
			.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ofOneSide.size()), 1, RoundingMode.HALF_UP));
	}

	private static @Nullable CapacityAssessment side(Collection<CapacityAssessment> assessments, AssessmentSide side) {
		return assessments.stream().filter(a -> a.side() == side).findFirst().orElse(null);
	}

}
