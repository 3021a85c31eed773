package org.wopplatform.domain.progress;

/** How a partnership is doing in a period, as its report says. */
public enum Health {

	ON_TRACK, POTENTIAL_RISKS, ROADBLOCK

}
