package org.wopplatform.web.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.wopplatform.web.place.WorldShapes.Shape;

/**
 * The equirectangular projection of the map (longitude and latitude straight to x and y,
 * 1000 × 500 for the whole world) and the land drawn with it as SVG path data, made once
 * per country and kept: the shapes never change while the application runs. A map of the
 * Pacific is drawn across the antimeridian: its western longitudes are moved east by 360°
 * ("shifted"), a whole ring at a time so that no outline is torn.
 */
final class Projection {

	static final int WIDTH = 1000;

	static final int HEIGHT = 500;

	/** An area of the drawing, in its coordinates. */
	record Box(double minX, double minY, double maxX, double maxY) {

		static final Box WORLD = new Box(0, 0, WIDTH, HEIGHT);

		double width() {
			return maxX - minX;
		}

		double height() {
			return maxY - minY;
		}

		boolean overlaps(Box other) {
			return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
		}

		boolean contains(double x, double y) {
			return x >= minX && x <= maxX && y >= minY && y <= maxY;
		}

		Box union(Box other) {
			return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
					Math.max(maxY, other.maxY));
		}

		/** Larger by a margin, and no narrower than tall nor more than twice as wide. */
		Box framed() {
			double margin = Math.max(width(), height()) * 0.06 + 3;
			double w = width() + 2 * margin;
			double h = height() + 2 * margin;
			double cx = (minX + maxX) / 2;
			double cy = (minY + maxY) / 2;
			w = Math.max(w, h);
			h = Math.max(h, w / 2);
			return new Box(round(cx - w / 2), round(cy - h / 2), round(cx + w / 2), round(cy + h / 2));
		}

		String viewBox() {
			return minX + " " + minY + " " + round(width()) + " " + round(height());
		}

	}

	/**
	 * One ring of a country's outline as path data, with its bounds; a copy is the same
	 * ring drawn a world away (see {@link #rings(Shape, boolean)}).
	 */
	record Ring(String path, Box bounds, boolean copy) {
	}

	private final Map<String, List<Ring>> world = new LinkedHashMap<>();

	private final Map<String, List<Ring>> shifted = new ConcurrentHashMap<>();

	private final Map<String, Shape> shapes;

	/** Shapes without a code, drawn as land and never linked. */
	private final List<Shape> uncoded;

	Projection(WorldShapes land) {
		this.shapes = land.byNumericCode();
		this.uncoded = land.shapes().stream().filter(s -> s.numericCode() == null).toList();
		shapes.forEach((code, shape) -> world.put(code, rings(shape, false)));
	}

	static double x(double longitude) {
		return round((longitude + 180) / 360.0 * WIDTH);
	}

	static double y(double latitude) {
		return round((90 - latitude) / 180.0 * HEIGHT);
	}

	/**
	 * A longitude as drawn: moved east by 360° on a shifted map when west of Greenwich.
	 */
	static double longitude(double longitude, boolean shift) {
		return shift && longitude < 0 ? longitude + 360 : longitude;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The numeric codes of the countries with an outline. */
	Set<String> codes() {
		return shapes.keySet();
	}

	/** The rings of a country's outline, as drawn on a plain or a shifted map. */
	List<Ring> rings(String numericCode, boolean shift) {
		Shape shape = shapes.get(numericCode);
		if (shape == null) {
			return List.of();
		}
		return shift ? shifted.computeIfAbsent(numericCode, code -> rings(shape, true)) : world.get(numericCode);
	}

	/** The land that belongs to no listed country. */
	List<Ring> uncodedRings(boolean shift) {
		return uncoded.stream().flatMap(s -> rings(s, shift).stream()).toList();
	}

	/** The path data of every ring, its copies a world away too. */
	static String path(List<Ring> rings) {
		return path(rings, null);
	}

	/** The path data of the rings that reach into the box (every ring without one). */
	static String path(List<Ring> rings, @Nullable Box box) {
		StringBuilder path = new StringBuilder();
		for (Ring ring : rings) {
			if (box == null || ring.bounds().overlaps(box)) {
				path.append(ring.path());
			}
		}
		return path.toString();
	}

	/** Where the outline lies (its copies a world away left out). */
	static Box bounds(List<Ring> rings) {
		return rings.stream().filter(r -> !r.copy()).map(Ring::bounds).reduce(Box::union).orElseThrow();
	}

	/**
	 * A shape's rings as drawn. A ring that crosses the antimeridian (Fiji, Russia's far
	 * east) is first made continuous (its longitudes run on past 180°), then drawn where
	 * it lies and, on the plain map, once more a world away so that both edges of the map
	 * show their part; the drawing's frame clips what lies outside. A ring around a pole
	 * (Antarctica) is drawn as it is.
	 */
	private static List<Ring> rings(Shape shape, boolean shift) {
		List<Ring> rings = new ArrayList<>();
		for (double[][] raw : shape.rings()) {
			double[][] points = continuous(raw);
			double mean = 0;
			double min = Double.MAX_VALUE;
			double max = -Double.MAX_VALUE;
			for (double[] point : points) {
				mean += point[0] / points.length;
				min = Math.min(min, point[0]);
				max = Math.max(max, point[0]);
			}
			double offset = shift && mean < 0 ? 360 : 0;
			rings.add(ring(points, offset, false));
			if (!shift && max > 180) {
				rings.add(ring(points, -360, true));
			}
			if (!shift && min < -180) {
				rings.add(ring(points, 360, true));
			}
		}
		return List.copyOf(rings);
	}

	/**
	 * The ring without jumps of more than 180° between neighbours, unless it circles a
	 * pole.
	 */
	private static double[][] continuous(double[][] points) {
		double[][] unwrapped = new double[points.length][];
		double offset = 0;
		for (int i = 0; i < points.length; i++) {
			if (i > 0) {
				double step = points[i][0] + offset - unwrapped[i - 1][0];
				if (step > 180) {
					offset -= 360;
				}
				else if (step < -180) {
					offset += 360;
				}
			}
			unwrapped[i] = new double[] { points[i][0] + offset, points[i][1] };
		}
		return offset == 0 ? unwrapped : points;
	}

	/**
	 * A ring as path data: its first point where it lies ({@code M x y}), each next one
	 * by how far it is from the one before ({@code l dx dy}, in tenths as the points are
	 * rounded, so no error adds up), then closed ({@code z}). Two fifths shorter than
	 * every point where it lies: the world map is most of the home page's weight.
	 */
	private static Ring ring(double[][] points, double offset, boolean copy) {
		StringBuilder path = new StringBuilder("M");
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		long lastX = Long.MIN_VALUE;
		long lastY = Long.MIN_VALUE;
		for (double[] point : points) {
			double px = x(point[0] + offset);
			double py = y(point[1]);
			long tenthsX = Math.round(px * 10);
			long tenthsY = Math.round(py * 10);
			if (tenthsX == lastX && tenthsY == lastY) {
				continue; // the same point at this scale
			}
			if (lastX == Long.MIN_VALUE) {
				tenths(path, tenthsX, true);
				tenths(path, tenthsY, false);
				path.append('l');
			}
			else {
				tenths(path, tenthsX - lastX, path.charAt(path.length() - 1) == 'l');
				tenths(path, tenthsY - lastY, false);
			}
			lastX = tenthsX;
			lastY = tenthsY;
			minX = Math.min(minX, px);
			minY = Math.min(minY, py);
			maxX = Math.max(maxX, px);
			maxY = Math.max(maxY, py);
		}
		if (path.charAt(path.length() - 1) == 'l') {
			path.setLength(path.length() - 1); // a single point
		}
		return new Ring(path.append('z').toString(), new Box(minX, minY, maxX, maxY), copy);
	}

	/**
	 * A number of tenths as SVG path data writes it shortest: 14 as "1.4", -6 as "-.6",
	 * 20 as "2"; after a space unless it starts with its minus sign or {@code first}
	 * after a command letter.
	 */
	private static void tenths(StringBuilder path, long tenths, boolean first) {
		if (!first && tenths >= 0) {
			path.append(' ');
		}
		if (tenths < 0) {
			path.append('-');
		}
		long size = Math.abs(tenths);
		if (size >= 10 || size == 0) {
			path.append(size / 10);
		}
		if (size % 10 != 0) {
			path.append('.').append(size % 10);
		}
	}

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

	/**
	 * The rings of path data as {@link #ring} writes them, each as its points where they
	 * lie (for drawing them otherwise: the report's printed region maps).
	 */
	static List<double[][]> points(String path) {
		List<double[][]> rings = new ArrayList<>();
		for (String ring : path.split("z")) {
			List<double[]> points = new ArrayList<>();
			java.util.regex.Matcher numbers = NUMBER.matcher(ring);
			long x = 0;
			long y = 0;
			while (numbers.find()) {
				long dx = Math.round(Double.parseDouble(numbers.group()) * 10);
				if (!numbers.find()) {
					break;
				}
				long dy = Math.round(Double.parseDouble(numbers.group()) * 10);
				// the first point where it lies, the others from the one before
				x = points.isEmpty() ? dx : x + dx;
				y = points.isEmpty() ? dy : y + dy;
				points.add(new double[] { x / 10.0, y / 10.0 });
			}
			if (!points.isEmpty()) {
				rings.add(points.toArray(double[][]::new));
			}
		}
		return rings;
	}

}
