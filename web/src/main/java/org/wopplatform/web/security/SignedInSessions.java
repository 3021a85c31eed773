package org.wopplatform.web.security;

import org.wopplatform.persistence.database.AfterCommit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account whose role, scope or state changed: the person signs in
 * again and gets their new rights (or none), instead of keeping the old ones until they
 * sign out. The sessions are in the database (Spring Session JDBC), found by the
 * account's e-mail address (the principal name they are indexed by), so this ends them on
 * every node at once: the next request of each, on whichever node, goes to the sign-in
 * page.
 */
@Component
public class SignedInSessions {

	private final SessionRegistry registry;

	private final JdbcClient jdbc;

	SignedInSessions(SessionRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
	}

	/**
	 * Ends them once the change that calls for it is committed, when called within a
	 * transaction: whoever signs in again gets the account as changed, and a change
	 * rolled back signs no one out. Before, they were ended while the account's row was
	 * locked, each end written on a second pooled connection, which sign-in attempts
	 * waiting for that row, each holding one, could leave none of. (After the commit the
	 * transaction's connection is still held while they are ended, but no lock is.)
	 */
	public void endAllOf(long accountId) {
		jdbc.sql("select email from user_account where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.ifPresent(email -> AfterCommit.run(() -> end(email)));
	}

	private void end(String email) {
		registry.getAllSessions(email, false).forEach(SessionInformation::expireNow);
	}

}
