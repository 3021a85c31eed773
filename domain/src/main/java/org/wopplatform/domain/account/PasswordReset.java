package org.wopplatform.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * A one-time link to set an account's password. Only the SHA-256 of the token is stored;
 * the link expires and works once.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

	public static final Duration VALIDITY = Duration.ofHours(72);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
	@SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_account_id")
	private UserAccount account;

	private String tokenHash;

	@Column(name = "created_by")
	private @Nullable Long createdBy;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected PasswordReset() {
	}

	public PasswordReset(UserAccount account, String tokenHash, @Nullable Long createdBy, Instant now) {
		this.account = Objects.requireNonNull(account);
		this.tokenHash = Objects.requireNonNull(tokenHash);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.expiresAt = now.plus(VALIDITY);
	}

	public boolean isUsableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** Sets the new password hash on the account and spends the link. */
	public void use(String newPasswordHash, Instant now) {
		if (!isUsableAt(now)) {
			throw new DomainRuleViolation("account.reset.expired", "This link has expired or was already used");
		}
		account.changePassword(newPasswordHash);
		this.usedAt = now;
	}

	/** Makes an unused link unusable (a newer one replaces it). */
	public void withdraw(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	public UserAccount account() {
		return account;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

}
