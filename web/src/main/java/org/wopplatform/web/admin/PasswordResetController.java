package org.wopplatform.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where a one-time link leads: choose a password (twice), at least
 * {@value Accounts#MINIMUM_PASSWORD_LENGTH} characters.
 */
@Controller
class PasswordResetController {

	private final Accounts accounts;

	PasswordResetController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/password-reset/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!accounts.isUsable(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("expired", true);
		}
		model.addAttribute("token", token);
		model.addAttribute("minimum", Accounts.MINIMUM_PASSWORD_LENGTH);
		return "admin/password";
	}

	@PostMapping("/password-reset/{token}")
	String set(@PathVariable String token, @RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String repeat, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("token", token);
		model.addAttribute("minimum", Accounts.MINIMUM_PASSWORD_LENGTH);
		if (!accounts.isUsable(token)) {
			model.addAttribute("expired", true);
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "admin/password";
		}
		if (password == null || password.length() < Accounts.MINIMUM_PASSWORD_LENGTH
				|| password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
			model.addAttribute("passwordError", "password.tooShort");
		}
		else if (!password.equals(repeat)) {
			model.addAttribute("repeatError", "password.mismatch");
		}
		else if (accounts.usePasswordLink(token, password)) {
			redirect.addFlashAttribute("flash", "password.set");
			return "redirect:/login";
		}
		else {
			model.addAttribute("expired", true);
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "admin/password";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "admin/password";
	}

}
