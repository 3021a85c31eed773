package org.wopplatform.domain.report;

/** The chapters of an annual report; the secretariat chooses their order. */
public enum Chapter {

	HEADLINES, BREAKDOWNS, SDG_TARGETS, RESULTS, STORIES, REGIONS

}
