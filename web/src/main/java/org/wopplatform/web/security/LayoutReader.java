package org.wopplatform.web.security;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who reads the page, as the layout's header and menu show it (name, sign-out, the
 * secretariat's menu entries): read once per page from the signed-in user, where a
 * security expression per link ({@code sec:authorize}) built an evaluation context for
 * each.
 */
@ControllerAdvice
class LayoutReader {

	/**
	 * The reader: a name when signed in, and whether the secretariat's entries show.
	 * Public, so that Spring's expression compiler compiles the layout's reads of it.
	 */
	public record Reader(@Nullable String name, boolean secretariat) {

		static final Reader ANONYMOUS = new Reader(null, false);

		public boolean signedIn() {
			return name != null;
		}

	}

	@ModelAttribute("reader")
	Reader reader() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return new Reader(user.displayName(), user.role() == Role.SECRETARIAT);
		}
		return Reader.ANONYMOUS;
	}

}
