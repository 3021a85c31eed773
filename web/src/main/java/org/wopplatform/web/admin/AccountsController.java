package org.wopplatform.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wopplatform.domain.account.Role;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;
import org.wopplatform.web.common.FormFlow;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The secretariat's page of accounts (all of /admin requires the secretariat role). */
@Controller
class AccountsController {

	private final Accounts accounts;

	private final ReferenceData reference;

	private final OrganisationQueries organisations;

	/** The platform's public address: links never come from the request's Host header. */
	private final String baseUrl;

	AccountsController(Accounts accounts, ReferenceData reference, OrganisationQueries organisations,
			@Value("${wop.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.accounts = accounts;
		this.reference = reference;
		this.organisations = organisations;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm());
		return page(model, null);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Viewer viewer, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return FormFlow.form(result, model, response).submit(() -> {
			String token = accounts.create(form.details(), viewer);
			redirect.addFlashAttribute("link", link(request, token));
			redirect.addFlashAttribute("email", form.getEmail());
			return "redirect:/admin/users/link";
		}, () -> page(model, null));
	}

	@GetMapping("/admin/users/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", AccountForm.from(accounts.find(id)));
		return page(model, id);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		accounts.find(id);
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.account")
			.version(form::setVersion)
			.submit(() -> {
				accounts.update(id, form.details(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "account.saved");
				return "redirect:/admin/users";
			}, () -> page(model, id));
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return FormFlow.action(redirect, "flash").run(() -> {
			accounts.setEnabled(id, false, viewer);
			redirect.addFlashAttribute("flash", "account.disabled.done");
			return "redirect:/admin/users";
		}, "redirect:/admin/users");
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		accounts.setEnabled(id, true, viewer);
		redirect.addFlashAttribute("flash", "account.enabled.done");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password-link")
	String passwordLink(@PathVariable long id, Viewer viewer, HttpServletRequest request, RedirectAttributes redirect) {
		String token = accounts.resetPassword(id, viewer);
		redirect.addFlashAttribute("link", link(request, token));
		redirect.addFlashAttribute("email", accounts.find(id).email());
		return "redirect:/admin/users/link";
	}

	/**
	 * Shows a new one-time link once (after the POST that made it); a reload shows
	 * nothing more.
	 */
	@GetMapping("/admin/users/link")
	String showLink(Model model) {
		if (!model.containsAttribute("link")) {
			return "redirect:/admin/users";
		}
		return "admin/link";
	}

	private String link(HttpServletRequest request, String token) {
		return UriComponentsBuilder.fromUriString(baseUrl)
			.path(request.getContextPath())
			.path("/password-reset/{token}")
			.build(token)
			.toString();
	}

	private String page(Model model, Long id) {
		model.addAttribute("accountId", id);
		model.addAttribute("roles", Role.values());
		model.addAttribute("reference", reference);
		model.addAttribute("organisations", organisations.choices());
		return "admin/user";
	}

}
