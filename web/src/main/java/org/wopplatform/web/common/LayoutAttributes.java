package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: links to this same page in each language. */
@ControllerAdvice
class LayoutAttributes {

	record LanguageLink(String language, String name, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		return LanguageConfiguration.SUPPORTED.stream()
			.map(l -> new LanguageLink(l.getLanguage(), capitalised(l.getDisplayLanguage(l), l),
					UriComponentsBuilder.fromPath(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam("lang", l.getLanguage())
						.build(true)
						.toUriString(),
					l.getLanguage().equals(locale.getLanguage())))
			.toList();
	}

	private static String capitalised(String name, Locale locale) {
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
