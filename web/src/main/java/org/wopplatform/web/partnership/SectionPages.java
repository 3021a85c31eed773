package org.wopplatform.web.partnership;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.VersionForm;
import org.wopplatform.web.partnership.ListForms.BudgetForm;
import org.wopplatform.web.partnership.ListForms.ClassificationForm;
import org.wopplatform.web.partnership.ListForms.ContributionForm;
import org.wopplatform.web.partnership.ListForms.DeliverableForm;
import org.wopplatform.web.partnership.ListForms.ParticipantForm;
import org.wopplatform.web.partnership.ListForms.StatusForm;
import org.wopplatform.web.progress.FrameworkEditing;
import org.wopplatform.web.progress.IndicatorForm;
import org.wopplatform.web.progress.OutputForm;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The pages of the editor, one per {@link EditSection}: what every section shows (the
 * partnership, the tabs) and the forms and choices of this one, each form as the person
 * typed it when it comes back with errors, otherwise from the stored partnership. Only
 * the section's own lists are read.
 */
@Component
class SectionPages {

	/**
	 * Model attribute: the name of the form that was submitted, for the error summary.
	 */
	static final String SUBMITTED = "submitted";

	private final PartnershipEditing editing;

	private final ReferenceData reference;

	private final OrganisationQueries organisations;

	private final FrameworkEditing framework;

	SectionPages(PartnershipEditing editing, ReferenceData reference, OrganisationQueries organisations,
			FrameworkEditing framework) {
		this.editing = editing;
		this.reference = reference;
		this.organisations = organisations;
		this.framework = framework;
	}

	String show(EditSection section, long id, Viewer viewer, Model model) {
		return show(section, editing.forEditing(id, viewer), viewer, model);
	}

	/**
	 * The section's page; {@code submitted} names the form whose errors the summary at
	 * the top lists (null when nothing was refused).
	 */
	String show(EditSection section, Partnership partnership, Viewer viewer, Model model) {
		long version = partnership.version();
		model.addAttribute("p", partnership);
		model.addAttribute("reference", reference);
		model.addAttribute("section", section);
		model.addAttribute("sections", Arrays.asList(EditSection.values()));
		switch (section) {
			case DETAILS -> {
				model.addAttribute("platformFixed", viewer.platformCode() != null);
				addIfMissing(model, "form", () -> PartnershipForm.from(partnership));
			}
			case PARTICIPANTS -> {
				model.addAttribute("organisations", organisations.choices());
				addIfMissing(model, "participantForm", () -> withVersion(new ParticipantForm(), version));
				addIfMissing(model, "removeParticipantForm", () -> withVersion(new VersionForm(), version));
			}
			case MONEY -> {
				model.addAttribute("organisations", organisations.choices());
				model.addAttribute("categories", ContributionCategory.values());
				addIfMissing(model, "budgetForm", () -> BudgetForm.from(partnership));
				addIfMissing(model, "contributionForm", () -> withVersion(new ContributionForm(), version));
				addIfMissing(model, "removeContributionForm", () -> withVersion(new VersionForm(), version));
			}
			case FRAMEWORK -> {
				model.addAttribute("indicators", framework.indicatorsOf(id(partnership)));
				model.addAttribute("proposalsWaiting", framework.proposalsWaiting(id(partnership)));
				model.addAttribute("outputs", framework.outputsOf(id(partnership)));
				model.addAttribute("directions", BetterDirection.values());
				model.addAttribute("cadences", Cadence.values());
				addIfMissing(model, "indicatorForm", IndicatorForm::new);
				addIfMissing(model, "outputForm", OutputForm::new);
				addIfMissing(model, "deliverableForm", () -> withVersion(new DeliverableForm(), version));
				addIfMissing(model, "removeDeliverableForm", () -> withVersion(new VersionForm(), version));
			}
			case CLASSIFICATION -> addIfMissing(model, "classificationForm", () -> {
				ClassificationForm form = withVersion(new ClassificationForm(), version);
				form.setWorkingAreas(partnership.workingAreas().stream().map(WorkingArea::code).toList());
				form.setSdgTargets(partnership.sdgTargets().stream().map(SdgTarget::code).toList());
				return form;
			});
			case STATUS -> {
				model.addAttribute("nextStatuses", List.copyOf(partnership.status().next()));
				addIfMissing(model, "statusForm", () -> withVersion(new StatusForm(), version));
				addIfMissing(model, "publishForm", () -> withVersion(new VersionForm(), version));
			}
			case WORKPLAN -> throw new IllegalArgumentException("The work plan has its own pages");
		}
		return "partnerships/edit/" + section.slug();
	}

	private static long id(Partnership partnership) {
		return java.util.Objects.requireNonNull(partnership.id());
	}

	private static void addIfMissing(Model model, String name, Supplier<@Nullable Object> value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value.get());
		}
	}

	private static <T extends VersionForm> T withVersion(T form, long version) {
		form.setVersion(version);
		return form;
	}

}
