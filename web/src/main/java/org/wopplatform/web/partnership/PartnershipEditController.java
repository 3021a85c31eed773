package org.wopplatform.web.partnership;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.VersionForm;
import org.wopplatform.web.partnership.ListForms.ClassificationForm;
import org.wopplatform.web.partnership.ListForms.ContributionForm;
import org.wopplatform.web.partnership.ListForms.DeliverableForm;
import org.wopplatform.web.partnership.ListForms.ParticipantForm;
import org.wopplatform.web.partnership.ListForms.StatusForm;
import org.wopplatform.web.progress.FrameworkEditing;
import org.wopplatform.web.progress.IndicatorForm;
import org.wopplatform.web.progress.OutputForm;
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
 * Creating and changing partnerships: bind, validate, one call to
 * {@link PartnershipEditing}, redirect. A refused submission comes back with what was
 * typed and the reason next to the field; a stale one (someone saved in between) with the
 * changes it missed, as 409.
 */
@Controller
class PartnershipEditController {

	private final PartnershipEditing editing;

	private final ReferenceData reference;

	private final OrganisationQueries organisations;

	private final FrameworkEditing framework;

	PartnershipEditController(PartnershipEditing editing, ReferenceData reference, OrganisationQueries organisations,
			FrameworkEditing framework) {
		this.editing = editing;
		this.reference = reference;
		this.organisations = organisations;
		this.framework = framework;
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

	@GetMapping("/partnerships/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		Partnership partnership = editing.forEditing(id, viewer);
		model.addAttribute("form", PartnershipForm.from(partnership));
		return editPage(partnership, viewer, model);
	}

	@PostMapping("/partnerships/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.update(id, form.fields(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/participants")
	String addParticipant(@PathVariable long id, @Valid @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.addParticipant(id, form.command(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/participants/{participantId}/remove")
	String removeParticipant(@PathVariable long id, @PathVariable long participantId,
			@ModelAttribute("removeParticipantForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.removeParticipant(id, participantId, form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/contributions")
	String addContribution(@PathVariable long id, @Valid @ModelAttribute("contributionForm") ContributionForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.addContribution(id, form.command(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/contributions/{contributionId}/remove")
	String removeContribution(@PathVariable long id, @PathVariable long contributionId,
			@ModelAttribute("removeContributionForm") VersionForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.removeContribution(id, contributionId, form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/deliverables")
	String addDeliverable(@PathVariable long id, @Valid @ModelAttribute("deliverableForm") DeliverableForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.addDeliverable(id, form.command(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/deliverables/{deliverableId}/remove")
	String removeDeliverable(@PathVariable long id, @PathVariable long deliverableId,
			@ModelAttribute("removeDeliverableForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.removeDeliverable(id, deliverableId, form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/classification")
	String reclassify(@PathVariable long id, @ModelAttribute("classificationForm") ClassificationForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.reclassify(id, form.command(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.changeStatus(id, form.command(), form.getVersion(), viewer), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/publish")
	String publish(@PathVariable long id, @ModelAttribute("publishForm") VersionForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.publish(id, form.getVersion(), viewer, true), form::setVersion);
	}

	@PostMapping("/partnerships/{id}/unpublish")
	String unpublish(@PathVariable long id, @ModelAttribute("publishForm") VersionForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, result, viewer, model, redirect, response,
				() -> editing.publish(id, form.getVersion(), viewer, false), form::setVersion);
	}

	/**
	 * The one way every change goes: errors re-render the edit page, success redirects to
	 * it.
	 */
	private String submit(long id, BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Runnable change, java.util.function.LongConsumer setVersion) {
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification")
			.version(setVersion)
			.submit(() -> {
				change.run();
				redirect.addFlashAttribute("flash", "partnership.saved");
				return "redirect:/partnerships/" + id + "/edit";
			}, () -> editPage(editing.forEditing(id, viewer), viewer, model));
	}

	private String editPage(Partnership partnership, Viewer viewer, Model model) {
		long version = partnership.version();
		model.addAttribute("p", partnership);
		model.addAttribute("reference", reference);
		model.addAttribute("organisations", organisations.choices());
		model.addAttribute("kinds", PartnershipKind.values());
		model.addAttribute("categories", ContributionCategory.values());
		model.addAttribute("nextStatuses", List.copyOf(partnership.status().next()));
		model.addAttribute("platformFixed", viewer.platformCode() != null);
		model.addAttribute("indicators", framework.indicatorsOf(partnership.id()));
		model.addAttribute("proposalsWaiting", framework.proposalsWaiting(partnership.id()));
		model.addAttribute("directions", BetterDirection.values());
		model.addAttribute("cadences", Cadence.values());
		addIfMissing(model, "indicatorForm", IndicatorForm::new);
		model.addAttribute("outputs", framework.outputsOf(partnership.id()));
		addIfMissing(model, "outputForm", OutputForm::new);
		addIfMissing(model, "form", () -> PartnershipForm.from(partnership));
		for (String remove : List.of("removeParticipantForm", "removeContributionForm", "removeDeliverableForm")) {
			addIfMissing(model, remove, () -> withVersion(new VersionForm(), version));
		}
		addIfMissing(model, "publishForm", () -> withVersion(new VersionForm(), version));
		addIfMissing(model, "participantForm", () -> withVersion(new ParticipantForm(), version));
		addIfMissing(model, "contributionForm", () -> withVersion(new ContributionForm(), version));
		addIfMissing(model, "deliverableForm", () -> withVersion(new DeliverableForm(), version));
		addIfMissing(model, "statusForm", () -> withVersion(new StatusForm(), version));
		addIfMissing(model, "classificationForm", () -> {
			ClassificationForm form = withVersion(new ClassificationForm(), version);
			form.setWorkingAreas(partnership.workingAreas().stream().map(WorkingArea::code).toList());
			form.setSdgTargets(partnership.sdgTargets().stream().map(SdgTarget::code).toList());
			return form;
		});
		return "partnerships/edit";
	}

	private static void addIfMissing(Model model, String name, Supplier<Object> value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value.get());
		}
	}

	private static <T extends VersionForm> T withVersion(T form, long version) {
		form.setVersion(version);
		return form;
	}

}
