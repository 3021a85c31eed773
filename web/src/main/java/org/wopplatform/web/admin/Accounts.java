package org.wopplatform.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.PasswordReset;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.account.UserAccount;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.persistence.account.PasswordResetRepository;
import org.wopplatform.persistence.account.UserAccountRepository;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.SignedInSessions;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. New accounts get an unusable random password and a one-time
 * link to set their own; the secretariat hands the link over. Every change is audited.
 */
@Service
@Transactional
class Accounts {

	static final Audited ENTITY = Audited.USER_ACCOUNT;

	/** An account as the audited-edit step reads it. */
	static final AuditedEdits.Kind<UserAccount> KIND = new AuditedEdits.Kind<>(ENTITY,
			a -> Objects.requireNonNull(a.id()), UserAccount::version, Accounts::snapshot);

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final SecureRandom random = new SecureRandom();

	@PersistenceContext
	private EntityManager entityManager;

	private final Clock clock;

	private final UserAccountRepository accounts;

	private final PasswordResetRepository resets;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final AuditedEdits edits;

	private final SignedInSessions sessions;

	Accounts(UserAccountRepository accounts, PasswordResetRepository resets, PasswordEncoder passwords,
			AuditTrail audit, AuditedEdits edits, SignedInSessions sessions, Clock clock) {
		this.edits = edits;
		this.clock = clock;
		this.accounts = accounts;
		this.resets = resets;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return accounts.findAllWithScope();
	}

	/**
	 * One account with its platform and organisation loaded, for pages outside the
	 * transaction.
	 */
	@Transactional(readOnly = true)
	public UserAccount find(long id) {
		UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
		if (account.regionalPlatform() != null) {
			account.regionalPlatform().shortName();
		}
		if (account.organisation() != null) {
			account.organisation().displayName();
		}
		return account;
	}

	/**
	 * An account as the secretariat sets it: who, what role, and its scope (a platform
	 * for a coordinator, a utility for its staff; the other is ignored).
	 */
	public record Details(String email, String displayName, Role role, @Nullable String platform,
			@Nullable Long organisationId) {
	}

	/** Creates the account and returns the token of its first password link. */
	public String create(Details form, Viewer viewer) {
		if (accounts.findByEmailIgnoreCase(form.email()).isPresent()) {
			throw new FieldProblem("email", "account.email.taken");
		}
		// Nobody knows this password: the account is usable only once its owner follows
		// the link.
		String unusable = passwords.encode(UUID.randomUUID().toString());
		UserAccount account;
		try {
			account = switch (form.role()) {
				case SECRETARIAT -> UserAccount.secretariat(form.email(), form.displayName(), unusable);
				case COORDINATOR ->
					UserAccount.coordinator(form.email(), form.displayName(), unusable, platform(form.platform()));
				case UTILITY_STAFF -> UserAccount.utilityStaff(form.email(), form.displayName(), unusable,
						organisation(form.organisationId()));
			};
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("email", ex.code());
		}
		accounts.saveAndFlush(account);
		edits.event(viewer.actor(), ENTITY, account.id(), account.version(), "CREATE",
				AuditTrail.differences(Map.of(), snapshot(account)));
		return newResetToken(account, viewer);
	}

	public void update(long id, Details form, long version, Viewer viewer) {
		edits.edit(KIND, find(id), version, viewer.actor(), "UPDATE", account -> {
			account.rename(form.displayName());
			Role role = form.role();
			if (role != Role.SECRETARIAT) {
				requireAnotherSecretariat(account);
			}
			account.assign(role, role == Role.COORDINATOR ? platform(form.platform()) : null,
					role == Role.UTILITY_STAFF ? organisation(form.organisationId()) : null);
		}, ex -> new FieldProblem(null, ex.code()));
		sessions.endAllOf(id);
	}

	public void setEnabled(long id, boolean enabled, Viewer viewer) {
		UserAccount account = find(id);
		Map<String, @Nullable String> before = snapshot(account);
		if (enabled) {
			account.enable();
		}
		else {
			requireAnotherSecretariat(account);
			account.disable();
		}
		accounts.flush();
		edits.event(viewer.actor(), ENTITY, id, account.version(), enabled ? "ENABLE" : "DISABLE",
				AuditTrail.differences(before, snapshot(account)));
		sessions.endAllOf(id);
	}

	/** A new one-time link for the account; returns the token to put in the link. */
	public String resetPassword(long id, Viewer viewer) {
		return newResetToken(find(id), viewer);
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return resets.findByTokenHash(hash(token)).filter(r -> r.isUsableAt(clock.instant())).isPresent();
	}

	/**
	 * Sets the password through a one-time link; false when the link is unknown, used or
	 * expired.
	 */
	public boolean usePasswordLink(String token, String newPassword) {
		PasswordReset reset = resets.findByTokenHash(hash(token)).orElse(null);
		if (reset == null || !reset.isUsableAt(clock.instant())) {
			return false;
		}
		reset.use(passwords.encode(newPassword), clock.instant());
		UserAccount account = reset.account();
		edits.event(new AuditTrail.Actor(account.id(), account.email()), ENTITY, account.id(), null, "PASSWORD_SET",
				List.of());
		return true;
	}

	/**
	 * The platform always keeps one enabled secretariat account, so that someone can
	 * manage it.
	 */
	private void requireAnotherSecretariat(UserAccount account) {
		if (account.role() != Role.SECRETARIAT || !account.isEnabled()) {
			return;
		}
		if (!accounts.existsByRoleAndEnabledTrueAndIdNot(Role.SECRETARIAT, account.id())) {
			throw new FieldProblem("role", "account.lastSecretariat");
		}
	}

	private String newResetToken(UserAccount account, Viewer viewer) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		// A new link replaces the older ones: only the latest can be used.
		resets.findByAccountAndUsedAtIsNull(account).forEach(old -> old.withdraw(clock.instant()));
		resets.save(new PasswordReset(account, hash(token), viewer.isSignedIn() ? viewer.user().id() : null,
				clock.instant()));
		edits.event(viewer.actor(), ENTITY, account.id(), null, "PASSWORD_LINK", List.of());
		return token;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RegionalPlatform platform(@Nullable String code) {
		if (code == null || code.isBlank()) {
			throw new FieldProblem("platform", "account.scope.platformRequired");
		}
		RegionalPlatform platform = entityManager.find(RegionalPlatform.class, code);
		if (platform == null) {
			throw new FieldProblem("platform", "reference.unknown");
		}
		return platform;
	}

	private Organisation organisation(@Nullable Long id) {
		if (id == null) {
			throw new FieldProblem("organisationId", "account.scope.organisationRequired");
		}
		Organisation organisation = entityManager.find(Organisation.class, id);
		if (organisation == null) {
			throw new FieldProblem("organisationId", "reference.unknown");
		}
		return organisation;
	}

	private static Map<String, @Nullable String> snapshot(UserAccount account) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("email", account.email());
		fields.put("displayName", account.displayName());
		fields.put("role", account.role().name());
		fields.put("platform", account.regionalPlatform() == null ? null : account.regionalPlatform().code());
		fields.put("organisation", account.organisation() == null ? null : String.valueOf(account.organisation().id()));
		fields.put("enabled", Boolean.toString(account.isEnabled()));
		return fields;
	}

}
