package org.wopplatform.web.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account whose role, scope or state changed: the person signs in
 * again and gets their new rights (or none), instead of keeping the old ones until they
 * sign out.
 */
@Component
public class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	public void endAllOf(long accountId) {
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof SignedInUser user && user.id() == accountId) {
				registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
