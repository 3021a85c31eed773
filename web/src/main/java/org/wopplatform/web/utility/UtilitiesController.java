package org.wopplatform.web.utility;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.Pages;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisations taking part in WOPs, and each one's partnerships as mentor and as mentee.
 */
@Controller
class UtilitiesController {

	private final OrganisationQueries organisations;

	private final PartnershipListQueries partnerships;

	private final ReferenceData reference;

	private final AuditTrail audit;

	UtilitiesController(OrganisationQueries organisations, PartnershipListQueries partnerships, ReferenceData reference,
			AuditTrail audit) {
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.reference = reference;
		this.audit = audit;
	}

	/** The changes made to an organisation, for those who may make them. */
	@GetMapping("/utilities/{id}/history")
	String history(@PathVariable long id, Viewer viewer, Model model) {
		Organisation organisation = organisations.find(id)
			.filter(o -> viewer.canEditOrganisations())
			.orElseThrow(NotFoundException::new);
		model.addAttribute("recordTitle", organisation.displayName());
		model.addAttribute("backHref", "/utilities/" + id);
		model.addAttribute("history", audit.history(OrganisationEditing.ENTITY, id));
		return "history";
	}

	@GetMapping("/utilities")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String country, @RequestParam(defaultValue = "1") int page,
			Viewer viewer, Model model) {
		model.addAttribute("canEdit", viewer.canEditOrganisations());
		String knownCountry = country == null ? null
				: reference.country(country.strip().toUpperCase(java.util.Locale.ROOT)).map(c -> c.code()).orElse(null);
		model.addAttribute("organisations", organisations.search(q, knownCountry, Pages.of(page)));
		model.addAttribute("country", knownCountry);
		model.addAttribute("q", q);
		model.addAttribute("reference", reference);
		return "utilities/list";
	}

	@GetMapping("/utilities/{id}")
	// one transaction for the page's reads, not one per query
	@Transactional(readOnly = true)
	String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		Organisation organisation = organisations.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("o", organisation);
		model.addAttribute("partnerships",
				partnerships.search(PartnershipSearch.none().withOrganisation(id), viewer.readScope(), Pages.of(page)));
		model.addAttribute("roleOf", id); // the list says this organisation's role in
											// each
		model.addAttribute("reference", reference);
		model.addAttribute("canEdit", viewer.canEditOrganisations());
		return "utilities/show";
	}

}
