package org.wopplatform.domain.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * The IATI activity status of a partnership (codes 1–6) and the changes allowed between
 * them: PIPELINE → IMPLEMENTATION → FINALISATION → CLOSED, with SUSPENDED (and back)
 * while it runs and CANCELLED before it closes. CLOSED and CANCELLED are final.
 */
public enum PartnershipStatus {

	PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

	private final int iatiCode;

	PartnershipStatus(int iatiCode) {
		this.iatiCode = iatiCode;
	}

	public int iatiCode() {
		return iatiCode;
	}

	public Set<PartnershipStatus> next() {
		return switch (this) {
			case PIPELINE -> EnumSet.of(IMPLEMENTATION, CANCELLED);
			case IMPLEMENTATION -> EnumSet.of(FINALISATION, SUSPENDED, CANCELLED);
			case SUSPENDED -> EnumSet.of(IMPLEMENTATION, CANCELLED);
			case FINALISATION -> EnumSet.of(CLOSED);
			case CLOSED, CANCELLED -> EnumSet.noneOf(PartnershipStatus.class);
		};
	}

	public boolean canChangeTo(PartnershipStatus target) {
		return next().contains(target);
	}

	/** Whether work has started: entering it from PIPELINE records the actual start. */
	public boolean isUnderway() {
		return this == IMPLEMENTATION || this == FINALISATION || this == SUSPENDED;
	}

	/** Whether the partnership has ended: entering it records the actual end. */
	public boolean isEnded() {
		return this == CLOSED || this == CANCELLED;
	}

}
