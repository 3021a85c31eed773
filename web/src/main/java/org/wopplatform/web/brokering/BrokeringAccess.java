package org.wopplatform.web.brokering;

import java.util.Objects;

import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.brokering.MentorOffer;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.persistence.brokering.BrokeringScope;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in brokering, as the roles table of the architecture says: utilities
 * make requests and offers for themselves; a coordinator brokers the requests of their
 * platform (and may make requests and offers on a utility's behalf); the secretariat
 * everything. Reading is decided in the queries ({@link BrokeringScope}).
 */
final class BrokeringAccess {

	private BrokeringAccess() {
	}

	static BrokeringScope scope(Viewer viewer) {
		return BrokeringScope.of(viewer.readScope());
	}

	/**
	 * Runs matching and moves matches along: the platform's coordinator, the secretariat.
	 */
	static boolean canBroker(Viewer viewer, SupportRequest request) {
		return viewer.is(Role.SECRETARIAT)
				|| viewer.is(Role.COORDINATOR) && request.platformCode().equals(viewer.platformCode());
	}

	static boolean canEdit(Viewer viewer, SupportRequest request) {
		return canBroker(viewer, request) || isStaffOf(viewer, request.organisationId());
	}

	/**
	 * Reading an offer: every broker (mentors come from anywhere) and the utility's
	 * staff.
	 */
	static boolean canRead(Viewer viewer, MentorOffer offer) {
		return viewer.is(Role.SECRETARIAT) || viewer.is(Role.COORDINATOR) || isStaffOf(viewer, offer.organisationId());
	}

	/**
	 * Changing an offer: the utility's staff, the secretariat, and the coordinator who
	 * recorded it.
	 */
	static boolean canEdit(Viewer viewer, MentorOffer offer) {
		return viewer.is(Role.SECRETARIAT) || isStaffOf(viewer, offer.organisationId())
				|| viewer.is(Role.COORDINATOR) && Objects.equals(offer.createdBy(), viewer.user().id());
	}

	static boolean isStaffOf(Viewer viewer, long organisationId) {
		return viewer.is(Role.UTILITY_STAFF) && Objects.equals(viewer.user().organisationId(), organisationId);
	}

	static void require(boolean allowed, String what) {
		if (!allowed) {
			throw new AccessDeniedException(what);
		}
	}

}
