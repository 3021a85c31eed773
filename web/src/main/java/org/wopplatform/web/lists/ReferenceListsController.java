package org.wopplatform.web.lists;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.reference.ReferenceList;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages of reference lists (all of /admin requires the secretariat
 * role): the lists, a list's entries, an entry to add or change with its history, and the
 * buttons that retire and restore it.
 */
@Controller
class ReferenceListsController {

	private final ReferenceListEditing editing;

	private final ReferenceData reference;

	ReferenceListsController(ReferenceListEditing editing, ReferenceData reference) {
		this.editing = editing;
		this.reference = reference;
	}

	@GetMapping("/admin/lists")
	String lists(Model model) {
		model.addAttribute("lists", ReferenceList.values());
		return "lists/index";
	}

	@GetMapping("/admin/lists/{slug}")
	String entries(@PathVariable String slug, Model model) {
		ReferenceList list = list(slug);
		model.addAttribute("list", list);
		model.addAttribute("page", editing.entries(list));
		model.addAttribute("limit", ReferenceListEditing.PAGE);
		return "lists/entries";
	}

	@GetMapping("/admin/lists/{slug}/new")
	String newEntry(@PathVariable String slug, Model model) {
		ReferenceList list = openList(slug);
		model.addAttribute("form", new ReferenceEntryForm());
		return page(list, null, model);
	}

	@PostMapping("/admin/lists/{slug}")
	String add(@PathVariable String slug, @ModelAttribute("form") ReferenceEntryForm form, BindingResult result,
			Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReferenceList list = openList(slug);
		form.check(list, true, countryCodes(), result);
		return FormFlow.form(result, model, response).submit(() -> {
			String code = String.valueOf(form.getCode());
			editing.add(list, code, form.change(list), viewer);
			redirect.addFlashAttribute("flash", "referenceList.added");
			return "redirect:/admin/lists/" + list.slug();
		}, () -> page(list, null, model));
	}

	@GetMapping("/admin/lists/{slug}/{code}")
	String entry(@PathVariable String slug, @PathVariable String code, Model model) {
		ReferenceList list = list(slug);
		model.addAttribute("form", ReferenceEntryForm.from(editing.entry(list, code)));
		return page(list, code, model);
	}

	@PostMapping("/admin/lists/{slug}/{code}")
	String change(@PathVariable String slug, @PathVariable String code, @ModelAttribute("form") ReferenceEntryForm form,
			BindingResult result, Viewer viewer, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ReferenceList list = list(slug);
		editing.entry(list, code);
		form.setCode(code);
		form.check(list, false, countryCodes(), result);
		return FormFlow.form(result, model, response).version(form::setVersion).submit(() -> {
			editing.change(list, code, form.change(list), form.getVersion(), viewer);
			redirect.addFlashAttribute("flash", "referenceList.saved");
			return "redirect:/admin/lists/" + list.slug();
		}, () -> page(list, code, model));
	}

	@PostMapping("/admin/lists/{slug}/{code}/retire")
	String retire(@PathVariable String slug, @PathVariable String code, @RequestParam long version, Viewer viewer,
			RedirectAttributes redirect) {
		return retireOrRestore(slug, code, version, true, viewer, redirect);
	}

	@PostMapping("/admin/lists/{slug}/{code}/restore")
	String restore(@PathVariable String slug, @PathVariable String code, @RequestParam long version, Viewer viewer,
			RedirectAttributes redirect) {
		return retireOrRestore(slug, code, version, false, viewer, redirect);
	}

	private String retireOrRestore(String slug, String code, long version, boolean retire, Viewer viewer,
			RedirectAttributes redirect) {
		ReferenceList list = list(slug);
		editing.entry(list, code);
		String back = "redirect:/admin/lists/" + list.slug() + "/" + code;
		return FormFlow.action(redirect, "listError").run(() -> {
			editing.retire(list, code, version, retire, viewer);
			redirect.addFlashAttribute("flash", retire ? "referenceList.retired" : "referenceList.restored");
			return back;
		}, back);
	}

	private String page(ReferenceList list, @Nullable String code, Model model) {
		model.addAttribute("list", list);
		model.addAttribute("code", code);
		if (code != null) {
			model.addAttribute("entry", editing.entry(list, code));
			model.addAttribute("history", editing.history(list, code));
		}
		if (list.field("countries").isPresent()) {
			model.addAttribute("countries", reference.countries(LocaleContextHolder.getLocale()));
		}
		return "lists/entry";
	}

	private Set<String> countryCodes() {
		return reference.countries(Locale.ENGLISH).stream().map(c -> c.code()).collect(Collectors.toSet());
	}

	private static ReferenceList list(String slug) {
		return ReferenceList.bySlug(slug).orElseThrow(NotFoundException::new);
	}

	private static ReferenceList openList(String slug) {
		ReferenceList list = list(slug);
		if (!list.open()) {
			throw new NotFoundException();
		}
		return list;
	}

}
