package org.wopplatform.domain.partnership;

/**
 * Where a deliverable stands. NOT_REPORTED until a report says otherwise (as in the UN
 * registry).
 */
public enum DeliverableStatus {

	NOT_REPORTED, ON_TRACK, ACHIEVED, DELAYED, CANCELLED

}
