package org.wopplatform.web.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.account.Role;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person's session attributes are read back once per session rather than on
 * every page, and what one page does with its security context does not reach the next.
 */
class ReadBackTests {

	private final ReadBack readBack = new ReadBack();

	private final AtomicInteger reads = new AtomicInteger();

	private Object read(byte[] bytes) {
		return readBack.of(bytes, b -> {
			reads.incrementAndGet();
			return new DeserializingConverter().convert(b);
		});
	}

	private static byte[] bytes(Object value) {
		return new SerializingConverter().convert(value);
	}

	private static SecurityContext signedIn() {
		SignedInUser user = new SignedInUser(7, "coordinator.africa@example.org", "Amina", null, Role.COORDINATOR,
				"WOP_AFRICA", null, true, false);
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		token.setDetails(new WebAuthenticationDetails(new MockHttpServletRequest()));
		return new SecurityContextImpl(token);
	}

	@Test
	void theSameContextIsReadBackOnceAndEachPageGetsItsOwn() {
		byte[] stored = bytes(signedIn());
		SecurityContext first = (SecurityContext) read(stored);
		SecurityContext second = (SecurityContext) read(stored.clone());
		assertThat(reads).hasValue(1);
		assertThat(second).isEqualTo(first).isNotSameAs(first);
		assertThat(second.getAuthentication()).isNotSameAs(first.getAuthentication());
		Authentication authentication = second.getAuthentication();
		assertThat(authentication.getPrincipal())
			.isEqualTo(((SecurityContext) read(stored)).getAuthentication().getPrincipal());
		assertThat(authentication.isAuthenticated()).isTrue();
		assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COORDINATOR");
		assertThat(authentication.getDetails()).isInstanceOf(WebAuthenticationDetails.class);

		// a page signing its context out does not sign the next page out
		first.setAuthentication(null);
		assertThat(((SecurityContext) read(stored)).getAuthentication()).isNotNull();
		assertThat(reads).hasValue(1);
	}

	@Test
	void aCsrfTokenIsKeptAndOtherValuesAreReadEachTime() {
		byte[] token = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
		assertThat(read(token)).isSameAs(read(token));
		assertThat(reads).hasValue(1);

		byte[] form = bytes(new java.util.ArrayList<>(List.of("what was typed")));
		assertThat(read(form)).isEqualTo(List.of("what was typed")).isNotSameAs(read(form));
		assertThat(reads).hasValue(3);
	}

	@Test
	void atMostAThousandValuesAreKept() {
		for (int i = 0; i <= ReadBack.SIZE; i++) {
			read(bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token " + i)));
		}
		assertThat(reads).hasValue(ReadBack.SIZE + 1);
		// the map was emptied when full: the first token is read again
		read(bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token 0")));
		assertThat(reads).hasValue(ReadBack.SIZE + 2);
	}

}
