package org.wopplatform.web.place;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.reference.ReferenceData.CountryRef;
import org.wopplatform.persistence.reference.ReferenceData.PlatformRef;
import org.wopplatform.web.common.Compression;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.Pages;
import org.wopplatform.web.security.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Countries, regional platforms and the map: where partnerships happen. */
@Controller
class PlacesController {

	private final ReferenceData reference;

	private final PartnershipListQueries partnerships;

	private final OrganisationQueries organisations;

	private final MapsOnPages maps;

	private final PartnershipMap map;

	private final Compression compression;

	PlacesController(ReferenceData reference, PartnershipListQueries partnerships, OrganisationQueries organisations,
			MapsOnPages maps, PartnershipMap map, Compression compression) {
		this.maps = maps;
		this.map = map;
		this.compression = compression;
		this.reference = reference;
		this.partnerships = partnerships;
		this.organisations = organisations;
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		CountryRef country = reference.country(code.toUpperCase(Locale.ROOT)).orElseThrow(NotFoundException::new);
		model.addAttribute("country", country);
		model.addAttribute("organisations", organisations.search(null, country.code(), PageRequest.of(0, 100)));
		model.addAttribute("partnerships", partnerships.search(PartnershipSearch.none().withCountry(country.code()),
				viewer.readScope(), Pages.of(page)));
		return "places/country";
	}

	@GetMapping("/platforms")
	String platforms(Model model) {
		model.addAttribute("platforms", reference.platforms());
		return "places/platforms";
	}

	@GetMapping("/platforms/{code}")
	String platform(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		PlatformRef platform = reference.platform(code).orElseThrow(NotFoundException::new);
		model.addAttribute("platform", platform);
		maps.addRegionTo(model, platform, viewer.readScope(), locale, request, response);
		model.addAttribute("partnerships",
				partnerships.search(PartnershipSearch.none().withPlatform(code), viewer.readScope(), Pages.of(page)));
		return "places/platform";
	}

	/**
	 * The outlines the maps draw ({@link MapOutlines}): kept by browsers for a year, as
	 * their address changes with them.
	 */
	@GetMapping("/maps/{name}.svg")
	void outlines(@PathVariable String name, HttpServletRequest request, HttpServletResponse response)
			throws java.io.IOException {
		MapOutlines.Document outlines = map.outlines(name).orElseThrow(NotFoundException::new);
		// Under another name (a page written before the outlines changed, or by a node
		// of another version) the current outlines are sent but not kept: that name may
		// yet be the address of other outlines.
		response.setHeader("Cache-Control", outlines.address().equals("/maps/" + name + ".svg")
				? "public, max-age=31536000, immutable" : "no-cache");
		response.setContentType("image/svg+xml");
		compression.send(request, response, outlines.svg(), outlines::gzipped);
	}

	@GetMapping("/map")
	String map(Viewer viewer, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		maps.addTo(model, viewer.readScope(), locale, request, response);
		return "places/map";
	}

}
