package org.wopplatform.web.admin;

import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.account.UserAccount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/** An account as the secretariat edits it: who, what role, which scope. */
public class AccountForm implements java.io.Serializable, CrossChecked {

	@NotBlank
	@Email
	@Size(max = 254)
	private @Nullable String email;

	@NotBlank
	@Size(max = 200)
	private @Nullable String displayName;

	@NotNull
	private @Nullable Role role;

	private @Nullable String platform;

	private @Nullable Long organisationId;

	private long version;

	/** A coordinator needs a platform, a utility's staff their utility. */
	@Override
	public void check(Errors errors) {
		if (role == Role.COORDINATOR && (platform == null || platform.isBlank())) {
			errors.rejectValue("platform", "account.scope.platformRequired");
		}
		if (role == Role.UTILITY_STAFF && organisationId == null && !errors.hasFieldErrors("organisationId")) {
			errors.rejectValue("organisationId", "account.scope.organisationRequired");
		}
	}

	/** The account as the change to make. */
	Accounts.Details details() {
		return new Accounts.Details(Objects.requireNonNull(email).strip(), Objects.requireNonNull(displayName).strip(),
				Objects.requireNonNull(role), platform == null || platform.isBlank() ? null : platform.strip(),
				organisationId);
	}

	static AccountForm from(UserAccount account) {
		AccountForm form = new AccountForm();
		form.email = account.email();
		form.displayName = account.displayName();
		form.role = account.role();
		form.platform = account.regionalPlatform() == null ? null : account.regionalPlatform().code();
		form.organisationId = account.organisation() == null ? null : account.organisation().id();
		form.version = account.version();
		return form;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? null : email.strip();
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable String getPlatform() {
		return platform;
	}

	public void setPlatform(@Nullable String platform) {
		this.platform = platform;
	}

	public @Nullable Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
