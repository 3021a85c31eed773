package org.wopplatform.web.place;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.reference.ReferenceData.PlatformRef;
import org.wopplatform.web.common.KeptFragments;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The maps of the home page, the map page (the world) and a platform's page (its region):
 * each map's drawing ({@code map}: counts, the lines cut) and its markup
 * ({@code mapDrawing}: {@code places/map-part}, {@code places/region-part}), written once
 * until the data changes for each kind of reader (what they may see) and language, and
 * placed in each page as it is. Written for each request, the world map's 340 links were
 * most of the home page's time for everyone the page cache does not serve (signed-in
 * people: 10 ms).
 */
@Component
public class MapsOnPages {

	private final PartnershipMap maps;

	private final KeptFragments kept;

	MapsOnPages(PartnershipMap maps, KeptFragments kept) {
		this.maps = maps;
		this.kept = kept;
	}

	public void addTo(Model model, ReadScope scope, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		add(model, "places/map-part", scope, locale, () -> maps.world(scope, locale), request, response);
	}

	public void addRegionTo(Model model, PlatformRef platform, ReadScope scope, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		add(model, "places/region-part", List.of(platform.code(), scope), locale,
				() -> maps.platform(platform, scope, locale), request, response);
	}

	private void add(Model model, String template, Object question, Locale locale,
			Supplier<PartnershipMap.Drawing> drawing, HttpServletRequest request, HttpServletResponse response) {
		// the data version first, then the drawing's data
		KeptFragments.Part markup = kept.part(template, question, locale);
		PartnershipMap.Drawing map = drawing.get();
		model.addAttribute("map", map);
		model.addAttribute("mapDrawing", markup.written(() -> Map.of("map", map), request, response));
	}

}
