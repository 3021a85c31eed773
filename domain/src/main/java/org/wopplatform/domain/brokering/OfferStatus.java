package org.wopplatform.domain.brokering;

/** A mentor offer is open until its utility (or a broker) withdraws it. */
public enum OfferStatus {

	OPEN, WITHDRAWN

}
