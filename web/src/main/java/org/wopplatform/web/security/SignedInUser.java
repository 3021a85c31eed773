package org.wopplatform.web.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the session keeps it: identity, role and scope, no entity. */
public record SignedInUser(long id, String email, String displayName, @Nullable String passwordHash, Role role,
		@Nullable String platformCode, @Nullable Long organisationId, boolean enabled,
		boolean locked) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same person without the password hash, for the session. */
	SignedInUser withoutPassword() {
		return new SignedInUser(id, email, displayName, null, role, platformCode, organisationId, enabled, locked);
	}

}
