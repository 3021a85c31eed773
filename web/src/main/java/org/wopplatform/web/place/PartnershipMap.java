package org.wopplatform.web.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipListQueries.CountryCount;
import org.wopplatform.persistence.partnership.PartnershipListQueries.CountryLink;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.reference.ReferenceData.CountryRef;
import org.wopplatform.persistence.reference.ReferenceData.PlatformRef;
import org.wopplatform.web.place.Projection.Box;
import org.wopplatform.web.place.Projection.Ring;

import org.springframework.stereotype.Component;

/**
 * Draws the partnerships on a map of the world's land, on the server and without script
 * or anything from the internet: each country taking part shaded, with a point at its
 * centre sized by its number of WOPs, the two together one link to the country's page; a
 * line, also a link, from each mentor country to each mentee country. A regional
 * platform's map is the same drawing cropped to the countries the platform covers; the
 * annual report's regional chapters show those countries alone (no live figures beside
 * frozen ones). The land is drawn once ({@link Projection}); a page costs only the
 * statements that count its partnerships.
 */
@Component
public class PartnershipMap {

	private final ReferenceData reference;

	private final PartnershipListQueries partnerships;

	private final Projection projection = new Projection(WorldShapes.load());

	private final MapOutlines outlines = new MapOutlines(projection);

	private final Map<String, Drawing> regions = new ConcurrentHashMap<>();

	PartnershipMap(ReferenceData reference, PartnershipListQueries partnerships) {
		this.reference = reference;
		this.partnerships = partnerships;
	}

	/**
	 * A country on the map: its outline's id in the outlines' document (empty when the
	 * 1:110m land has none in the drawing's frame, as for small islands) and, for a
	 * country taking part, its point.
	 */
	public record Area(String code, String name, long partnerships, String outline, boolean marked, double x, double y,
			double radius) {
	}

	public record Line(String fromCode, String fromName, String toCode, String toName, double x1, double y1, double x2,
			double y2, long partnerships) {
	}

	/**
	 * What the template draws: {@code land} is the outline of every country not linked,
	 * {@code region} that of a platform's countries (shaded), {@code areas} the linked
	 * countries, {@code islands} (x, y, radius) the platform's countries too small to
	 * have an outline. {@code platform} is null for the world. A page draws the outlines
	 * from the document at {@code outlines} ({@link MapOutlines}): the land whole, then
	 * the ids in {@code regionOutlines} and each area's {@code outline} over it. The path
	 * data ({@code land}, {@code region}) is for the PDF's picture of a report's region
	 * map, empty on the others.
	 */
	public record Drawing(String id, @Nullable String platform, String viewBox, double minX, double minY, double maxX,
			double maxY, String outlines, String land, String region, List<String> regionOutlines, List<Area> areas,
			List<Line> lines, List<Double> meridians, List<Double> parallels, List<String> regionCountries,
			List<double[]> islands, boolean linesCut) {

		/** The most links drawn: the busiest (see {@code linesCut}). */
		public int linesShown() {
			return PartnershipListQueries.MAP_LINKS;
		}

		/** Points, lines or countries to follow: the drawing is more than a picture. */
		public boolean interactive() {
			return !areas.isEmpty() || !lines.isEmpty();
		}

	}

	/** The world with the partnerships the reader may see (two statements). */
	public Drawing world(ReadScope scope, Locale locale) {
		return draw("map-world", null, Box.WORLD, false, Set.of(), partnerships.countryLinks(scope),
				partnerships.countryCounts(scope), locale, false);
	}

	/**
	 * A regional platform's countries with the platform's partnerships the reader may see
	 * (two statements).
	 */
	public Drawing platform(PlatformRef platform, ReadScope scope, Locale locale) {
		Region region = region(platform.code());
		return draw("map-" + platform.code(), platform.shortName(), region.box(), region.shift(), region.codes(),
				partnerships.countryLinks(scope, platform.code()), partnerships.countryCounts(scope, platform.code()),
				locale, false);
	}

	/**
	 * The countries a regional platform covers, shaded on the land around them, for the
	 * annual report's regional chapters: reference data only, drawn once per language.
	 */
	public Drawing region(String platformCode, Locale locale) {
		return regions.computeIfAbsent(platformCode + "/" + locale.getLanguage(), key -> {
			Region region = region(platformCode);
			String name = reference.platform(platformCode).map(PlatformRef::shortName).orElse(platformCode);
			return draw("map-report-" + platformCode, name, region.box(), region.shift(), region.codes(), List.of(),
					List.of(), locale, true);
		});
	}

	private final Map<String, String> printedRegions = new ConcurrentHashMap<>();

	/**
	 * The region map of a regional chapter as a PNG picture (a data address), for the
	 * report's PDF, which draws no SVG: the same land and shaded countries as the page's
	 * drawing, made once per platform.
	 */
	/** A region's drawing and its picture, for the PDF. */
	public record PrintedRegion(Drawing drawing, String png) {
	}

	/** The printed maps of some regional platforms, those with countries only. */
	public List<PrintedRegion> printedRegions(List<String> platformCodes, Locale locale) {
		List<PrintedRegion> maps = new ArrayList<>();
		for (String code : platformCodes) {
			Drawing drawing = region(code, locale);
			if (!drawing.regionCountries().isEmpty()) {
				maps.add(new PrintedRegion(drawing, printedRegion(code)));
			}
		}
		return maps;
	}

	public String printedRegion(String platformCode) {
		return printedRegions.computeIfAbsent(platformCode, code -> {
			Drawing drawing = region(code, Locale.ENGLISH);
			return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(drawing));
		});
	}

	static byte[] png(Drawing drawing) {
		int width = 900;
		double scale = width / (drawing.maxX() - drawing.minX());
		int height = (int) Math.max(1, Math.round((drawing.maxY() - drawing.minY()) * scale));
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new java.awt.Color(0xEE, 0xF4, 0xF8));
		g.fillRect(0, 0, width, height);
		g.scale(scale, scale);
		g.translate(-drawing.minX(), -drawing.minY());
		g.setStroke(new java.awt.BasicStroke((float) (0.6 / scale)));
		fill(g, drawing.land(), new java.awt.Color(0xD9, 0xDF, 0xE4), new java.awt.Color(0xA0, 0xAA, 0xB4));
		fill(g, drawing.region(), new java.awt.Color(0x0B, 0x5C, 0x8A), java.awt.Color.WHITE);
		g.setColor(new java.awt.Color(0x0B, 0x5C, 0x8A));
		for (double[] island : drawing.islands()) {
			double r = Math.max(island[2], 3 / scale);
			g.fill(new java.awt.geom.Ellipse2D.Double(island[0] - r, island[1] - r, 2 * r, 2 * r));
		}
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Fills the rings of a path as Projection writes it. */
	private static void fill(java.awt.Graphics2D g, String path, java.awt.Color inside, java.awt.Color outline) {
		java.awt.geom.Path2D.Double shape = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
		for (double[][] ring : Projection.points(path)) {
			shape.moveTo(ring[0][0], ring[0][1]);
			for (int i = 1; i < ring.length; i++) {
				shape.lineTo(ring[i][0], ring[i][1]);
			}
			shape.closePath();
		}
		g.setColor(inside);
		g.fill(shape);
		g.setColor(outline);
		g.draw(shape);
	}

	/**
	 * A platform's countries, the box around them, and whether it spans the antimeridian.
	 */
	private record Region(Set<String> codes, Box box, boolean shift) {
	}

	private Region region(String platformCode) {
		List<CountryRef> covered = reference.countries(Locale.ENGLISH)
			.stream()
			.filter(c -> platformCode.equals(c.platform()))
			.toList();
		if (covered.isEmpty()) {
			return new Region(Set.of(), Box.WORLD, false);
		}
		boolean shift = spansAntimeridian(covered);
		Box box = null;
		for (CountryRef country : covered) {
			List<Ring> rings = projection.rings(country.numericCode(), shift);
			Box bounds = rings.isEmpty() ? point(country, shift) : Projection.bounds(rings);
			if (bounds != null) {
				box = box == null ? bounds : box.union(bounds);
			}
		}
		Set<String> codes = new HashSet<>();
		covered.forEach(c -> codes.add(c.code()));
		return new Region(Set.copyOf(codes), box == null ? Box.WORLD : box.framed(), shift);
	}

	/**
	 * Whether the countries lie closer together when the map is centred on the Pacific.
	 */
	private static boolean spansAntimeridian(List<CountryRef> countries) {
		double[] plain = { Double.MAX_VALUE, -Double.MAX_VALUE };
		double[] shifted = { Double.MAX_VALUE, -Double.MAX_VALUE };
		countries.stream().filter(PartnershipMap::placed).forEach(c -> {
			double longitude = c.longitude().doubleValue();
			plain[0] = Math.min(plain[0], longitude);
			plain[1] = Math.max(plain[1], longitude);
			shifted[0] = Math.min(shifted[0], Projection.longitude(longitude, true));
			shifted[1] = Math.max(shifted[1], Projection.longitude(longitude, true));
		});
		return shifted[1] - shifted[0] < plain[1] - plain[0];
	}

	/**
	 * A drawing; with its land and region as path data too when {@code pictured} (a
	 * report's region map, which the PDF draws as a picture; pages draw the outlines'
	 * document).
	 */
	private Drawing draw(String id, @Nullable String platform, Box box, boolean shift, Set<String> covered,
			List<CountryLink> links, List<CountryCount> counts, Locale locale, boolean pictured) {
		Map<String, Long> taking = new LinkedHashMap<>();
		counts.forEach(c -> taking.put(c.country(), c.partnerships()));
		double scale = box.width() / Projection.WIDTH;
		List<Area> areas = new ArrayList<>();
		Map<String, double[]> points = new HashMap<>();
		StringBuilder land = new StringBuilder();
		StringBuilder region = new StringBuilder();
		List<String> regionCountries = new ArrayList<>();
		List<String> regionOutlines = new ArrayList<>();
		Set<String> drawn = new HashSet<>();
		List<double[]> islands = new ArrayList<>();
		for (CountryRef country : reference.countries(locale)) {
			String path = Projection.path(projection.rings(country.numericCode(), shift), box);
			drawn.add(country.numericCode());
			Long count = taking.get(country.code());
			Box at = point(country, shift);
			double[] point = at == null ? null : new double[] { at.minX(), at.minY() };
			boolean marked = point != null && box.contains(point[0], point[1]);
			if (count != null && (marked || !path.isEmpty())) {
				areas.add(new Area(country.code(), country.name().in(locale), count,
						path.isEmpty() ? "" : MapOutlines.id(country.numericCode()), marked, marked ? point[0] : 0,
						marked ? point[1] : 0, Projection.round((4 + 2 * Math.sqrt(count)) * scale)));
				if (point != null) {
					points.put(country.code(), point);
				}
			}
			else if (covered.contains(country.code())) {
				if (pictured) {
					region.append(path);
				}
				regionCountries.add(country.name().in(locale));
				if (!path.isEmpty()) {
					regionOutlines.add(MapOutlines.id(country.numericCode()));
				}
				if (path.isEmpty() && marked) {
					// Too small for the 1:110m land (most Pacific islands): a dot shows
					// where.
					islands.add(new double[] { point[0], point[1], Projection.round(3 * scale) });
				}
			}
			else if (pictured) {
				land.append(path);
			}
		}
		if (pictured) {
			for (String code : projection.codes()) {
				if (!drawn.contains(code)) {
					land.append(Projection.path(projection.rings(code, shift), box));
				}
			}
			land.append(Projection.path(projection.uncodedRings(shift), box));
		}
		List<Line> lines = new ArrayList<>();
		boolean linesCut = links.size() > PartnershipListQueries.MAP_LINKS;
		for (CountryLink link : linesCut ? links.subList(0, PartnershipListQueries.MAP_LINKS) : links) {
			double[] from = points.get(link.mentorCountry());
			double[] to = points.get(link.menteeCountry());
			CountryRef mentor = reference.country(link.mentorCountry()).orElse(null);
			CountryRef mentee = reference.country(link.menteeCountry()).orElse(null);
			if (from == null || to == null || mentor == null || mentee == null || mentor == mentee) {
				continue;
			}
			lines.add(new Line(mentor.code(), mentor.name().in(locale), mentee.code(), mentee.name().in(locale),
					from[0], from[1], to[0], to[1], link.partnerships()));
		}
		List<Double> meridians = new ArrayList<>();
		for (int longitude = -150; longitude <= 510; longitude += 30) {
			double x = Projection.x(longitude);
			if (x > box.minX() && x < box.maxX()) {
				meridians.add(x);
			}
		}
		List<Double> parallels = new ArrayList<>();
		for (int latitude = -60; latitude <= 60; latitude += 30) {
			double y = Projection.y(latitude);
			if (y > box.minY() && y < box.maxY()) {
				parallels.add(y);
			}
		}
		return new Drawing(id, platform, box.viewBox(), box.minX(), box.minY(), box.maxX(), box.maxY(),
				outlines.document(shift).address(), land.toString(), region.toString(), List.copyOf(regionOutlines),
				List.copyOf(areas), List.copyOf(lines), List.copyOf(meridians), List.copyOf(parallels),
				List.copyOf(regionCountries), List.copyOf(islands), linesCut);
	}

	/** The outlines' document of a plain or a Pacific map, by its name. */
	java.util.Optional<MapOutlines.Document> outlines(String name) {
		return outlines.named(name);
	}

	private static @Nullable Box point(CountryRef country, boolean shift) {
		if (!placed(country)) {
			return null;
		}
		double x = Projection.x(Projection.longitude(country.longitude().doubleValue(), shift));
		double y = Projection.y(country.latitude().doubleValue());
		return new Box(x, y, x, y);
	}

	private static boolean placed(CountryRef country) {
		return country.latitude() != null && country.longitude() != null;
	}

}
