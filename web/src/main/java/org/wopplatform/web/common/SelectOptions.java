package org.wopplatform.web.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The options of the long lists in the search form, written in one pass:
 * {@code th:utext="${selectOptions.countries(#locale, filters.country)}"} inside a
 * {@code <select>}. Bound to a form field ({@code th:field}), Thymeleaf asks Spring's
 * binding whether each option is the chosen one: for the 250 countries of the search form
 * that was most of the page's time. Values and names are escaped; the chosen value (an
 * exact match, as {@code th:field} compares) is marked {@code selected}. The controller
 * puts it in the model (unescaped text may not call beans by name).
 */
@Component
public class SelectOptions {

	private final ReferenceData reference;

	SelectOptions(ReferenceData reference) {
		this.reference = reference;
	}

	/** The countries, by name in the reader's language. */
	public String countries(Locale locale, @Nullable String chosen) {
		return html(reference.countries(locale), ReferenceData.CountryRef::code, c -> c.name().in(locale), chosen);
	}

	/** The working areas that may be chosen, in their order. */
	public String workingAreas(Locale locale, @Nullable String chosen) {
		return html(reference.workingAreas(), ReferenceData.WorkingAreaRef::code, w -> w.name().in(locale), chosen);
	}

	/** The SDG targets, by code. */
	public String targets(@Nullable String chosen) {
		return html(reference.targets(), ReferenceData.TargetRef::code, ReferenceData.TargetRef::code, chosen);
	}

	static <T> String html(List<T> items, Function<T, String> value, Function<T, String> label,
			@Nullable String chosen) {
		StringBuilder html = new StringBuilder(items.size() * 48);
		for (T item : items) {
			String code = value.apply(item);
			html.append("<option value=\"").append(Html.text(code)).append('"');
			if (code.equals(chosen)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(Html.text(label.apply(item))).append("</option>");
		}
		return html.toString();
	}

}
