package org.wopplatform.web.opendata;

/** A parameter the API cannot use; its message tells the caller which and why. */
class BadApiRequest extends RuntimeException {

	BadApiRequest(String message) {
		super(message, null, false, false);
	}

}
