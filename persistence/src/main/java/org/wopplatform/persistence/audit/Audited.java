package org.wopplatform.persistence.audit;

/**
 * The kinds of record whose changes are audited, each with the name its events carry in
 * {@code audit_event.entity_type}: the one list of those names.
 */
public enum Audited {

	PARTNERSHIP("Partnership"), ORGANISATION("Organisation"), USER_ACCOUNT("UserAccount"),
	PROGRESS_REPORT("ProgressReport"), SUPPORT_REQUEST("SupportRequest"), MENTOR_OFFER("MentorOffer"), MATCH("Match"),
	MATCH_WEIGHTS("MatchWeights"), ANNUAL_REPORT("AnnualReport"), ACTIVITY("Activity"), CAPACITY_FOCUS("CapacityFocus"),
	REFERENCE_ENTRY("ReferenceEntry");

	private final String entityType;

	Audited(String entityType) {
		this.entityType = entityType;
	}

	/** The name stored with each event (never change it: history is read by it). */
	public String entityType() {
		return entityType;
	}

}
