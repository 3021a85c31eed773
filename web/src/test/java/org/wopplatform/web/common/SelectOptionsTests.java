package org.wopplatform.web.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search form's long lists, written once per language and kept: for every value
 * chosen (none, each one of the list, one it does not have), the same options as written
 * afresh, the chosen one marked; a renamed country shows once the reference data is read
 * again.
 */
@SpringBootTest
class SelectOptionsTests {

	@Autowired
	private SelectOptions options;

	@Autowired
	private ReferenceData reference;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	/** The options as written afresh, one by one. */
	private static <T> String fresh(List<T> items, Function<T, String> value, Function<T, String> label,
			@Nullable String chosen) {
		StringBuilder html = new StringBuilder();
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

	private static <T> List<@Nullable String> chosen(List<T> items, Function<T, String> value) {
		List<@Nullable String> chosen = new ArrayList<>();
		chosen.add(null);
		chosen.add("");
		chosen.add("ZZ-unknown");
		items.forEach(item -> chosen.add(value.apply(item)));
		return chosen;
	}

	@Test
	void everyChoiceGivesTheOptionsWrittenAfreshWithItMarked() {
		for (Locale locale : LanguageConfiguration.SUPPORTED) {
			List<ReferenceData.CountryRef> countries = reference.countries(locale);
			assertThat(countries).hasSizeGreaterThan(200);
			for (String chosen : chosen(countries, ReferenceData.CountryRef::code)) {
				assertThat(options.countries(locale, chosen)).as(locale + " " + chosen)
					.isEqualTo(fresh(countries, ReferenceData.CountryRef::code, c -> c.name().in(locale), chosen));
			}
			List<ReferenceData.WorkingAreaRef> areas = reference.workingAreas();
			for (String chosen : chosen(areas, ReferenceData.WorkingAreaRef::code)) {
				assertThat(options.workingAreas(locale, chosen)).as(locale + " " + chosen)
					.isEqualTo(fresh(areas, ReferenceData.WorkingAreaRef::code, w -> w.name().in(locale), chosen));
			}
		}
		List<ReferenceData.TargetRef> targets = reference.targets();
		for (String chosen : chosen(targets, ReferenceData.TargetRef::code)) {
			assertThat(options.targets(chosen)).as(chosen)
				.isEqualTo(fresh(targets, ReferenceData.TargetRef::code, ReferenceData.TargetRef::code, chosen));
		}
		assertThat(options.countries(Locale.FRENCH, "KE"))
			.contains("<option value=\"KE\" selected=\"selected\">Kenya</option>");
	}

	@Test
	void aRenamedCountryShowsOnceTheReferenceDataIsReadAgain() {
		String before = options.countries(Locale.ENGLISH, "KE");
		assertThat(before).contains(">Kenya</option>");
		try {
			transaction.executeWithoutResult(
					t -> jdbc.sql("update country set name_en = 'Kenya <renamed>' where code = 'KE'").update());
			reference.refresh();
			assertThat(options.countries(Locale.ENGLISH, "KE"))
				.contains("<option value=\"KE\" selected=\"selected\">Kenya &lt;renamed&gt;</option>")
				.doesNotContain(">Kenya</option>");
		}
		finally {
			transaction
				.executeWithoutResult(t -> jdbc.sql("update country set name_en = 'Kenya' where code = 'KE'").update());
			reference.refresh();
		}
		assertThat(options.countries(Locale.ENGLISH, "KE")).isEqualTo(before);
	}

}
