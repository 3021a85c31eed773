package org.wopplatform.web.security;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.ReadScope;

/**
 * The person reading a page, or the public. Says what they may read (as a query scope)
 * and what they may change, exactly as the roles table of the architecture says.
 */
public record Viewer(@Nullable SignedInUser user) {

	public static Viewer anonymous() {
		return new Viewer(null);
	}

	public boolean isSignedIn() {
		return user != null;
	}

	public boolean is(Role role) {
		return user != null && user.role() == role;
	}

	public ReadScope readScope() {
		if (user == null) {
			return ReadScope.publicOnly();
		}
		return switch (user.role()) {
			case SECRETARIAT -> ReadScope.everything();
			case COORDINATOR -> ReadScope.platform(user.platformCode());
			case UTILITY_STAFF -> ReadScope.organisation(user.organisationId());
		};
	}

	/** Creating partnerships: coordinators (in their region) and the secretariat. */
	public boolean canCreatePartnerships() {
		return is(Role.SECRETARIAT) || is(Role.COORDINATOR);
	}

	/**
	 * Editing a partnership: the secretariat, or the coordinator of its regional
	 * platform.
	 */
	public boolean canEdit(Partnership partnership) {
		return canEditIn(partnership.regionalPlatform().map(RegionalPlatform::code).orElse(null));
	}

	/**
	 * Whether this reader may edit a partnership of the given region (none: only the
	 * secretariat).
	 */
	public boolean canEditIn(@Nullable String platformCode) {
		if (is(Role.SECRETARIAT)) {
			return true;
		}
		return is(Role.COORDINATOR) && platformCode != null && platformCode.equals(user.platformCode());
	}

	/** Creating and editing organisations: coordinators and the secretariat. */
	public boolean canEditOrganisations() {
		return is(Role.SECRETARIAT) || is(Role.COORDINATOR);
	}

	/** The platform a coordinator is bound to, or empty for others. */
	public @Nullable String platformCode() {
		return is(Role.COORDINATOR) ? user.platformCode() : null;
	}

	public AuditTrail.Actor actor() {
		if (user == null) {
			return new AuditTrail.Actor(null, "public");
		}
		return new AuditTrail.Actor(user.id(), user.displayName() + " <" + user.email() + ">");
	}

}
