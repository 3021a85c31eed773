package org.wopplatform.web.sdg;

import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.reference.ReferenceData.TargetRef;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.Pages;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SDG targets WOPs contribute to (goals 6, 11 and 17), each with its partnerships.
 */
@Controller
class SdgController {

	private final ReferenceData reference;

	private final PartnershipListQueries partnerships;

	SdgController(ReferenceData reference, PartnershipListQueries partnerships) {
		this.reference = reference;
		this.partnerships = partnerships;
	}

	@GetMapping("/sdg")
	String targets(Model model) {
		model.addAttribute("reference", reference);
		return "sdg/list";
	}

	@GetMapping("/sdg/{code}")
	String target(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		TargetRef target = reference.target(code).orElseThrow(NotFoundException::new);
		model.addAttribute("target", target);
		model.addAttribute("goal", reference.goal(target.goal()).orElseThrow());
		model.addAttribute("partnerships",
				partnerships.search(PartnershipSearch.none().withSdgTarget(code), viewer.readScope(), Pages.of(page)));
		return "sdg/show";
	}

}
