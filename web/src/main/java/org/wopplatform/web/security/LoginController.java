package org.wopplatform.web.security;

import org.jspecify.annotations.Nullable;

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
	 * Why sign-in failed, for the address. Always the same word: telling "locked" or
	 * "disabled" apart would reveal which e-mail addresses have accounts, whatever
	 * password was typed. The message names the possible reasons instead.
	 */
	static String reason(AuthenticationException failure) {
		return "credentials";
	}

}
