package org.wopplatform.web.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.account.UserAccountRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** A new installation gets its first secretariat account from the environment, once. */
@SpringBootTest
class InitialSecretariatTests {

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void restoreDemoSecretariat() {
		jdbc.sql("delete from user_account where email = 'first.admin@example.org'").update();
		jdbc.sql("update user_account set role = 'SECRETARIAT', regional_platform_code = null where id = 1").update();
	}

	@Test
	void createsTheAccountOnlyWhileThereIsNoSecretariat() {
		new InitialSecretariat(accounts, passwords, "first.admin@example.org", "a long enough password")
			.run(new DefaultApplicationArguments());
		assertThat(accounts.findByEmailIgnoreCase("first.admin@example.org")).as("demo secretariat exists").isEmpty();

		jdbc.sql("update user_account set role = 'COORDINATOR', regional_platform_code = 'WOP_AFRICA' where id = 1")
			.update();
		new InitialSecretariat(accounts, passwords, "first.admin@example.org", "a long enough password")
			.run(new DefaultApplicationArguments());

		assertThat(accounts.findByEmailIgnoreCase("first.admin@example.org")).hasValueSatisfying(
				a -> assertThat(passwords.matches("a long enough password", a.passwordHash())).isTrue());
	}

	@Test
	void refusesAShortPassword() {
		jdbc.sql("update user_account set role = 'COORDINATOR', regional_platform_code = 'WOP_AFRICA' where id = 1")
			.update();

		new InitialSecretariat(accounts, passwords, "first.admin@example.org", "short")
			.run(new DefaultApplicationArguments());

		assertThat(accounts.findByEmailIgnoreCase("first.admin@example.org")).isEmpty();
	}

}
