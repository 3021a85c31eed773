package org.wopplatform.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, saving a session only when something of it changed: an
 * attribute (the signed-in person, the CSRF token, a refused form), its id (at sign-in),
 * its timeout, or its last access by {@link SessionStorage#LAST_ACCESS_STEP_MILLIS} or
 * more since the database has it. Spring Session's filter moves the last access on every
 * request and saves the session at the end: a signed-in page was a read, then a write in
 * a transaction of its own (four round trips to the database). It is now the read alone,
 * and a session ends after 30 minutes without a request, give or take a minute (as the
 * database's own check, {@link SessionStorage#UPDATE_SESSION_SPARINGLY}, already
 * allowed). What counts as changed is what Spring Session's default save mode
 * ({@code ON_SET_ATTRIBUTE}, which the application keeps) writes: an attribute set or
 * removed. Under another mode ({@code spring.session.jdbc.save-mode=always}), an
 * attribute changed in place without being set again would not be saved.
 *
 * @param <S> the sessions of the repository it fronts
 */
final class SparingSessions<S extends Session> implements FindByIndexNameSessionRepository<SparingSessions.Tracked<S>> {

	private final FindByIndexNameSessionRepository<S> sessions;

	private SparingSessions(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	static <S extends Session> SparingSessions<S> of(FindByIndexNameSessionRepository<S> sessions) {
		return new SparingSessions<>(sessions);
	}

	@Override
	public Tracked<S> createSession() {
		return new Tracked<>(sessions.createSession(), null);
	}

	@Override
	public void save(Tracked<S> session) {
		if (session.unsaved()) {
			sessions.save(session.session);
			session.saved();
		}
	}

	@Override
	public @Nullable Tracked<S> findById(String id) {
		S found = sessions.findById(id);
		return found == null ? null : new Tracked<>(found, found.getLastAccessedTime());
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	@Override
	public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Tracked<S>> found = new LinkedHashMap<>();
		sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Tracked<>(session, session.getLastAccessedTime())));
		return found;
	}

	/**
	 * A session and what of it was changed since it was read or last saved.
	 *
	 * @param <S> the session's own type
	 */
	static final class Tracked<S extends Session> implements Session {

		private final S session;

		/** The last access the database has; null for a session never saved. */
		private @Nullable Instant stored;

		private boolean changed;

		private Tracked(S session, @Nullable Instant stored) {
			this.session = session;
			this.stored = stored;
		}

		boolean unsaved() {
			return stored == null || changed || Duration.between(stored, session.getLastAccessedTime())
				.toMillis() >= SessionStorage.LAST_ACCESS_STEP_MILLIS;
		}

		private void saved() {
			stored = session.getLastAccessedTime();
			changed = false;
		}

		@Override
		public String getId() {
			return session.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String name) {
			return session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			changed = true;
			session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			changed = true;
			session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			session.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = true;
			session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return session.isExpired();
		}

	}

}
