package org.wopplatform.domain.partnership;

/**
 * The role of an organisation in a partnership, as named by GWOPA WOP profiles, the
 * EU-WOP Programme and the UN SDG registry (table {@code partner_role} holds their names
 * in three languages). Each role stands on the mentor side, the mentee side, or neither.
 */
public enum PartnerRole {

	LEAD_MENTOR(Side.MENTOR), MENTOR(Side.MENTOR), CO_MENTOR(Side.MENTOR), LEAD_PARTNER(Side.MENTOR),
	LEAD_MENTEE(Side.MENTEE), MENTEE(Side.MENTEE), RECIPIENT(Side.MENTEE), BENEFICIARY_PARTNER(Side.MENTEE),
	FUNDER(Side.OTHER), SUPPORTING_ORG(Side.OTHER), FACILITATOR(Side.OTHER), BROKER(Side.OTHER),
	TECHNICAL_SUPPORT(Side.OTHER), POLITICAL_SUPPORT(Side.OTHER), PARTNER(Side.OTHER);

	private final Side side;

	PartnerRole(Side side) {
		this.side = side;
	}

	public Side side() {
		return side;
	}

	public boolean isMentorSide() {
		return side == Side.MENTOR;
	}

	public boolean isMenteeSide() {
		return side == Side.MENTEE;
	}

}
