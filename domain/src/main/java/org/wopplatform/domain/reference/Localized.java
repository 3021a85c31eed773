package org.wopplatform.domain.reference;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Picks the text for a language among the English, French and Spanish versions a source gives,
 * falling back to English where the source has no translation.
 */
final class Localized {

	private Localized() {
	}

	static String pick(Locale locale, String en, @Nullable String fr, @Nullable String es) {
		String language = locale.getLanguage();
		if ("fr".equals(language) && fr != null) {
			return fr;
		}
		if ("es".equals(language) && es != null) {
			return es;
		}
		return en;
	}

}
