package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.persistence.partnership.PartnershipSummary;
import org.wopplatform.persistence.partnership.PartyName;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rows of a list of partnerships (search, home, country, platform, SDG target and
 * utility pages), written in one pass: {@code #partnershipRows.of(page.content, roleOf)}
 * in {@code fragments/partnerships.html}. Written by the template, a page's twenty rows
 * were some six hundred processed attributes (links, parties, countries, years, status,
 * areas), most of a search page's time. The markup is the template's own, every text
 * escaped as {@code th:text} escapes it; {@code PartnershipRowsTests} compares them.
 */
@Component
public class PartnershipRows extends AbstractDialect implements IExpressionObjectDialect {

	private final MessageSource messages;

	private final PeriodFormat periods;

	private final ReferenceData reference;

	PartnershipRows(MessageSource messages, PeriodFormat periods, ReferenceData reference) {
		super("wop-partnership-rows");
		this.messages = messages;
		this.periods = periods;
		this.reference = reference;
	}

	/** The rows of one page, in its language and under its application path. */
	public final class Writer {

		private final Locale locale;

		private final String applicationPath;

		Writer(Locale locale, String applicationPath) {
			this.locale = locale;
			this.applicationPath = applicationPath;
		}

		/**
		 * The table's rows; with {@code roleOf} (an organisation's id), a column with
		 * that organisation's roles after the title.
		 */
		public String of(List<PartnershipSummary> partnerships, @Nullable Long roleOf) {
			StringBuilder html = new StringBuilder(partnerships.size() * 900);
			String to = Html.text(messages.getMessage("partnership.mentors.to", null, locale));
			for (PartnershipSummary p : partnerships) {
				html.append("<tr>\n<th scope=\"row\">\n<a class=\"title\" href=\"")
					.append(Html.text(applicationPath))
					.append("/partnerships/")
					.append(p.id())
					.append("\">")
					.append(Html.text(p.title()))
					.append("</a>\n<span class=\"code\">")
					.append(Html.text(p.referenceCode()))
					.append("</span>\n</th>\n");
				if (roleOf != null) {
					html.append("<td class=\"roles\">");
					List<PartnerRole> roles = p.rolesOf(roleOf);
					for (int i = 0; i < roles.size(); i++) {
						html.append(Html.text(reference.role(roles.get(i).name()).in(locale)));
						if (i < roles.size() - 1) {
							html.append(", ");
						}
					}
					html.append("</td>\n");
				}
				html.append("<td class=\"parties\">");
				if (p.kind() == PartnershipKind.WOP) {
					parties(html, p.mentors());
					html.append(
							"\n<span class=\"arrow\" aria-hidden=\"true\">→</span>\n<span class=\"visually-hidden\">")
						.append(to)
						.append("</span>\n");
					parties(html, p.mentees());
				}
				else {
					html.append("<span>")
						.append(Html.text(messages.getMessage("partnership.kind.NETWORK.partners",
								new Object[] { p.others().size() }, locale)))
						.append("</span>");
				}
				html.append("</td>\n<td>");
				List<LocalizedText> countries = p.countries();
				for (int i = 0; i < countries.size(); i++) {
					html.append("<span>")
						.append(Html.text(countries.get(i).in(locale) + (i < countries.size() - 1 ? ", " : "")))
						.append("</span>");
				}
				html.append("</td>\n<td class=\"years\">");
				String years = periods.years(p.start(), p.end(), locale);
				if (years.isEmpty()) {
					html.append("<span class=\"not-stated\">")
						.append(Html.text(messages.getMessage("partnership.years.notStated", null, locale)))
						.append("</span>");
				}
				else {
					html.append(Html.text(years));
				}
				html.append("</td>\n<td><span class=\"status status-")
					.append(p.status().name().toLowerCase(Locale.ROOT))
					.append("\">")
					.append(Html.text(messages.getMessage("partnership.status." + p.status().name(), null, locale)))
					.append("</span></td>\n<td>\n<ul class=\"tags\">");
				for (LocalizedText area : p.workingAreas()) {
					html.append("<li>").append(Html.text(area.in(locale))).append("</li>");
				}
				html.append("</ul>\n</td>\n</tr>\n");
			}
			return html.toString();
		}

		private void parties(StringBuilder html, List<PartyName> parties) {
			for (int i = 0; i < parties.size(); i++) {
				PartyName party = parties.get(i);
				if (party.acronym() != null) {
					html.append("<abbr title=\"")
						.append(Html.text(party.name()))
						.append("\">")
						.append(Html.text(party.acronym()))
						.append("</abbr>");
				}
				else {
					html.append("<span>").append(Html.text(party.name())).append("</span>");
				}
				if (i < parties.size() - 1) {
					html.append(", ");
				}
			}
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return PageObjects.perPage("partnershipRows",
				context -> new Writer(context.getLocale(), PageObjects.applicationPath(context)));
	}

}
