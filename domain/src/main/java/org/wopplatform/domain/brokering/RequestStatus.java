package org.wopplatform.domain.brokering;

/**
 * Where a support request stands: open, candidates shortlisted, matched (a match reached
 * an agreement), or closed with a reason.
 */
public enum RequestStatus {

	OPEN, SHORTLISTED, MATCHED, CLOSED;

	/**
	 * The status as those outside the brokering see it: shortlisting is the brokers'
	 * business, so a shortlisted request shows as open.
	 */
	public RequestStatus asSeenFromOutside() {
		return this == SHORTLISTED ? OPEN : this;
	}

	/** Whether brokers still look for a mentor for it. */
	public boolean isOpenForMatching() {
		return this == OPEN || this == SHORTLISTED;
	}

}
