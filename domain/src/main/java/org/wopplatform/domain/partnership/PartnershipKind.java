package org.wopplatform.domain.partnership;

/**
 * A WOP is a mentor–mentee partnership between operators; a NETWORK is a
 * multi-stakeholder initiative (such as GWOPA's own UN SDG registry record) whose
 * partners have no mentor or mentee side.
 */
public enum PartnershipKind {

	WOP, NETWORK

}
