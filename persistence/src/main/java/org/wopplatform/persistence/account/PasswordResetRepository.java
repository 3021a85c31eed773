package org.wopplatform.persistence.account;

import java.util.List;
import java.util.Optional;

import org.wopplatform.domain.account.PasswordReset;
import org.wopplatform.domain.account.UserAccount;

import org.springframework.data.jpa.repository.JpaRepository;

/** One-time password links, found by the hash of their token. */
public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	List<PasswordReset> findByAccountAndUsedAtIsNull(UserAccount account);

}
