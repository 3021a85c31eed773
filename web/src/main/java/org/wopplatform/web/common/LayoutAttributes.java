package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: links to this same page in each language. */
@ControllerAdvice
class LayoutAttributes {

	/**
	 * A link to this page in one language. Public, as the types the layout, the record,
	 * the search and the start pages read: Spring's expression compiler compiles only
	 * calls on public types, and interprets the others on every page.
	 */
	public record LanguageLink(String language, String name, String href, boolean current) {
	}

	private final PageLinks links;

	LayoutAttributes(PageLinks links) {
		this.links = links;
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(Locale locale) {
		return LanguageConfiguration.SUPPORTED.stream()
			.map(l -> new LanguageLink(l.getLanguage(), capitalised(l.getDisplayLanguage(l), l),
					links.withParameter("lang", l.getLanguage()), l.getLanguage().equals(locale.getLanguage())))
			.toList();
	}

	private static String capitalised(String name, Locale locale) {
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
