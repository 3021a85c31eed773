package org.wopplatform.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.account.UserAccount;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** User accounts; e-mail addresses are unique whatever their case. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	/**
	 * Every account with its platform and organisation, in one statement, for the
	 * accounts page.
	 */
	@Query("select a from UserAccount a left join fetch a.regionalPlatform left join fetch a.organisation order by a.email")
	List<UserAccount> findAllWithScope();

	boolean existsByRoleAndEnabledTrue(Role role);

	boolean existsByRoleAndEnabledTrueAndIdNot(Role role, Long id);

	/**
	 * Counts a failed sign-in in one statement (safe when attempts race) and locks the
	 * account until {@code lockUntil} once the count reaches {@code limit}.
	 */
	@Modifying
	@Transactional
	@Query(value = """
			update user_account set failed_logins = failed_logins + 1,
			  locked_until = case when failed_logins + 1 >= :limit then cast(:lockUntil as timestamptz) else locked_until end
			where lower(email) = lower(:email)""",
			nativeQuery = true)
	int recordFailedLogin(String email, int limit, Instant lockUntil);

	@Modifying
	@Transactional
	@Query(value = "update user_account set failed_logins = 0, locked_until = null where lower(email) = lower(:email)",
			nativeQuery = true)
	int recordSuccessfulLogin(String email);

}
