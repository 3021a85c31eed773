package org.wopplatform.web.partnership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a partnership, and the pages of its editor, one per {@link EditSection}; the
 * changes made there go through {@link PartnershipChangesController}.
 */
@Controller
class PartnershipEditController {

	private final PartnershipEditing editing;

	private final ReferenceData reference;

	private final OrganisationQueries organisations;

	private final SectionPages pages;

	PartnershipEditController(PartnershipEditing editing, ReferenceData reference, OrganisationQueries organisations,
			SectionPages pages) {
		this.editing = editing;
		this.reference = reference;
		this.organisations = organisations;
		this.pages = pages;
	}

	@GetMapping("/partnerships/new")
	String newPartnership(Viewer viewer, Model model) {
		if (!viewer.canCreatePartnerships()) {
			throw new AccessDeniedException("May not create partnerships");
		}
		PartnershipForm form = new PartnershipForm();
		form.setPlatform(viewer.platformCode());
		model.addAttribute("form", form);
		return createPage(model, viewer);
	}

	@PostMapping("/partnerships")
	String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!viewer.canCreatePartnerships()) {
			throw new AccessDeniedException("May not create partnerships");
		}
		form.checkCreation(result);
		return FormFlow.form(result, model, response).submit(() -> {
			long id = editing.create(form.newPartnership(), viewer);
			redirect.addFlashAttribute("flash", "partnership.created");
			return "redirect:/partnerships/" + id;
		}, () -> createPage(model, viewer));
	}

	private String createPage(Model model, Viewer viewer) {
		model.addAttribute("kinds", PartnershipKind.values());
		model.addAttribute("organisations", organisations.choices());
		model.addAttribute("reference", reference);
		model.addAttribute("platformFixed", viewer.platformCode() != null);
		return "partnerships/new";
	}

	/** The editor opens on its first section; the tabs lead to the others. */
	@GetMapping("/partnerships/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer) {
		editing.forEditing(id, viewer);
		return "redirect:" + EditSection.DETAILS.path(id);
	}

	@GetMapping("/partnerships/{id}/edit/details")
	String details(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.DETAILS, id, viewer, model);
	}

	@GetMapping("/partnerships/{id}/edit/participants")
	String participants(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.PARTICIPANTS, id, viewer, model);
	}

	@GetMapping("/partnerships/{id}/edit/money")
	String money(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.MONEY, id, viewer, model);
	}

	@GetMapping("/partnerships/{id}/edit/framework")
	String framework(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.FRAMEWORK, id, viewer, model);
	}

	@GetMapping("/partnerships/{id}/edit/classification")
	String classification(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.CLASSIFICATION, id, viewer, model);
	}

	@GetMapping("/partnerships/{id}/edit/status")
	String status(@PathVariable long id, Viewer viewer, Model model) {
		return pages.show(EditSection.STATUS, id, viewer, model);
	}

}
