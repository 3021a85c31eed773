package org.wopplatform.web.place;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wopplatform.web.place.Projection.Box;
import org.wopplatform.web.place.WorldShapes.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The TopoJSON of world-atlas decoded into country outlines, and drawn. */
class WorldShapesTests {

	private static final WorldShapes WORLD = WorldShapes.load();

	@Test
	void decodesEveryCountryOfTheFileKeyedByItsIsoNumericCode() {
		assertThat(WORLD.shapes()).hasSize(177);
		Map<String, Shape> coded = WORLD.byNumericCode();
		assertThat(coded.get("404").name()).isEqualTo("Kenya");
		assertThat(coded.get("834").name()).isEqualTo("Tanzania");
		assertThat(WORLD.shapes().stream().filter(s -> s.numericCode() == null).map(Shape::name))
			.containsExactlyInAnyOrder("N. Cyprus", "Somaliland", "Kosovo");
	}

	@Test
	void ringsAreClosedAndLieWhereTheCountryIs() {
		Shape kenya = WORLD.byNumericCode().get("404");
		double[][] ring = kenya.rings().get(0);
		assertThat(ring[0][0]).isCloseTo(ring[ring.length - 1][0], within(1e-9));
		assertThat(ring[0][1]).isCloseTo(ring[ring.length - 1][1], within(1e-9));
		for (double[] point : ring) {
			// Kenya lies between 33.9° and 41.9° east, 4.7° south and 5.5° north.
			assertThat(point[0]).isBetween(33.5, 42.0);
			assertThat(point[1]).isBetween(-5.0, 5.7);
		}
	}

	@Test
	void aDecodedArcSumsItsDeltasAndAReversedArcRunsBackwards() {
		Map<String, Object> topology = Map.of("type", "Topology", "transform",
				Map.of("scale", List.of(1, 1), "translate", List.of(-10, 20)), "arcs",
				List.of(List.of(List.of(0, 0), List.of(2, 0), List.of(0, 3)), List.of(List.of(2, 3), List.of(-2, -3))),
				"objects", Map.of("countries", Map.of("type", "GeometryCollection", "geometries",
						List.of(Map.of("type", "Polygon", "id", "999", "arcs", List.of(List.of(0, 1)))))));

		Shape shape = WorldShapes.decode(topology).shapes().get(0);

		assertThat(shape.rings().get(0))
			.isDeepEqualTo(new double[][] { { -10, 20 }, { -8, 20 }, { -8, 23 }, { -10, 20 } });

		Map<String, Object> reversed = Map.of("type", "Topology", "transform",
				Map.of("scale", List.of(1, 1), "translate", List.of(0, 0)), "arcs",
				List.of(List.of(List.of(0, 0), List.of(2, 0), List.of(0, 3)), List.of(List.of(0, 0), List.of(2, 3))),
				"objects", Map.of("countries", Map.of("type", "GeometryCollection", "geometries",
						List.of(Map.of("type", "Polygon", "id", "998", "arcs", List.of(List.of(1, ~0)))))));
		assertThat(WorldShapes.decode(reversed).shapes().get(0).rings().get(0))
			.isDeepEqualTo(new double[][] { { 0, 0 }, { 2, 3 }, { 2, 0 }, { 0, 0 } });
	}

	@Test
	void thePathOfACountryIsDrawnInTheMapsProjection() {
		Projection projection = new Projection(WORLD);
		List<Projection.Ring> kenya = projection.rings("404", false);

		assertThat(kenya.get(0).path()).startsWith("M").endsWith("z");
		Box bounds = Projection.bounds(kenya);
		assertThat(bounds.minX()).isCloseTo(Projection.x(33.9), within(1.0));
		assertThat(bounds.maxY()).isCloseTo(Projection.y(-4.7), within(1.0));
	}

	@Test
	void aRingWrittenPointToPointIsReadBackToTheSamePoints() {
		Projection projection = new Projection(WORLD);
		double[][] raw = WORLD.byNumericCode().get("404").rings().get(0);
		java.util.List<double[]> drawn = new java.util.ArrayList<>();
		for (double[] point : raw) {
			double[] at = { Projection.x(point[0]), Projection.y(point[1]) };
			if (drawn.isEmpty() || !java.util.Arrays.equals(drawn.get(drawn.size() - 1), at)) {
				drawn.add(at);
			}
		}
		String path = projection.rings("404", false).get(0).path();

		assertThat(Projection.points(path)).singleElement()
			.satisfies(ring -> assertThat(ring).isDeepEqualTo(drawn.toArray(double[][]::new)));
		assertThat(path).as("the first point where it lies, then moves, closed")
			.matches("M[0-9.]+ -?[0-9.]+(l[-0-9. ]+)?z");
		assertThat(path).as("shorter than every point where it lies")
			.hasSizeLessThan(drawn.stream().mapToInt(p -> (p[0] + " " + p[1] + " ").length()).sum() * 3 / 4);
	}

	@Test
	void ringsWestOfTheMapAreReadBackWithinTheirBounds() {
		// on the plain map, Fiji's islands east of 180° are drawn once more a world away,
		// west of the map's edge: points below zero
		List<Projection.Ring> fiji = new Projection(WORLD).rings("242", false);
		assertThat(fiji).anySatisfy(ring -> assertThat(ring.bounds().minX()).isNegative());
		for (Projection.Ring ring : fiji) {
			double[][] points = Projection.points(ring.path()).get(0);
			Box bounds = ring.bounds();
			assertThat(java.util.Arrays.stream(points).mapToDouble(p -> p[0]).min().orElseThrow())
				.isEqualTo(bounds.minX());
			assertThat(java.util.Arrays.stream(points).mapToDouble(p -> p[0]).max().orElseThrow())
				.isEqualTo(bounds.maxX());
			assertThat(java.util.Arrays.stream(points).mapToDouble(p -> p[1]).min().orElseThrow())
				.isEqualTo(bounds.minY());
			assertThat(java.util.Arrays.stream(points).mapToDouble(p -> p[1]).max().orElseThrow())
				.isEqualTo(bounds.maxY());
		}
	}

	@Test
	void fijiAcrossTheAntimeridianIsOneIslandGroup() {
		Projection projection = new Projection(WORLD);

		Box plain = Projection.bounds(projection.rings("242", false));
		Box shifted = Projection.bounds(projection.rings("242", true));

		assertThat(plain.width()).isGreaterThan(900); // one part at 178° east, one at
														// 180° west
		assertThat(shifted.width()).isLessThan(20);
		assertThat(shifted.minX()).isGreaterThan(Projection.x(170));
	}

}
