package org.wopplatform.reporting.chart;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a work plan's bars, year ticks and today's line fall. */
class GanttChartTests {

	@Test
	void barsSpanTheirDaysOnAYearAxisWithTodaysLineAndLateBarsMarked() {
		GanttChart chart = GanttChart.of("g", "Plan", "Two activities",
				List.of(new GanttChart.Row("First half of 2020", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30),
						true, false),
						new GanttChart.Row("2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), false, false)),
				LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2021, 1, 1));

		GanttChart.Bar first = chart.bars().get(0);
		GanttChart.Bar second = chart.bars().get(1);
		assertThat(first.x()).isEqualTo(chart.areaX());
		assertThat(second.endX()).isEqualTo(chart.areaEndX());
		assertThat(first.length()).as("half a year of two").isBetween(155, 165);
		assertThat(first.late()).isTrue();
		assertThat(second.y()).isGreaterThan(first.y());
		assertThat(chart.ticks()).extracting(GanttChart.Tick::label).containsExactly("2020", "2021");
		assertThat(chart.todayX()).isEqualTo(second.x());
		assertThat(chart.width()).isLessThanOrEqualTo(1000);
	}

	@Test
	void todayOutsideThePlanDrawsNoLineAndAnActivityBeyondTheRangeWidensIt() {
		GanttChart chart = GanttChart.of(
				"g", "Plan", "", List.of(new GanttChart.Row("Late start", LocalDate.of(2024, 1, 1),
						LocalDate.of(2025, 12, 31), false, false)),
				LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2030, 1, 1));

		assertThat(chart.todayX()).isNull();
		assertThat(chart.bars().get(0).endX()).isEqualTo(chart.areaEndX());
		assertThat(chart.ticks()).extracting(GanttChart.Tick::label).containsExactly("2024", "2025");
	}

}
