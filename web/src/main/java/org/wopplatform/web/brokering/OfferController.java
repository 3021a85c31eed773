package org.wopplatform.web.brokering;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.brokering.MentorOffer;
import org.wopplatform.domain.brokering.OfferStatus;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;
import org.wopplatform.web.common.FormFlow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mentor offers: the list, the form, an offer's page, withdrawing it. */
@Controller
class OfferController {

	private final MentorOffers offers;

	private final BrokeringQueries queries;

	private final OrganisationQueries organisations;

	private final ReferenceData reference;

	OfferController(MentorOffers offers, BrokeringQueries queries, OrganisationQueries organisations,
			ReferenceData reference) {
		this.offers = offers;
		this.queries = queries;
		this.organisations = organisations;
		this.reference = reference;
	}

	@GetMapping("/brokering/offers")
	String list(@RequestParam(required = false) @Nullable String area,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "1") int page,
			Viewer viewer, Model model) {
		String chosen = area == null || area.isBlank() ? null : area.strip();
		model.addAttribute("area", chosen);
		model.addAttribute("all", all);
		model.addAttribute("offers", queries.offers(BrokeringAccess.scope(viewer), chosen, !all, page));
		model.addAttribute("reference", reference);
		return "brokering/offers";
	}

	@GetMapping("/brokering/offers/new")
	String newOffer(Viewer viewer, Model model) {
		MentorOffers.Prefill prefill = offers.prefill(viewer);
		OfferForm form = new OfferForm();
		form.setOrganisationId(prefill.organisationId());
		form.setAvailableFrom(prefill.availableFrom());
		model.addAttribute("form", form);
		return form(model, null, viewer);
	}

	@PostMapping("/brokering/offers")
	String create(@Valid @ModelAttribute("form") OfferForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to offer mentoring");
		form.checkStrengths(result, code -> reference.workingArea(code).isPresent());
		return FormFlow.form(result, model, response).submit(() -> {
			long id = offers.create(form.details(), viewer);
			redirect.addFlashAttribute("flash", "offer.saved");
			return "redirect:/brokering/offers/" + id;
		}, () -> form(model, null, viewer));
	}

	@GetMapping("/brokering/offers/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		MentorOffer offer = offers.readable(id, viewer);
		model.addAttribute("offer", offer);
		model.addAttribute("mentor", organisations.find(offer.organisationId()).orElseThrow());
		model.addAttribute("open", offer.status() == OfferStatus.OPEN && BrokeringAccess.canEdit(viewer, offer));
		model.addAttribute("reference", reference);
		return "brokering/offer";
	}

	@GetMapping("/brokering/offers/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("form", OfferForm.from(offers.editable(id, viewer)));
		return form(model, id, viewer);
	}

	@PostMapping("/brokering/offers/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		offers.editable(id, viewer);
		form.checkStrengths(result, code -> reference.workingArea(code).isPresent());
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.offer")
			.version(form::setVersion)
			.submit(() -> {
				offers.update(id, form.details(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "offer.saved");
				return "redirect:/brokering/offers/" + id;
			}, () -> form(model, id, viewer));
	}

	@PostMapping("/brokering/offers/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, Viewer viewer,
			RedirectAttributes redirect) {
		return FormFlow.action(redirect, "flash").conflict("offer.notWithdrawn").run(() -> {
			offers.withdraw(id, version, viewer);
			redirect.addFlashAttribute("flash", "offer.withdrawn");
			return "redirect:/brokering/offers/" + id;
		}, "redirect:/brokering/offers/" + id);
	}

	private String form(Model model, @Nullable Long id, Viewer viewer) {
		AreaRows.padded(((OfferForm) java.util.Objects.requireNonNull(model.getAttribute("form"))).getStrengths());
		model.addAttribute("offerId", id);
		model.addAttribute("chooseOrganisation", id == null && !viewer.is(Role.UTILITY_STAFF));
		model.addAttribute("organisations", organisations.choices());
		model.addAttribute("reference", reference);
		return "brokering/offer-form";
	}

}
