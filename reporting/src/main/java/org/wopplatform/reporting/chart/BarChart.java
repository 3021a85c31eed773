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

	/** One bar: its label and value, and where it is drawn. */
	public record Bar(String label, long value, int y, int length, int valueX) {

		public int textY() {
			return y + 14;
		}

	}

	public record Row(String label, long value) {
	}

	public static BarChart of(String id, String title, String description, List<Row> rows) {
		long max = rows.stream().mapToLong(Row::value).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			int length = max == 0 ? 0
					: (int) Math.max(row.value() > 0 ? 2 : 0, Math.round(BAR_AREA * (double) row.value() / max));
			String label = row.label().length() > 38 ? row.label().substring(0, 37) + "…" : row.label();
			bars.add(new Bar(label, row.value(), 4 + i * ROW, length, LABEL_WIDTH + length + 6));
		}
		return new BarChart(id, title, description, LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW, rows.size() * ROW + 8),
				List.copyOf(bars));
	}

	public int barX() {
		return LABEL_WIDTH;
	}

}
