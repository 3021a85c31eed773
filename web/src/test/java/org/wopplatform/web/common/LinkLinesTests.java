package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start pages' rows written by {@link LinkLines} are those the template wrote before
 * (kept as {@code templates/test/link-lines-before.html}), under the application's path,
 * with markup in every text.
 */
@SpringBootTest
class LinkLinesTests {

	record Row(String href, String text, String detail, @Nullable String comment) implements LinkLines.Line {
	}

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private ServletContext servletContext;

	@Test
	void theRowsAreTheTemplatesRows() {
		List<Row> lines = List.of(
				new Row("/partnerships/1/reports?year=2025&half=1", "VEI – MWAUWASA · 2025", "Submitted on 3 Mar 2026",
						null),
				new Row("/partnerships/2", "<b>Tom & Jerry's \"pipes\"</b>", "Returned <1>",
						"Add the 'water' balance & <more>"));
		for (String applicationPath : new String[] { "", "/wop" }) {
			String before = render("test/link-lines-before", lines, applicationPath);
			String now = render("test/link-lines", lines, applicationPath);
			assertThat(TemplateRendering.normalised(now)).isEqualTo(TemplateRendering.normalised(before));
			assertThat(now).contains("href=\"" + applicationPath + "/partnerships/1/reports?year=2025&amp;half=1\"")
				.contains("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;pipes&quot;&lt;/b&gt;");
		}
	}

	private String render(String template, List<Row> lines, String applicationPath) {
		WebContext context = TemplateRendering.context(servletContext, Locale.ENGLISH, applicationPath);
		context.setVariable("lines", lines);
		return templates.process(template, context);
	}

}
