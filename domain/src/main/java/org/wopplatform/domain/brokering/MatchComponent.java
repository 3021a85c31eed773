package org.wopplatform.domain.brokering;

/** The parts of a match score, each worth 0 to 1 before its weight. */
public enum MatchComponent {

	/** Share of the requested working areas the mentor is strong in or has mentored. */
	COVERAGE,
	/** Whether mentor and mentee share a working language. */
	LANGUAGE,
	/**
	 * Same sub-region (1), the request's platform region (0.8), both in the Global South
	 * (South–South, 0.6), otherwise 0.2; 0 when the mentor's offer leaves the region out.
	 */
	REGION,
	/** How close the two utilities are in size (smaller / larger). */
	SIZE,
	/**
	 * Completed partnerships as mentor in the requested areas (those with mentees in the
	 * requester's sub-region count twice) and approved KPI improvements there.
	 */
	TRACK_RECORD,
	/** Room left: active partnerships as mentor against the mentor's capacity. */
	LOAD,
	/** An open offer whose window includes today. */
	AVAILABILITY

}
