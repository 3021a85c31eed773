package org.wopplatform.reporting.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bar chart's labels are never cut short: a long one wraps and its row grows. */
class BarChartTests {

	@Test
	void aLongLabelWrapsBetweenWordsAndKeepsEveryWord() {
		String label = "6.1 – By 2030, achieve universal and equitable access to safe and affordable drinking water for all";
		BarChart chart = BarChart.of("c", "t", "d", List.of(new BarChart.Row(label, 3), new BarChart.Row("Kenya", 1)));
		BarChart.Bar first = chart.bars().get(0);
		assertThat(first.lines()).hasSizeGreaterThan(1)
			.allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(BarChart.LINE_CHARACTERS));
		assertThat(String.join(" ", first.lines())).isEqualTo(label);
		assertThat(first.label()).isEqualTo(label);
		BarChart.Bar second = chart.bars().get(1);
		assertThat(second.y()).isGreaterThanOrEqualTo(first.lineY(first.lines().size() - 1));
		assertThat(chart.height()).isGreaterThan(second.y());
	}

}
