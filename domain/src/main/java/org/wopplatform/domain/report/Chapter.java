package org.wopplatform.domain.report;

/**
 * The chapters of an annual report; the secretariat chooses their order. A new report
 * starts with them in this order.
 */
public enum Chapter {

	HEADLINES, BREAKDOWNS, SDG_TARGETS, RESULTS, CAPACITY, STORIES, REGIONS

}
