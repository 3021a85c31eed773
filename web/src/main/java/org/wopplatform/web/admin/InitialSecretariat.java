package org.wopplatform.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.account.UserAccount;
import org.wopplatform.persistence.account.UserAccountRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first secretariat account of a new installation comes from the environment
 * ({@code WOP_ADMIN_EMAIL}, {@code WOP_ADMIN_PASSWORD}), never from a committed password.
 * It is created only while the database has no secretariat account at all.
 */
@Component
class InitialSecretariat implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialSecretariat.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final String email;

	private final String password;

	InitialSecretariat(UserAccountRepository accounts, PasswordEncoder passwords,
			@Value("${wop.admin.email:}") String email, @Value("${wop.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (email.isBlank() || password.isBlank()) {
			return;
		}
		if (accounts.existsByRoleAndEnabledTrue(Role.SECRETARIAT)) {
			return;
		}
		if (password.length() < Accounts.MINIMUM_PASSWORD_LENGTH) {
			log.warn("WOP_ADMIN_PASSWORD is shorter than {} characters: no initial account created",
					Accounts.MINIMUM_PASSWORD_LENGTH);
			return;
		}
		accounts.save(UserAccount.secretariat(email, "Secretariat", passwords.encode(password)));
		log.info("Created the initial secretariat account {}", email);
	}

}
