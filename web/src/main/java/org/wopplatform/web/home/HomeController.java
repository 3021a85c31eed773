package org.wopplatform.web.home;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.web.place.MapsOnPages;
import org.wopplatform.web.security.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door: the latest published report's headline figures and stories, the map,
 * the search box, a path for each kind of visitor, and the published partnerships a page
 * at a time.
 */
@Controller
class HomeController {

	static final int PAGE_SIZE = 20;

	private final PartnershipListQueries partnerships;

	private final FrontDoor frontDoor;

	private final MapsOnPages map;

	HomeController(PartnershipListQueries partnerships, FrontDoor frontDoor, MapsOnPages map) {
		this.partnerships = partnerships;
		this.frontDoor = frontDoor;
		this.map = map;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		int index = Math.max(page, 1) - 1;
		model.addAttribute("latest", frontDoor.latest(locale));
		map.addTo(model, viewer.readScope(), locale, request, response);
		model.addAttribute("partnerships", partnerships.published(PageRequest.of(index, PAGE_SIZE)));
		return "home/index";
	}

}
