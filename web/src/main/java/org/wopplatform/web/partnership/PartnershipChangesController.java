package org.wopplatform.web.partnership;

import java.util.function.LongConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.VersionForm;
import org.wopplatform.web.partnership.ListForms.BudgetForm;
import org.wopplatform.web.partnership.ListForms.ClassificationForm;
import org.wopplatform.web.partnership.ListForms.ContributionForm;
import org.wopplatform.web.partnership.ListForms.DeliverableForm;
import org.wopplatform.web.partnership.ListForms.ParticipantForm;
import org.wopplatform.web.partnership.ListForms.StatusForm;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every change made in the partnership's editor: bind, validate (the rules between the
 * fields and against the partnership in the same round), one call to
 * {@link PartnershipEditing}, then back to the section with a confirmation that says what
 * was saved or added. A refused submission shows its section again with what was typed,
 * each reason next to its field and all of them in a summary at the top; a stale one
 * (someone saved in between) with the changes it missed, as 409.
 */
@Controller
class PartnershipChangesController {

	private final PartnershipEditing editing;

	private final SectionPages pages;

	PartnershipChangesController(PartnershipEditing editing, SectionPages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@PostMapping("/partnerships/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.DETAILS, "form", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.update(id, form.fields(), form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/budget")
	String rebudget(@PathVariable long id, @Valid @ModelAttribute("budgetForm") BudgetForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.MONEY, "budgetForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.rebudget(id, form.budget(), form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/participants")
	String addParticipant(@PathVariable long id, @Valid @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(result, editing.forEditing(id, viewer));
		return new Change(id, EditSection.PARTICIPANTS, "participantForm", result, viewer, model, redirect, response)
			.run(form::setVersion,
					() -> added("participant", editing.addParticipant(id, form.command(), form.getVersion(), viewer)));
	}

	@PostMapping("/partnerships/{id}/participants/{participantId}/remove")
	String removeParticipant(@PathVariable long id, @PathVariable long participantId,
			@ModelAttribute("removeParticipantForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.PARTICIPANTS, "removeParticipantForm", result, viewer, model, redirect,
				response)
			.run(form::setVersion, () -> {
				editing.removeParticipant(id, participantId, form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/contributions")
	String addContribution(@PathVariable long id, @Valid @ModelAttribute("contributionForm") ContributionForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return new Change(id, EditSection.MONEY, "contributionForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.addContribution(id, form.command(), form.getVersion(), viewer);
				return added("contribution", form.command().description());
			});
	}

	@PostMapping("/partnerships/{id}/contributions/{contributionId}/remove")
	String removeContribution(@PathVariable long id, @PathVariable long contributionId,
			@ModelAttribute("removeContributionForm") VersionForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.MONEY, "removeContributionForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.removeContribution(id, contributionId, form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/deliverables")
	String addDeliverable(@PathVariable long id, @Valid @ModelAttribute("deliverableForm") DeliverableForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return new Change(id, EditSection.FRAMEWORK, "deliverableForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.addDeliverable(id, form.command(), form.getVersion(), viewer);
				return added("deliverable", form.command().title());
			});
	}

	@PostMapping("/partnerships/{id}/deliverables/{deliverableId}/remove")
	String removeDeliverable(@PathVariable long id, @PathVariable long deliverableId,
			@ModelAttribute("removeDeliverableForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.FRAMEWORK, "removeDeliverableForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.removeDeliverable(id, deliverableId, form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/classification")
	String reclassify(@PathVariable long id, @ModelAttribute("classificationForm") ClassificationForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return new Change(id, EditSection.CLASSIFICATION, "classificationForm", result, viewer, model, redirect,
				response)
			.run(form::setVersion, () -> {
				editing.reclassify(id, form.command(), form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.check(result, editing.forEditing(id, viewer));
		return new Change(id, EditSection.STATUS, "statusForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.changeStatus(id, form.command(), form.getVersion(), viewer);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/publish")
	String publish(@PathVariable long id, @ModelAttribute("publishForm") VersionForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.STATUS, "publishForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.publish(id, form.getVersion(), viewer, true);
				return null;
			});
	}

	@PostMapping("/partnerships/{id}/unpublish")
	String unpublish(@PathVariable long id, @ModelAttribute("publishForm") VersionForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return new Change(id, EditSection.STATUS, "publishForm", result, viewer, model, redirect, response)
			.run(form::setVersion, () -> {
				editing.publish(id, form.getVersion(), viewer, false);
				return null;
			});
	}

	/** The confirmation of an addition: what kind of thing, and its name. */
	record Added(String what, String name) {
	}

	private static Added added(String what, String name) {
		return new Added(what, name);
	}

	/**
	 * The one way every change of the editor goes: errors show its section again, with
	 * the summary of the submitted form; success goes back to the section and says what
	 * was saved, or what was added.
	 */
	private final class Change {

		private final long id;

		private final EditSection section;

		private final String formName;

		private final BindingResult result;

		private final Viewer viewer;

		private final Model model;

		private final RedirectAttributes redirect;

		private final HttpServletResponse response;

		Change(long id, EditSection section, String formName, BindingResult result, Viewer viewer, Model model,
				RedirectAttributes redirect, HttpServletResponse response) {
			this.id = id;
			this.section = section;
			this.formName = formName;
			this.result = result;
			this.viewer = viewer;
			this.model = model;
			this.redirect = redirect;
			this.response = response;
		}

		String run(LongConsumer setVersion, Supplier<@Nullable Added> change) {
			return FormFlow.form(result, model, response)
				.conflict("concurrentModification")
				.version(setVersion)
				.submit(() -> {
					Added added = change.get();
					if (added == null) {
						redirect.addFlashAttribute("flash", section.savedKey());
					}
					else {
						redirect.addFlashAttribute("flash", "partnership.edit.added." + added.what());
						redirect.addFlashAttribute("flashArg", added.name());
					}
					return "redirect:" + section.path(id);
				}, () -> {
					model.addAttribute(SectionPages.SUBMITTED, formName);
					return pages.show(section, id, viewer, model);
				});
		}

	}

}
