package org.wopplatform.domain.brokering;

/** How soon a utility needs the support it asks for. */
public enum Urgency {

	LOW, MEDIUM, HIGH

}
