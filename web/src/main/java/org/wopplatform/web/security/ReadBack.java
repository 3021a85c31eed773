package org.wopplatform.web.security;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Session attributes read back lately, by their bytes. A signed-in person's security
 * context is the same bytes on every page of their session, and reading it back (Java
 * deserialization, a dozen classes) took a twentieth of a signed-in page. A value is
 * shared only where nothing can change it: a CSRF token as it is; a security context as a
 * new context and authentication around the same principal, authorities and details (all
 * immutable), since a request may change the context it holds. Anything else is read back
 * every time. At most {@value #SIZE} values are kept; the map is emptied when full.
 */
final class ReadBack {

	static final int SIZE = 1_000;

	private final Map<Bytes, Object> recent = new ConcurrentHashMap<>();

	/** The value of these bytes: kept, or read back by {@code reading}. */
	@Nullable Object of(byte[] bytes, Function<byte[], @Nullable Object> reading) {
		Bytes key = new Bytes(bytes);
		Object kept = recent.get(key);
		if (kept != null) {
			return fresh(kept);
		}
		Object value = reading.apply(bytes);
		if (value != null && shareable(value)) {
			if (recent.size() >= SIZE) {
				recent.clear();
			}
			recent.put(key, value);
			return fresh(value);
		}
		return value;
	}

	private static boolean shareable(Object value) {
		if (value.getClass() == DefaultCsrfToken.class) {
			return true;
		}
		return value.getClass() == SecurityContextImpl.class
				&& ((SecurityContextImpl) value)
					.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getClass() == UsernamePasswordAuthenticationToken.class && token.isAuthenticated()
				&& token.getPrincipal() instanceof SignedInUser && token.getCredentials() == null
				&& (token.getDetails() == null || token.getDetails().getClass() == WebAuthenticationDetails.class);
	}

	/**
	 * A value as the request may use it: the kept one, or a copy of its changeable parts.
	 */
	private static Object fresh(Object kept) {
		if (kept instanceof SecurityContextImpl context) {
			UsernamePasswordAuthenticationToken token = (UsernamePasswordAuthenticationToken) context
				.getAuthentication();
			UsernamePasswordAuthenticationToken copy = UsernamePasswordAuthenticationToken
				.authenticated(token.getPrincipal(), null, token.getAuthorities());
			copy.setDetails(token.getDetails());
			return new SecurityContextImpl(copy);
		}
		return kept;
	}

	/** Bytes compared by their content. */
	private record Bytes(byte[] value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(value);
		}

		@Override
		public String toString() {
			return value.length + " bytes";
		}

	}

}
