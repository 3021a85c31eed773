package org.wopplatform.web.security;

import org.wopplatform.domain.account.Role;

/**
 * The demo accounts as signed-in readers, for tests that act as them (one copy instead of
 * one per test file): the secretariat, the coordinators of WOP-Africa and WaterLinks, and
 * staff of MWAUWASA (mentee of the fixture partnership 2) and of NCWSC.
 */
public final class DemoUsers {

	public static final SignedInUser SECRETARIAT = new SignedInUser(1, "secretariat@example.org", "Secretariat", null,
			Role.SECRETARIAT, null, null, true, false);

	public static final SignedInUser COORDINATOR_AFRICA = new SignedInUser(2, "coordinator.africa@example.org",
			"Coordinator", null, Role.COORDINATOR, "WOP_AFRICA", null, true, false);

	public static final SignedInUser COORDINATOR_ASIA = new SignedInUser(3, "coordinator.asia@example.org", "Asia",
			null, Role.COORDINATOR, "WATERLINKS", null, true, false);

	public static final SignedInUser STAFF_MWAUWASA = new SignedInUser(4, "staff.mwauwasa@example.org",
			"MWAUWASA staff", null, Role.UTILITY_STAFF, null, 5L, true, false);

	/** Staff of VEI, mentor of partnership 2 and of the WaterWorX partnerships. */
	public static final SignedInUser STAFF_VEI = new SignedInUser(5, "staff.vei@example.org", "VEI staff", null,
			Role.UTILITY_STAFF, null, 1L, true, false);

	public static final SignedInUser STAFF_NCWSC = new SignedInUser(90, "staff.ncwsc@example.org", "NCWSC staff", null,
			Role.UTILITY_STAFF, null, 20L, true, false);

	private DemoUsers() {
	}

}
