package org.wopplatform.web.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.persistence.reference.ReferenceEntries.Entry;
import org.wopplatform.persistence.reference.ReferenceList;
import org.wopplatform.persistence.reference.ReferenceList.Field;
import org.wopplatform.persistence.reference.ReferenceList.Kind;

import org.springframework.validation.Errors;

/**
 * An entry of a reference list as the secretariat types it: the code (new entries only),
 * the names in three languages and the fields of the list's own. Checked against its list
 * ({@link #check(ReferenceList, boolean, Set, Errors)}), each error next to its field.
 */
public class ReferenceEntryForm implements java.io.Serializable {

	private @Nullable String code;

	private @Nullable String nameEn;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private Map<String, @Nullable String> values = new LinkedHashMap<>();

	private List<String> countries = new ArrayList<>();

	private long version;

	static ReferenceEntryForm from(Entry entry) {
		ReferenceEntryForm form = new ReferenceEntryForm();
		form.code = entry.code();
		form.nameEn = entry.name().en();
		form.nameFr = entry.name().fr();
		form.nameEs = entry.name().es();
		form.values = new LinkedHashMap<>(entry.values());
		String joined = form.values.remove("countries");
		if (joined != null && !joined.isBlank()) {
			form.countries = new ArrayList<>(List.of(joined.split(",\\s*")));
		}
		form.version = entry.version();
		return form;
	}

	/**
	 * Adds the errors of what was typed: a code of the list's shape (new entries; made
	 * from the English name when left empty), an English name, names and fields within
	 * their lengths, a choice among the list's, countries that exist.
	 */
	void check(ReferenceList list, boolean creating, Set<String> knownCountries, Errors errors) {
		if (creating) {
			if (blank(code) && !blank(nameEn)) {
				code = proposedCode(list, nameEn);
			}
			if (blank(code)) {
				errors.rejectValue("code", "referenceList.code.required");
			}
			else {
				code = code.strip().toUpperCase(Locale.ROOT);
				if (code.length() > list.codeLength() || !code.matches(list.codePattern())) {
					errors.rejectValue("code", list == ReferenceList.CURRENCIES ? "referenceList.code.currency"
							: "referenceList.code.shape", new Object[] { list.codeLength() }, null);
				}
			}
		}
		if (blank(nameEn)) {
			errors.rejectValue("nameEn", "referenceList.name.required");
		}
		for (String name : List.of("nameEn", "nameFr", "nameEs")) {
			String value = (String) errors.getFieldValue(name);
			if (value != null && value.strip().length() > list.nameLength()) {
				errors.rejectValue(name, "referenceList.tooLong", new Object[] { list.nameLength() }, null);
			}
		}
		for (Field field : list.fields()) {
			if (field.fixed()) {
				continue;
			}
			if (field.kind() == Kind.COUNTRIES) {
				if (!knownCountries.containsAll(countries)) {
					errors.rejectValue("countries", "reference.unknown");
				}
				continue;
			}
			String path = "values[" + field.name() + "]";
			String value = values.get(field.name());
			if (blank(value)) {
				if (field.required()) {
					errors.rejectValue(path, "referenceList.field.required");
				}
			}
			else if (field.kind() == Kind.CHOICE && !field.options().contains(value)) {
				errors.rejectValue(path, "reference.unknown");
			}
			else if (value.strip().length() > field.maxLength()) {
				errors.rejectValue(path, "referenceList.tooLong", new Object[] { field.maxLength() }, null);
			}
		}
	}

	/** A code made from an English name: "Liters per day" → LITERS_PER_DAY. */
	static String proposedCode(ReferenceList list, String name) {
		String code = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", "_")
			.replaceAll("^[_0-9]+|_+$", "");
		return code.substring(0, Math.min(code.length(), list.codeLength()));
	}

	/** What was typed as the change to make (blank names and fields empty). */
	ReferenceListEditing.Change change(ReferenceList list) {
		Map<String, @Nullable String> typed = new LinkedHashMap<>();
		for (Field field : list.fields()) {
			if (field.kind() == Kind.COUNTRIES) {
				typed.put(field.name(), String.join(", ", countries.stream().sorted().toList()));
			}
			else {
				typed.put(field.name(), text(values.get(field.name())));
			}
		}
		return new ReferenceListEditing.Change(
				new LocalizedText(java.util.Objects.requireNonNull(text(nameEn)), text(nameFr), text(nameEs)), typed);
	}

	private static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getNameEn() {
		return nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = nameEn;
	}

	public @Nullable String getNameFr() {
		return nameFr;
	}

	public void setNameFr(@Nullable String nameFr) {
		this.nameFr = nameFr;
	}

	public @Nullable String getNameEs() {
		return nameEs;
	}

	public void setNameEs(@Nullable String nameEs) {
		this.nameEs = nameEs;
	}

	public Map<String, @Nullable String> getValues() {
		return values;
	}

	public void setValues(Map<String, @Nullable String> values) {
		this.values = values;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
