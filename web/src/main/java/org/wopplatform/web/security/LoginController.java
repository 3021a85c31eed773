package org.wopplatform.web.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the POST and sends failures back here with a
 * reason.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error, Model model) {
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "locked" -> "login.error.locked";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.credentials";
			});
		}
		return "security/login";
	}

	/**
	 * Why sign-in failed, in one word for the address; wrong e-mail and wrong password
	 * look the same.
	 */
	static String reason(AuthenticationException failure) {
		if (failure instanceof LockedException) {
			return "locked";
		}
		if (failure instanceof DisabledException) {
			return "disabled";
		}
		return "credentials";
	}

}
