package org.wopplatform.web.home;

import org.wopplatform.persistence.partnership.PartnershipListQueries;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published partnerships, a page at a time, for the public and signed-in users alike.
 */
@Controller
class HomeController {

	static final int PAGE_SIZE = 20;

	private final PartnershipListQueries partnerships;

	HomeController(PartnershipListQueries partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		int index = Math.max(page, 1) - 1;
		model.addAttribute("partnerships", partnerships.published(PageRequest.of(index, PAGE_SIZE)));
		return "home/index";
	}

}
