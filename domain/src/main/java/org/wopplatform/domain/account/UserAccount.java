package org.wopplatform.domain.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.reference.RegionalPlatform;

/**
 * A person who signs in. The scope follows the role: a coordinator has a regional
 * platform, utility staff an organisation, the secretariat neither. The password is kept
 * only as a hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	private static final Set<String> LANGUAGES = Set.of("en", "fr", "es");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "regional_platform_code")
	private @Nullable RegionalPlatform regionalPlatform;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private @Nullable Organisation organisation;

	private String locale = "en";

	private boolean enabled = true;

	@Column(name = "failed_logins")
	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private Instant createdAt = Instant.now();

	protected UserAccount() {
	}

	private UserAccount(String email, String displayName, String passwordHash, Role role,
			@Nullable RegionalPlatform platform, @Nullable Organisation organisation) {
		if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new DomainRuleViolation("account.email.invalid", "Not an e-mail address: " + email);
		}
		this.email = email.strip().toLowerCase(Locale.ROOT);
		this.displayName = Objects.requireNonNull(displayName, "displayName");
		this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
		this.role = role;
		this.regionalPlatform = platform;
		this.organisation = organisation;
	}

	public static UserAccount secretariat(String email, String displayName, String passwordHash) {
		return new UserAccount(email, displayName, passwordHash, Role.SECRETARIAT, null, null);
	}

	public static UserAccount coordinator(String email, String displayName, String passwordHash,
			RegionalPlatform platform) {
		return new UserAccount(email, displayName, passwordHash, Role.COORDINATOR,
				Objects.requireNonNull(platform, "platform"), null);
	}

	public static UserAccount utilityStaff(String email, String displayName, String passwordHash,
			Organisation organisation) {
		return new UserAccount(email, displayName, passwordHash, Role.UTILITY_STAFF, null,
				Objects.requireNonNull(organisation, "organisation"));
	}

	public void preferLanguage(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new DomainRuleViolation("account.locale.unsupported", "Unsupported language: " + language);
		}
		this.locale = language;
	}

	/** Replaces the password hash and lifts any lock from failed sign-ins. */
	public void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** Changes what the person may do and where; the scope must fit the role. */
	public void assign(Role role, @Nullable RegionalPlatform platform, @Nullable Organisation organisation) {
		if (role == Role.COORDINATOR && platform == null) {
			throw new DomainRuleViolation("account.scope.platformRequired", "A coordinator needs a regional platform");
		}
		if (role == Role.UTILITY_STAFF && organisation == null) {
			throw new DomainRuleViolation("account.scope.organisationRequired", "Utility staff need an organisation");
		}
		this.role = role;
		this.regionalPlatform = role == Role.COORDINATOR ? platform : null;
		this.organisation = role == Role.UTILITY_STAFF ? organisation : null;
	}

	public void rename(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			throw new DomainRuleViolation("account.name.required", "A name is required");
		}
		this.displayName = displayName.strip();
	}

	/** Locked after too many failed sign-ins, until the lock runs out. */
	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public int failedLogins() {
		return failedLogins;
	}

	public long version() {
		return version;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public @Nullable Long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public @Nullable RegionalPlatform regionalPlatform() {
		return regionalPlatform;
	}

	public @Nullable Organisation organisation() {
		return organisation;
	}

	public String locale() {
		return locale;
	}

	public boolean isEnabled() {
		return enabled;
	}

}
