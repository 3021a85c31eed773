package org.wopplatform.web.common;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

	/**
	 * A list's options written once per language, with where each value's option would be
	 * marked chosen: the form is on every search page, and writing its 250 countries
	 * again for each was 3 % of a search's processor time. Kept while the reference list
	 * is the same object (the reference data gives a new one when it changes).
	 */
	private record Written(List<?> items, String html, Map<String, Integer> chosenAt) {
	}

	private final Map<String, Written> written = new ConcurrentHashMap<>();

	/** The countries, by name in the reader's language. */
	public String countries(Locale locale, @Nullable String chosen) {
		return kept("countries " + locale, reference.countries(locale), ReferenceData.CountryRef::code,
				c -> c.name().in(locale), chosen);
	}

	/** The working areas that may be chosen, in their order. */
	public String workingAreas(Locale locale, @Nullable String chosen) {
		return kept("areas " + locale, reference.workingAreas(), ReferenceData.WorkingAreaRef::code,
				w -> w.name().in(locale), chosen);
	}

	/** The SDG targets, by code. */
	public String targets(@Nullable String chosen) {
		return kept("targets", reference.targets(), ReferenceData.TargetRef::code, ReferenceData.TargetRef::code,
				chosen);
	}

	private <T> String kept(String list, List<T> items, Function<T, String> value, Function<T, String> label,
			@Nullable String chosen) {
		Written options = written.get(list);
		if (options == null || options.items() != items) {
			options = write(items, value, label);
			written.put(list, options);
		}
		Integer at = chosen == null ? null : options.chosenAt().get(chosen);
		if (at == null) {
			return options.html();
		}
		return new StringBuilder(options.html().length() + SELECTED.length()).append(options.html(), 0, at)
			.append(SELECTED)
			.append(options.html(), at, options.html().length())
			.toString();
	}

	private static final String SELECTED = " selected=\"selected\"";

	/** The options with none chosen, and where each value's would be marked chosen. */
	private static <T> Written write(List<T> items, Function<T, String> value, Function<T, String> label) {
		StringBuilder html = new StringBuilder(items.size() * 48);
		Map<String, Integer> chosenAt = new HashMap<>();
		for (T item : items) {
			String code = value.apply(item);
			html.append("<option value=\"").append(Html.text(code)).append('"');
			chosenAt.putIfAbsent(code, html.length());
			html.append('>').append(Html.text(label.apply(item))).append("</option>");
		}
		return new Written(items, html.toString(), Map.copyOf(chosenAt));
	}

}
