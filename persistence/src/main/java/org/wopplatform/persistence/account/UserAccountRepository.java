package org.wopplatform.persistence.account;

import java.util.Optional;

import org.wopplatform.domain.account.UserAccount;

import org.springframework.data.jpa.repository.JpaRepository;

/** User accounts; e-mail addresses are unique whatever their case. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmailIgnoreCase(String email);

}
