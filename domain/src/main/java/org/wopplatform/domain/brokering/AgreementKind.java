package org.wopplatform.domain.brokering;

/** What the two utilities signed at the end of brokering. */
public enum AgreementKind {

	LETTER_OF_INTENT, AGREEMENT

}
