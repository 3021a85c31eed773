package org.wopplatform.domain.partnership;

/** The side of a WOP a participant stands on. */
public enum Side {

	MENTOR, MENTEE, OTHER

}
