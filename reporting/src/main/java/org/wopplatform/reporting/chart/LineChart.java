package org.wopplatform.reporting.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A line chart drawn on the server as SVG (no script): periods along the x axis, a fixed
 * scale up the y axis (a capacity stage 1–4, a rating 1–4), one line per series. Lines
 * differ by dash pattern and carry their name at the end, so colour is never the only
 * difference; the page shows the same data in a table.
 */
public record LineChart(String id, String title, String description, int width, int height, List<Tick> xTicks,
		List<Tick> yTicks, List<Line> lines) {

	static final int LEFT = 48;

	static final int RIGHT = 200;

	static final int TOP = 16;

	static final int BOTTOM = 40;

	static final int PLOT_HEIGHT = 180;

	/**
	 * The drawing's width: shown at this size on a wide screen, scaled down on a narrow
	 * one.
	 */
	static final int WIDTH = 640;

	/** A label on an axis and where it stands (x or y). */
	public record Tick(String label, int at) {
	}

	/** A point of a line, with what it says (for its tooltip). */
	public record Point(int x, int y, String label) {
	}

	/** One series, drawn: its points and its name beside the last one. */
	public record Line(String name, int index, List<Point> points) {

		public String polyline() {
			return points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		}

		public @Nullable Point last() {
			return points.isEmpty() ? null : points.get(points.size() - 1);
		}

		/** Which of the six line styles it takes. */
		public int style() {
			return index % 6;
		}

	}

	/** A series: a name and a value per x label (empty where there is none). */
	public record Series(String name, List<@Nullable Double> values) {
	}

	/**
	 * @param yLabels the labels of the scale's whole steps, from {@code yMin} up
	 */
	public static LineChart of(String id, String title, String description, List<String> xLabels, List<Series> series,
			double yMin, double yMax, List<String> yLabels) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		int width = WIDTH;
		int height = TOP + PLOT_HEIGHT + BOTTOM;
		List<Tick> xTicks = new ArrayList<>();
		for (int i = 0; i < xLabels.size(); i++) {
			xTicks.add(new Tick(xLabels.get(i), x(i, xLabels.size(), plotWidth)));
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int i = 0; i < yLabels.size(); i++) {
			yTicks.add(new Tick(yLabels.get(i), y(yMin + i, yMin, yMax)));
		}
		List<Line> lines = new ArrayList<>();
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < one.values().size() && i < xLabels.size(); i++) {
				Double value = one.values().get(i);
				if (value != null) {
					points.add(new Point(x(i, xLabels.size(), plotWidth), y(value, yMin, yMax),
							one.name() + ", " + xLabels.get(i) + ": " + format(value)));
				}
			}
			lines.add(new Line(one.name(), s, points));
		}
		return new LineChart(id, title, description, width, height, xTicks, yTicks, lines);
	}

	public int plotLeft() {
		return LEFT;
	}

	public int plotRight() {
		return width - RIGHT;
	}

	public int plotTop() {
		return TOP;
	}

	public int plotBottom() {
		return TOP + PLOT_HEIGHT;
	}

	private static int x(int index, int count, int plotWidth) {
		return count <= 1 ? LEFT + plotWidth / 2 : LEFT + index * plotWidth / (count - 1);
	}

	private static int y(double value, double min, double max) {
		double share = max == min ? 0 : (value - min) / (max - min);
		return (int) Math.round(TOP + PLOT_HEIGHT - share * PLOT_HEIGHT);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value)
				: String.format(java.util.Locale.ROOT, "%.1f", value);
	}

}
