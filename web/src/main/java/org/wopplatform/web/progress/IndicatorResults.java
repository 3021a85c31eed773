package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.expression.Messages;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.Progress;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.record.PartnershipRecord.IndicatorLine;
import org.wopplatform.persistence.progress.ApprovedValues;
import org.wopplatform.persistence.progress.ApprovedValues.PeriodValue;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.web.common.Decimals;
import org.wopplatform.web.common.Html;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a partnership as its page shows them: each indicator with baseline,
 * target, approved values per period (approved reports only), progress toward the target
 * in the indicator's better direction, and a small line chart. Two SQL statements
 * whatever the data ({@link #of(long)}), or none from the rows the record page's read
 * model brought ({@link #of(List, List)}).
 */
@Component
public class IndicatorResults {

	static final int WIDTH = 480;

	static final int HEIGHT = 200;

	static final int PAD = 36;

	private final IndicatorRepository indicators;

	private final ApprovedValues approved;

	IndicatorResults(IndicatorRepository indicators, ApprovedValues approved) {
		this.indicators = indicators;
		this.approved = approved;
	}

	public record Point(String period, BigDecimal value, double x, double y) {
	}

	public record Chart(int width, int height, List<Point> points, @Nullable Double baselineY, @Nullable Double targetY,
			String polyline) {

		/**
		 * The circles below, each value written in the page's number format here (as the
		 * record page's template wrote them before {@link Result#html};
		 * IndicatorBlockTests renders that template to compare).
		 */
		public String circles(Decimals decimals) {
			return circles(points.stream().map(p -> decimals.two(p.value())).toList());
		}

		/**
		 * The points as SVG circles, each with its period and value (as written in the
		 * page's number format, one per point) as its tooltip. Periods and numbers are
		 * escaped all the same.
		 */
		String circles(List<String> written) {
			StringBuilder svg = new StringBuilder(points.size() * 80);
			for (int i = 0; i < points.size(); i++) {
				Point p = points.get(i);
				svg.append("<circle class=\"value\" r=\"4\" cx=\"")
					.append(p.x())
					.append("\" cy=\"")
					.append(p.y())
					.append("\"><title>")
					.append(Html.text(p.period() + ": " + written.get(i)))
					.append("</title></circle>");
			}
			return svg.toString();
		}

	}

	public record Result(long id, String name, @Nullable String unit, @Nullable BigDecimal baseline,
			@Nullable BigDecimal target, List<Point> values, @Nullable BigDecimal progressPercent, Chart chart,
			boolean illustrative) {

		public @Nullable Point latest() {
			return values.isEmpty() ? null : values.get(values.size() - 1);
		}

		/**
		 * The indicator's block of a record page (heading, progress, chart, table),
		 * written in one pass: {@code th:utext="${r.html(#decimals, #messages)}"}. As the
		 * template wrote it (IndicatorBlockTests compares them), about thirty processed
		 * attributes an indicator, a third of a record page's.
		 */
		public String html(Decimals decimals, Messages messages) {
			// each value written once, for the chart and the table (the chart's
			// points are the values: result(...) builds both from one list)
			List<String> written = values.stream().map(p -> decimals.two(p.value())).toList();
			StringBuilder html = new StringBuilder(1200 + values.size() * 200);
			html.append("<div class=\"indicator\">\n<h3 id=\"indicator-")
				.append(id)
				.append("\">")
				.append(Html.text(unit != null ? name + " (" + unit + ")" : name))
				.append("</h3>\n");
			if (illustrative) {
				html.append("<p class=\"alert alert-info illustrative\">")
					.append(Html.text(messages.msg("results.illustrative")))
					.append("</p>\n");
			}
			if (progressPercent != null) {
				html.append("<p class=\"progress\">")
					.append(Html.text(messages.msgWithParams("results.progress", new Object[] { progressPercent })))
					.append("</p>\n");
			}
			if (!values.isEmpty()) {
				html.append(
						"<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" viewBox=\"0 0 ")
					.append(chart.width())
					.append(' ')
					.append(chart.height())
					.append("\" aria-labelledby=\"chart-title-")
					.append(id)
					.append(" chart-desc-")
					.append(id)
					.append("\">\n<title id=\"chart-title-")
					.append(id)
					.append("\">")
					.append(Html.text(name))
					.append("</title>\n<desc id=\"chart-desc-")
					.append(id)
					.append("\">")
					.append(Html
						.text(messages.msgWithParams("results.chartDescription", new Object[] { values.size() })))
					.append("</desc>\n");
				line(html, "baseline", chart.baselineY());
				line(html, "target", chart.targetY());
				html.append("<polyline class=\"values\" points=\"")
					.append(Html.text(chart.polyline()))
					.append("\"/>\n")
					.append(chart.circles(written))
					.append("\n</svg>\n<figcaption>")
					.append(Html.text(messages.msg("results.legend")))
					.append("</figcaption>\n</figure>\n");
			}
			html.append("<table>\n<caption class=\"visually-hidden\">")
				.append(Html.text(name))
				.append("</caption>\n<thead><tr><th scope=\"col\">")
				.append(Html.text(messages.msg("results.period")))
				.append("</th><th scope=\"col\">")
				.append(Html.text(messages.msg("results.value")))
				.append("</th></tr></thead>\n<tbody>\n");
			limit(html, messages.msg("results.baseline"), baseline, decimals);
			html.append(rows(written)).append('\n');
			limit(html, messages.msg("results.target"), target, decimals);
			return html.append("</tbody>\n</table>\n</div>\n").toString();
		}

		private void line(StringBuilder html, String kind, @Nullable Double y) {
			if (y != null) {
				html.append("<line class=\"")
					.append(kind)
					.append("\" x1=\"0\" x2=\"")
					.append(chart.width())
					.append("\" y1=\"")
					.append(y)
					.append("\" y2=\"")
					.append(y)
					.append("\"/>\n");
			}
		}

		private static void limit(StringBuilder html, String label, @Nullable BigDecimal value, Decimals decimals) {
			if (value != null) {
				html.append("<tr><th scope=\"row\">")
					.append(Html.text(label))
					.append("</th><td class=\"number\">")
					.append(Html.text(decimals.two(value)))
					.append("</td></tr>\n");
			}
		}

		/**
		 * The rows below, each value written in the page's number format here (as the
		 * record page's template wrote them before {@link #html}; IndicatorBlockTests
		 * renders that template to compare).
		 */
		public String rows(Decimals decimals) {
			return rows(values.stream().map(p -> decimals.two(p.value())).toList());
		}

		/**
		 * The approved values as rows of the indicator's table: period, and value as
		 * written in the page's number format (one per value).
		 */
		String rows(List<String> written) {
			StringBuilder html = new StringBuilder(values.size() * 64);
			for (int i = 0; i < values.size(); i++) {
				html.append("<tr><th scope=\"row\">")
					.append(Html.text(values.get(i).period()))
					.append("</th><td class=\"number\">")
					.append(Html.text(written.get(i)))
					.append("</td></tr>");
			}
			return html.toString();
		}

	}

	@Transactional(readOnly = true)
	public List<Result> of(long partnershipId) {
		List<Indicator> all = indicators.findByPartnership(partnershipId);
		if (all.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PeriodValue>> values = approved.ofPartnership(partnershipId)
			.stream()
			.collect(Collectors.groupingBy(PeriodValue::indicatorId));
		return of(all.stream()
			.map(i -> new IndicatorLine(java.util.Objects.requireNonNull(i.id()), i.name(), i.unit(), i.baselineValue(),
					i.targetValue(), i.betterDirection(), i.isIllustrative()))
			.toList(), values);
	}

	/**
	 * The results of the indicators given, from their approved values (in the order of
	 * indicator, year and half-year): what the record page read in its one round trip.
	 */
	public List<Result> of(List<IndicatorLine> indicators, List<PeriodValue> approvedValues) {
		Map<Long, List<PeriodValue>> values = approvedValues.stream()
			.collect(Collectors.groupingBy(PeriodValue::indicatorId));
		return of(indicators, values);
	}

	private static List<Result> of(List<IndicatorLine> indicators, Map<Long, List<PeriodValue>> values) {
		return indicators.stream().map(i -> result(i, values.getOrDefault(i.id(), List.of()))).toList();
	}

	private static Result result(IndicatorLine indicator, List<PeriodValue> values) {
		List<BigDecimal> scale = new ArrayList<>();
		values.forEach(v -> scale.add(v.value()));
		if (indicator.baselineValue() != null) {
			scale.add(indicator.baselineValue());
		}
		if (indicator.targetValue() != null) {
			scale.add(indicator.targetValue());
		}
		double min = scale.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
		double max = scale.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
		if (max - min < 1e-9) {
			max = min + 1;
		}
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			PeriodValue v = values.get(i);
			double x = values.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (values.size() - 1);
			points.add(new Point(new ReportingPeriod(v.year(), v.half()).toString(), v.value(), round(x),
					y(v.value().doubleValue(), min, max)));
		}
		Double baselineY = indicator.baselineValue() == null ? null
				: y(indicator.baselineValue().doubleValue(), min, max);
		Double targetY = indicator.targetValue() == null ? null : y(indicator.targetValue().doubleValue(), min, max);
		String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		BigDecimal progress = null;
		if (indicator.baselineValue() != null && indicator.targetValue() != null && !values.isEmpty()) {
			progress = Progress
				.toward(indicator.baselineValue(), indicator.targetValue(), values.get(values.size() - 1).value(),
						indicator.betterDirection())
				.map(p -> p.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP))
				.orElse(null);
		}
		return new Result(indicator.id(), indicator.name(), indicator.unit(), indicator.baselineValue(),
				indicator.targetValue(), points, progress,
				new Chart(WIDTH, HEIGHT, points, baselineY, targetY, polyline), indicator.illustrative());
	}

	private static double y(double value, double min, double max) {
		return round(HEIGHT - PAD / 2.0 - (value - min) / (max - min) * (HEIGHT - PAD));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
