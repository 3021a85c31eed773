package org.wopplatform.domain.common;

/** How much of a {@link PartialDate} is known. */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
