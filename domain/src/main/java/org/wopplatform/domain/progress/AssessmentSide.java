package org.wopplatform.domain.progress;

/**
 * Who gives a capacity assessment: the mentor side or the mentee side of the partnership,
 * each in its own words, or the coordinator who records the value both agreed where the
 * two differ.
 */
public enum AssessmentSide {

	MENTOR, MENTEE, AGREED;

	/** The assessing side of a partnership's mentor or mentee side. */
	public static AssessmentSide of(org.wopplatform.domain.partnership.Side side) {
		return switch (side) {
			case MENTOR -> MENTOR;
			case MENTEE -> MENTEE;
			case OTHER -> throw new IllegalArgumentException("Only the mentor and mentee sides assess");
		};
	}

	/** The two sides of the partnership (not the agreed value). */
	public boolean isPartner() {
		return this != AGREED;
	}

}
