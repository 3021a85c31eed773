package org.wopplatform.web.security;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry, answering for the request's own session from the session this
 * request already read. Each request with a session asks the registry whether that
 * session was ended (Spring Security's concurrent-session check); the registry backed by
 * Spring Session read the session from the database again to answer, a second read and
 * deserialisation per request. The answer is the same: the session ended elsewhere
 * carries the mark that Spring Session's registry sets ({@link #EXPIRED}), and this
 * request read the session moments ago. Everything else (a person's sessions, ending
 * them) goes to the registry it wraps.
 */
final class CurrentSessionFirst implements SessionRegistry {

	/** Spring Session's mark on a session ended through its registry. */
	static final String EXPIRED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

	private final SessionRegistry registry;

	CurrentSessionFirst(SessionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public @Nullable SessionInformation getSessionInformation(String sessionId) {
		HttpSession current = requestSession();
		if (current == null || !current.getId().equals(sessionId)) {
			return registry.getSessionInformation(sessionId);
		}
		Object principal = current.getAttribute("SPRING_SECURITY_CONTEXT") instanceof SecurityContext context
				&& context.getAuthentication() != null ? context.getAuthentication().getName() : "";
		SessionInformation information = new SessionInformation(principal, sessionId,
				new Date(current.getLastAccessedTime()));
		if (Boolean.TRUE.equals(current.getAttribute(EXPIRED))) {
			information.expireNow();
		}
		return information;
	}

	private static @Nullable HttpSession requestSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(false);
		}
		return null;
	}

	@Override
	public List<Object> getAllPrincipals() {
		return registry.getAllPrincipals();
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return registry.getAllSessions(principal, includeExpiredSessions);
	}

	@Override
	public void refreshLastRequest(String sessionId) {
		registry.refreshLastRequest(sessionId);
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
		registry.registerNewSession(sessionId, principal);
	}

	@Override
	public void removeSessionInformation(String sessionId) {
		registry.removeSessionInformation(sessionId);
	}

}
