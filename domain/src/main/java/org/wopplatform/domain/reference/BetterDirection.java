package org.wopplatform.domain.reference;

/** Which way a KPI improves: lower non-revenue water, higher coverage. */
public enum BetterDirection {

	HIGHER, LOWER

}
