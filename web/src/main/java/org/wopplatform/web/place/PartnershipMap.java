package org.wopplatform.web.place;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wopplatform.persistence.partnership.PartnershipListQueries.CountryCount;
import org.wopplatform.persistence.partnership.PartnershipListQueries.CountryLink;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.reference.ReferenceData.CountryRef;

import org.springframework.stereotype.Component;

/**
 * Draws the partnerships on a plain equirectangular map (no tiles, nothing from the
 * internet): a marker per country that takes part, sized by its number of WOPs, and a
 * line from each mentor country to each mentee country. The same data is listed in a
 * table beside the drawing.
 */
@Component
class PartnershipMap {

	static final int WIDTH = 1000;

	static final int HEIGHT = 500;

	private final ReferenceData reference;

	PartnershipMap(ReferenceData reference) {
		this.reference = reference;
	}

	record Marker(String code, String name, double x, double y, double radius, long partnerships) {
	}

	record Line(String fromCode, String fromName, String toCode, String toName, double x1, double y1, double x2,
			double y2, long partnerships) {
	}

	record Drawing(int width, int height, List<Marker> markers, List<Line> lines, List<Double> meridians,
			List<Double> parallels) {
	}

	Drawing draw(List<CountryLink> links, List<CountryCount> countries, Locale locale) {
		Map<String, Long> counts = new LinkedHashMap<>();
		countries.forEach(c -> counts.put(c.country(), c.partnerships()));
		List<Line> lines = new ArrayList<>();
		for (CountryLink link : links) {
			CountryRef from = reference.country(link.mentorCountry()).orElse(null);
			CountryRef to = reference.country(link.menteeCountry()).orElse(null);
			if (placed(from) && placed(to) && from != to) {
				lines.add(new Line(from.code(), from.name().in(locale), to.code(), to.name().in(locale), x(from),
						y(from), x(to), y(to), link.partnerships()));
			}
		}
		List<Marker> markers = new ArrayList<>();
		counts.forEach((code, count) -> reference.country(code)
			.filter(PartnershipMap::placed)
			.ifPresent(c -> markers
				.add(new Marker(code, c.name().in(locale), x(c), y(c), 4 + 2 * Math.sqrt(count), count))));
		List<Double> meridians = new ArrayList<>();
		for (int lon = -150; lon <= 150; lon += 30) {
			meridians.add((lon + 180) / 360.0 * WIDTH);
		}
		List<Double> parallels = new ArrayList<>();
		for (int lat = -60; lat <= 60; lat += 30) {
			parallels.add((90 - lat) / 180.0 * HEIGHT);
		}
		return new Drawing(WIDTH, HEIGHT, markers, lines, meridians, parallels);
	}

	private static boolean placed(CountryRef country) {
		return country != null && country.latitude() != null && country.longitude() != null;
	}

	private static double x(CountryRef country) {
		return round((country.longitude().doubleValue() + 180) / 360.0 * WIDTH);
	}

	private static double y(CountryRef country) {
		return round((90 - country.latitude().doubleValue()) / 180.0 * HEIGHT);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
	}

}
