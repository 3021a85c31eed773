package org.wopplatform.reporting.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for SVG: one bar per row, its length proportional to
 * its value, the label on the left and the value at the bar's end. The page draws it from
 * these coordinates (no script, no library) with its title and description for screen
 * readers and the same data as a table beside it.
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {

	static final int LABEL_WIDTH = 260;

	static final int BAR_AREA = 300;

	static final int ROW = 22;

	/** The longest line of a label, in characters of 12 px text; longer labels wrap. */
	static final int LINE_CHARACTERS = 40;

	static final int LINE_HEIGHT = 15;

	/**
	 * One bar: its label (whole, and in lines as drawn: a label is never cut short) and
	 * value, and where it is drawn.
	 */
	public record Bar(String label, List<String> lines, long value, int y, int length, int valueX) {

		public int textY() {
			return y + 14;
		}

		/** Where each line of the label is drawn. */
		public int lineY(int index) {
			return textY() + index * LINE_HEIGHT;
		}

	}

	public record Row(String label, long value) {
	}

	public static BarChart of(String id, String title, String description, List<Row> rows) {
		long max = rows.stream().mapToLong(Row::value).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (Row row : rows) {
			int length = max == 0 ? 0
					: (int) Math.max(row.value() > 0 ? 2 : 0, Math.round(BAR_AREA * (double) row.value() / max));
			List<String> lines = wrap(row.label());
			bars.add(new Bar(row.label(), lines, row.value(), y, length, LABEL_WIDTH + length + 6));
			y += Math.max(ROW, lines.size() * LINE_HEIGHT + 7);
		}
		return new BarChart(id, title, description, LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW, y + 4),
				List.copyOf(bars));
	}

	/** A label in lines of at most {@link #LINE_CHARACTERS}, broken between words. */
	static List<String> wrap(String label) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.strip().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return List.copyOf(lines);
	}

	public int barX() {
		return LABEL_WIDTH;
	}

}
