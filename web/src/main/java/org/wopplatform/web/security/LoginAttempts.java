package org.wopplatform.web.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.persistence.account.UserAccountRepository;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@value #LOCK_MINUTES} minutes after {@value #LIMIT} failed
 * sign-ins in a row, which stops password guessing without a permanent lock-out; a
 * successful sign-in resets the count.
 */
@Component
class LoginAttempts {

	static final int LIMIT = 5;

	static final int LOCK_MINUTES = 15;

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final Clock clock;

	private final UserAccountRepository accounts;

	LoginAttempts(UserAccountRepository accounts, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String email = normalised(String.valueOf(event.getAuthentication().getName()));
		if (accounts.recordFailedLogin(email, LIMIT, clock.instant().plus(Duration.ofMinutes(LOCK_MINUTES))) > 0) {
			log.info("Failed sign-in for account={}", email);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulLogin(normalised(event.getAuthentication().getName()));
	}

	/**
	 * The e-mail as accounts are looked up and failures counted: the same for both, so
	 * that no spelling (trailing Unicode spaces, capitals) reaches an account without
	 * counting.
	 */
	static String normalised(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
