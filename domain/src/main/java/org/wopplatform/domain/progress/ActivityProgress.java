package org.wopplatform.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.workplan.ActivityStatus;

/**
 * Where an activity stood at the end of a report's period and how much of it was done
 * (0–100 %). A done activity is 100 % done; one not started, 0 %.
 */
@Embeddable
public record ActivityProgress(@Enumerated(EnumType.STRING) ActivityStatus status,
		@Column(name = "percent_done") int percentDone) {

	public ActivityProgress {
		if (percentDone < 0 || percentDone > 100) {
			throw new DomainRuleViolation("report.activity.percentRange", "Percent done lies between 0 and 100");
		}
		if (status == ActivityStatus.DONE && percentDone != 100) {
			throw new DomainRuleViolation("report.activity.doneIsComplete", "A done activity is 100 % done");
		}
		if (status == ActivityStatus.NOT_STARTED && percentDone != 0) {
			throw new DomainRuleViolation("report.activity.notStartedIsZero", "An activity not started is 0 % done");
		}
	}

}
