package org.wopplatform.web.utility;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wopplatform.domain.organisation.OrganisationType;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;
import org.wopplatform.web.common.FormFlow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing organisations, for coordinators and the secretariat. */
@Controller
class OrganisationEditController {

	private final OrganisationEditing editing;

	private final OrganisationQueries organisations;

	private final ReferenceData reference;

	OrganisationEditController(OrganisationEditing editing, OrganisationQueries organisations,
			ReferenceData reference) {
		this.editing = editing;
		this.organisations = organisations;
		this.reference = reference;
	}

	@GetMapping("/utilities/new")
	String newOrganisation(Viewer viewer, Model model) {
		requireEditor(viewer);
		model.addAttribute("form", new OrganisationForm());
		return page(model, null);
	}

	@PostMapping("/utilities")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireEditor(viewer);
		return FormFlow.form(result, model, response).submit(() -> {
			long id = editing.create(form.facts(), viewer);
			redirect.addFlashAttribute("flash", "organisation.saved");
			return "redirect:/utilities/" + id;
		}, () -> page(model, null));
	}

	@GetMapping("/utilities/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		requireEditor(viewer);
		model.addAttribute("form", OrganisationForm.from(organisations.find(id).orElseThrow(NotFoundException::new)));
		return page(model, id);
	}

	@PostMapping("/utilities/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireEditor(viewer);
		organisations.find(id).orElseThrow(NotFoundException::new);
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.organisation")
			.version(form::setVersion)
			.submit(() -> {
				editing.update(id, form.facts(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "organisation.saved");
				return "redirect:/utilities/" + id;
			}, () -> page(model, id));
	}

	private String page(Model model, Long id) {
		model.addAttribute("organisationId", id);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("reference", reference);
		return "utilities/edit";
	}

	private static void requireEditor(Viewer viewer) {
		if (!viewer.canEditOrganisations()) {
			throw new AccessDeniedException("May not edit organisations");
		}
	}

}
