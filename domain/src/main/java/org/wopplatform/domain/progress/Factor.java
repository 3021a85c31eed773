package org.wopplatform.domain.progress;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * An obstacle or a contributing factor of a report's period, tagged with one of GWOPA's
 * three categories, in words.
 */
@Embeddable
public record Factor(@Enumerated(EnumType.STRING) Kind kind, @Enumerated(EnumType.STRING) Category category,
		String text) {

	/** Whether it held the work back or helped it. */
	public enum Kind {

		OBSTACLE, CONTRIBUTING

	}

	/** GWOPA's categories of obstacles and contributing factors. */
	public enum Category {

		INTERNAL, EXTERNAL, WOP_RELATED

	}

	public Factor {
		if (kind == null || category == null || text == null || text.isBlank()) {
			throw new DomainRuleViolation("report.factor.incomplete", "A factor has a kind, a category and words");
		}
		text = text.strip();
	}

}
