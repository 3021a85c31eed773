package org.wopplatform.persistence.account;

import java.util.Optional;

import org.wopplatform.domain.account.PasswordReset;

import org.springframework.data.jpa.repository.JpaRepository;

/** One-time password links, found by the hash of their token. */
public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

}
