package org.wopplatform.domain.progress;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.wopplatform.domain.common.DomainRuleViolation;

/** A side's suggestions to make the partnership work better, given with its ratings. */
@Embeddable
public record PracticeNote(@Enumerated(EnumType.STRING) AssessmentSide side, String suggestions) {

	public PracticeNote {
		if (side == null || !side.isPartner()) {
			throw new DomainRuleViolation("practice.side",
					"Partnership practice is rated by a side of the partnership");
		}
		if (suggestions == null || suggestions.isBlank()) {
			throw new DomainRuleViolation("practice.suggestionsBlank", "Suggestions are words");
		}
		suggestions = suggestions.strip();
	}

}
