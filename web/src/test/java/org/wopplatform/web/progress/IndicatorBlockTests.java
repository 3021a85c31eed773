package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.context.WebContext;
import org.wopplatform.web.common.TemplateRendering;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.wopplatform.web.progress.IndicatorResults.Chart;
import org.wopplatform.web.progress.IndicatorResults.Point;
import org.wopplatform.web.progress.IndicatorResults.Result;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record page's indicator blocks written by {@link Result#html} are those the template
 * wrote before (kept as {@code templates/test/indicator-blocks-before.html}), in each
 * language: with and without unit, values, baseline, target and progress, illustrative or
 * not, with markup in the texts.
 */
@SpringBootTest
class IndicatorBlockTests {

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private ServletContext servletContext;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es" })
	void theBlocksAreTheTemplatesBlocksInEachLanguage(String language) {
		List<Point> points = List.of(new Point("2023", new BigDecimal("1234.5"), 36.0, 120.25),
				new Point("2024-H1", new BigDecimal("31"), 444.0, 18.0));
		List<Result> results = List
			.of(new Result(1, "Non-revenue water", "%", new BigDecimal("40"), new BigDecimal("25.5"), points,
					new BigDecimal("60.5"), new Chart(480, 200, points, 40.5, 160.0, "36.0,120.25 444.0,18.0"), false),
					new Result(2, "<b>Tom & Jerry's \"pipes\"</b>", null, null, null, List.of(), null,
							new Chart(480, 200, List.of(), null, null, ""), true),
					new Result(3, "Metered connections", "n° <x>", null, new BigDecimal("1000"), points.subList(0, 1),
							null, new Chart(480, 200, points.subList(0, 1), null, 20.0, "240.0,120.25"), true));
		Locale locale = Locale.forLanguageTag(language);

		String before = render("test/indicator-blocks-before", results, locale);
		String now = render("test/indicator-blocks", results, locale);

		assertThat(TemplateRendering.normalised(now)).isEqualTo(TemplateRendering.normalised(before));
		assertThat(now).contains("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;pipes&quot;&lt;/b&gt;");
	}

	private String render(String template, List<Result> results, Locale locale) {
		WebContext context = TemplateRendering.context(servletContext, locale, "");
		context.setVariable("results", results);
		return templates.process(template, context);
	}

}
