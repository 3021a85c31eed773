package org.wopplatform.web.common;

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
 * The layout's menu and footer written by {@link LayoutParts} are those the template
 * wrote before (kept as {@code templates/test/layout-parts-before.html}), in each
 * language, for each kind of reader, under the application's path; and a kind of reader
 * never gets another's menu from what is kept.
 */
@SpringBootTest
class LayoutPartsTests {

	/** Who reads the page, as the layout's template reads it. */
	public record Reader(@Nullable String name, boolean secretariat) {

		public boolean signedIn() {
			return name != null;
		}

	}

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private ServletContext servletContext;

	@Test
	void theMenuAndFooterAreTheTemplates() {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es") }) {
			for (Reader reader : new Reader[] { new Reader(null, false), new Reader("Staff", false),
					new Reader("Secretariat", true) }) {
				for (String applicationPath : new String[] { "", "/wop" }) {
					String before = render("test/layout-parts-before", reader, locale, applicationPath);
					String now = render("test/layout-parts", reader, locale, applicationPath);
					assertThat(TemplateRendering.normalised(now)).as("%s, %s, %s", locale, reader, applicationPath)
						.isEqualTo(TemplateRendering.normalised(before));
					assertThat(now).contains("href=\"" + applicationPath + "/partnerships\"");
					assertThat(now.contains(applicationPath + "/work\"")).isEqualTo(reader.signedIn());
					assertThat(now.contains(applicationPath + "/admin/users\"")).isEqualTo(reader.secretariat());
				}
			}
		}
		assertThat(render("test/layout-parts", new Reader(null, false), Locale.FRENCH, ""))
			.contains(">Partenariats</a>");
	}

	private String render(String template, Reader reader, Locale locale, String applicationPath) {
		WebContext context = TemplateRendering.context(servletContext, locale, applicationPath);
		context.setVariable("reader", reader);
		return templates.process(template, context);
	}

}
