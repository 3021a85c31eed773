package org.wopplatform.domain.brokering;

/** The parts of a match score, each worth 0 to 1 before its weight. */
public enum MatchComponent {

	/** Share of the requested working areas the mentor is strong in or has mentored. */
	COVERAGE,
	/** Whether mentor and mentee share a working language. */
	LANGUAGE,
	/** Same region (1), both in the Global South (South–South, 0.75), otherwise 0.25. */
	REGION,
	/** How close the two utilities are in size (smaller / larger). */
	SIZE,
	/** Completed partnerships as mentor and approved KPI improvements in those areas. */
	TRACK_RECORD,
	/** Room left: active partnerships as mentor against the mentor's capacity. */
	LOAD,
	/** An open offer whose window includes today. */
	AVAILABILITY

}
