package org.wopplatform.domain.workplan;

/** Where an activity stands. A dropped activity says why. */
public enum ActivityStatus {

	NOT_STARTED, UNDER_WAY, DONE, DROPPED;

	/**
	 * Whether the activity is finished one way or the other (it can no longer be late).
	 */
	public boolean isClosed() {
		return this == DONE || this == DROPPED;
	}

}
