package org.wopplatform.web.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The land: country shapes of Natural Earth (public domain, 1:110m) as packaged by the
 * npm package world-atlas 2.0.2 (ISC licence, see {@code geo/LICENSE-world-atlas}), kept
 * in the repository as {@code geo/countries-110m.json}. The TopoJSON is decoded once
 * (shared arcs, delta-encoded and quantized) into rings of longitude and latitude, keyed
 * by the country's ISO 3166-1 numeric code; three shapes without a code (N. Cyprus,
 * Somaliland, Kosovo) are kept as land that belongs to no listed country.
 */
final class WorldShapes {

	static final String RESOURCE = "/geo/countries-110m.json";

	/** One country's outline: rings of [longitude, latitude] points. */
	record Shape(@Nullable String numericCode, String name, List<double[][]> rings) {
	}

	private final List<Shape> shapes;

	private WorldShapes(List<Shape> shapes) {
		this.shapes = List.copyOf(shapes);
	}

	List<Shape> shapes() {
		return shapes;
	}

	/** Shapes by ISO numeric code, in the file's order. */
	Map<String, Shape> byNumericCode() {
		Map<String, Shape> coded = new LinkedHashMap<>();
		shapes.stream().filter(s -> s.numericCode() != null).forEach(s -> coded.put(s.numericCode(), s));
		return coded;
	}

	static WorldShapes load() {
		try (InputStream in = WorldShapes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			return decode(JsonMapper.builder().build().readValue(in, Map.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static WorldShapes decode(Map<String, Object> topology) {
		Map<String, Object> transform = (Map<String, Object>) topology.get("transform");
		List<Number> scale = (List<Number>) transform.get("scale");
		List<Number> translate = (List<Number>) transform.get("translate");
		List<double[][]> arcs = new ArrayList<>();
		for (List<List<Number>> arc : (List<List<List<Number>>>) topology.get("arcs")) {
			double[][] points = new double[arc.size()][];
			long x = 0;
			long y = 0;
			for (int i = 0; i < arc.size(); i++) {
				// Quantized and delta-encoded: each position is the sum of those before.
				x += arc.get(i).get(0).longValue();
				y += arc.get(i).get(1).longValue();
				points[i] = new double[] { x * scale.get(0).doubleValue() + translate.get(0).doubleValue(),
						y * scale.get(1).doubleValue() + translate.get(1).doubleValue() };
			}
			arcs.add(points);
		}
		Map<String, Object> objects = (Map<String, Object>) topology.get("objects");
		Map<String, Object> countries = (Map<String, Object>) objects.get("countries");
		List<Shape> shapes = new ArrayList<>();
		for (Map<String, Object> geometry : (List<Map<String, Object>>) countries.get("geometries")) {
			List<List<Number>> polygons = new ArrayList<>();
			Object rings = geometry.get("arcs");
			if ("Polygon".equals(geometry.get("type"))) {
				polygons.addAll((List<List<Number>>) rings);
			}
			else if ("MultiPolygon".equals(geometry.get("type"))) {
				((List<List<List<Number>>>) rings).forEach(polygons::addAll);
			}
			List<double[][]> decoded = polygons.stream().map(ring -> ring(ring, arcs)).toList();
			Map<String, Object> properties = (Map<String, Object>) geometry.getOrDefault("properties", Map.of());
			shapes.add(new Shape((String) geometry.get("id"), String.valueOf(properties.getOrDefault("name", "")),
					decoded));
		}
		return new WorldShapes(shapes);
	}

	/**
	 * A ring from its arcs: a negative index {@code ~i} is arc {@code i} reversed; each
	 * arc after the first starts where the one before ended, so its first point is
	 * skipped.
	 */
	private static double[][] ring(List<Number> indexes, List<double[][]> arcs) {
		List<double[]> points = new ArrayList<>();
		for (Number number : indexes) {
			int index = number.intValue();
			double[][] arc = arcs.get(index < 0 ? ~index : index);
			for (int i = 0; i < arc.length; i++) {
				double[] point = arc[index < 0 ? arc.length - 1 - i : i];
				if (i > 0 || points.isEmpty()) {
					points.add(point);
				}
			}
		}
		return points.toArray(double[][]::new);
	}

}
