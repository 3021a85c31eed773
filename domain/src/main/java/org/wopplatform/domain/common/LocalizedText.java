package org.wopplatform.domain.common;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A text in English with the French and Spanish versions a source gives; a missing
 * translation falls back to English.
 */
public record LocalizedText(String en, @Nullable String fr, @Nullable String es) {

	public LocalizedText {
		Objects.requireNonNull(en, "en");
	}

	public String in(Locale locale) {
		String language = locale.getLanguage();
		if ("fr".equals(language) && fr != null) {
			return fr;
		}
		if ("es".equals(language) && es != null) {
			return es;
		}
		return en;
	}

	@Override
	public String toString() {
		return en;
	}

}
