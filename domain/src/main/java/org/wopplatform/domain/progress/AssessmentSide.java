package org.wopplatform.domain.progress;

/**
 * Who gives a capacity assessment: the mentor side or the mentee side of the partnership,
 * each in its own words, or the coordinator who records the value both agreed where the
 * two differ.
 */
public enum AssessmentSide {

	MENTOR, MENTEE, AGREED;

	/** The two sides of the partnership (not the agreed value). */
	public boolean isPartner() {
		return this != AGREED;
	}

}
