package org.wopplatform.domain.account;

/** What a signed-in person may do; the public is not a role (no account). */
public enum Role {

	/** GWOPA secretariat staff: everything, everywhere. */
	SECRETARIAT,
	/** Coordinator of one regional platform: brokers and reviews within that region. */
	COORDINATOR,
	/** Staff of one utility: their own utility's partnerships, requests and offers. */
	UTILITY_STAFF

}
