package org.wopplatform.web.common;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text written into markup in Java is escaped as Thymeleaf's {@code th:text} and Spring's
 * escaper escape it, so that a name or title typed with markup in it shows as typed.
 */
class HtmlTests {

	@Test
	void markupInTextShowsAsTyped() {
		assertThat(Html.text("<b>Tom & Jerry's \"pipes\"</b>"))
			.isEqualTo("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;pipes&quot;&lt;/b&gt;");
		assertThat(Html.text("Côte d’Ivoire — ГУП «Водоканал»")).isEqualTo("Côte d’Ivoire — ГУП «Водоканал»");
		assertThat(Html.text("")).isEmpty();
		assertThat(Html.text("&")).isEqualTo("&amp;");
	}

	@Test
	void everyTextIsEscapedAsSpringEscapesIt() {
		Random random = new Random(20261207);
		String alphabet = "&<>\"'a é—\n\t;#0";
		for (int n = 0; n < 5000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(Html.text(text.toString())).as(text.toString())
				.isEqualTo(HtmlUtils.htmlEscape(text.toString(), "UTF-8"));
		}
	}

}
