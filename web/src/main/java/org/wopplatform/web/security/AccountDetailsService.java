package org.wopplatform.web.security;

import java.time.Clock;

import org.wopplatform.domain.account.UserAccount;
import org.wopplatform.persistence.account.UserAccountRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts from PostgreSQL for sign-in. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final Clock clock;

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount account = accounts.findByEmailIgnoreCase(LoginAttempts.normalised(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return new SignedInUser(account.id(), account.email(), account.displayName(), account.passwordHash(),
				account.role(), account.regionalPlatform() == null ? null : account.regionalPlatform().code(),
				account.organisation() == null ? null : account.organisation().id(), account.isEnabled(),
				account.isLockedAt(clock.instant()));
	}

}
