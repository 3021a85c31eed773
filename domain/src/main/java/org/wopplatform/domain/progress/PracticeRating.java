package org.wopplatform.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * How one side rates one of GWOPA's partnership-practice dimensions in a year, on the
 * platform's scale: 1 not working (improvement needed urgently), 2 working in part
 * (improvement needed), 3 working well, 4 working very well.
 */
@Embeddable
public record PracticeRating(@Enumerated(EnumType.STRING) AssessmentSide side,
		@Column(name = "dimension_code") String dimensionCode, int rating) {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 4;

	public PracticeRating {
		if (side == null || !side.isPartner()) {
			throw new DomainRuleViolation("practice.side",
					"Partnership practice is rated by a side of the partnership");
		}
		if (rating < LOWEST || rating > HIGHEST) {
			throw new DomainRuleViolation("practice.rating.range", "A rating lies between 1 and 4");
		}
	}

	/** Ratings of 1 and 2 say the dimension needs improving. */
	public boolean improvementNeeded() {
		return rating <= 2;
	}

}
