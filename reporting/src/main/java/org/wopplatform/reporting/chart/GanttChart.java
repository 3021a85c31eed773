package org.wopplatform.reporting.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A work plan's Gantt chart laid out for SVG: one bar per activity from its planned start
 * to its planned end on a time axis with a tick per year, today's line, and late
 * activities marked (by a pattern and the word the page puts beside them, not by colour
 * alone). The page draws it from these coordinates (no script, no library), 960 px wide
 * so that it reads in a 1280 px page and prints on A4 landscape, with the same data as a
 * table beside it.
 */
public record GanttChart(String id, String title, String description, int width, int height, List<Bar> bars,
		List<Tick> ticks, @Nullable Integer todayX, int axisY) {

	static final int LABEL_WIDTH = 300;

	static final int AREA = 640;

	static final int ROW = 26;

	static final int TOP = 24;

	/** An activity as the chart needs it. */
	public record Row(String label, LocalDate start, LocalDate end, boolean late, boolean done) {
	}

	/** One bar: where it is drawn and how. */
	public record Bar(String label, int x, int y, int length, boolean late, boolean done) {

		public int textY() {
			return y + 15;
		}

		public int endX() {
			return x + length;
		}

	}

	/** A year's tick on the axis. */
	public record Tick(String label, int x) {
	}

	/**
	 * @param from the first day shown (the partnership's start, or the earliest activity)
	 * @param to the last day shown
	 * @param today drawn as a line when it falls inside
	 */
	public static GanttChart of(String id, String title, String description, List<Row> rows, LocalDate from,
			LocalDate to, LocalDate today) {
		LocalDate first = from;
		LocalDate last = to.isAfter(from) ? to : from.plusDays(1);
		for (Row row : rows) {
			first = row.start().isBefore(first) ? row.start() : first;
			last = row.end().isAfter(last) ? row.end() : last;
		}
		long days = ChronoUnit.DAYS.between(first, last.plusDays(1));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			int x = x(first, days, row.start());
			int end = x(first, days, row.end().plusDays(1));
			String label = row.label().length() > 44 ? row.label().substring(0, 43) + "…" : row.label();
			bars.add(new Bar(label, x, TOP + i * ROW, Math.max(3, end - x), row.late(), row.done()));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			LocalDate january = LocalDate.of(year, 1, 1);
			if (!january.isBefore(first)) {
				ticks.add(new Tick(Integer.toString(year), x(first, days, january)));
			}
		}
		Integer todayX = today.isBefore(first) || today.isAfter(last) ? null : x(first, days, today);
		int axisY = TOP + rows.size() * ROW + 4;
		return new GanttChart(id, title, description, LABEL_WIDTH + AREA + 20, axisY + 22, List.copyOf(bars),
				List.copyOf(ticks), todayX, axisY);
	}

	private static int x(LocalDate first, long days, LocalDate day) {
		return LABEL_WIDTH + (int) Math.round(AREA * (double) ChronoUnit.DAYS.between(first, day) / days);
	}

	public int areaX() {
		return LABEL_WIDTH;
	}

	public int areaEndX() {
		return LABEL_WIDTH + AREA;
	}

}
