package org.wopplatform.web.brokering;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The working languages a request or offer can name (ISO 639-1): the UN's six, and those
 * most used by water utilities in WOP regions. Names are shown in the reader's language.
 */
@Component("languages")
public class Languages {

	static final List<String> CODES = List.of("ar", "bn", "en", "es", "fr", "hi", "id", "pt", "ru", "sw", "tr", "ur",
			"vi", "zh");

	public List<String> codes() {
		return CODES;
	}

	public String name(String code, Locale locale) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
