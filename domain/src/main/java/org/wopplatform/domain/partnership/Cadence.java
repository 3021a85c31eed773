package org.wopplatform.domain.partnership;

/**
 * How often a partnership reports: every calendar year (the default) or every half-year.
 */
public enum Cadence {

	YEARLY, HALF_YEARLY

}
