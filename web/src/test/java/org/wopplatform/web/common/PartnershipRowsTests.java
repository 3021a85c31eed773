package org.wopplatform.web.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSummary;
import org.wopplatform.persistence.partnership.PartyName;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership lists' rows written by {@link PartnershipRows} are the rows the
 * template wrote before (kept as {@code templates/test/partnership-rows-before.html}), in
 * each language: the demo data's published partnerships, with and without an
 * organisation's roles, and a record with markup in its texts, no acronyms, no dates, and
 * a network.
 */
@SpringBootTest
class PartnershipRowsTests {

	@Autowired
	private SpringTemplateEngine templates;

	@Autowired
	private ApplicationContext application;

	@Autowired
	private ServletContext servletContext;

	@Autowired
	private PartnershipListQueries lists;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es" })
	void theRowsAreTheTemplatesRowsInEachLanguage(String language) {
		List<PartnershipSummary> rows = new ArrayList<>(lists.published(PageRequest.of(0, 50)).getContent());
		rows.add(awkward(PartnershipKind.WOP));
		rows.add(awkward(PartnershipKind.NETWORK));
		Locale locale = Locale.forLanguageTag(language);
		assertThat(rows).hasSizeGreaterThan(5);

		for (Long roleOf : new Long[] { null, rows.get(0).parties().get(0).organisationId(), 7L }) {
			String before = render("test/partnership-rows-before", rows, roleOf, locale);
			String now = render("test/partnership-rows", rows, roleOf, locale);
			assertThat(TemplateRendering.normalised(now)).isEqualTo(TemplateRendering.normalised(before));
		}
		assertThat(render("test/partnership-rows", rows, null, locale))
			.contains("&lt;b&gt;Tom &amp; Jerry&#39;s &quot;pipes&quot;&lt;/b&gt;");
	}

	private static PartnershipSummary awkward(PartnershipKind kind) {
		LocalizedText country = new LocalizedText("Côte d'Ivoire <1>", "Côte d’Ivoire", null);
		return new PartnershipSummary(999_000 + kind.ordinal(), "X&Y-1", "<b>Tom & Jerry's \"pipes\"</b>", kind,
				PartnershipStatus.FINALISATION, kind == PartnershipKind.WOP ? null : PartialDate.year(2019), null,
				List.of(new PartyName(7, "Société \"des eaux\" & <co>", null, "CI", country, PartnerRole.LEAD_MENTOR),
						new PartyName(8, "Mentee's utility", "M&U", "CI", country, PartnerRole.LEAD_MENTEE),
						new PartyName(9, "Funder", "F", null, null, PartnerRole.FUNDER)),
				List.of(new LocalizedText("Area <x> & 'y'", null, null)));
	}

	private String render(String template, List<PartnershipSummary> rows, Long roleOf, Locale locale) {
		WebContext context = TemplateRendering.context(servletContext, locale, "");
		context.setVariables(Map.of("rows", rows, "reference", application.getBean("referenceData")));
		context.setVariable("roleOf", roleOf);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		return templates.process(template, context);
	}

}
