package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;

import org.springframework.validation.Errors;

/**
 * Rows of a working area with a text (a request's needs, an offer's strengths, with their
 * evidence), as typed: empty rows are ignored; a row missing its area or its text, an
 * unknown area or an area given twice is a problem next to that row's field.
 */
public final class AreaRows {

	/** Rows a form offers at least; a stored list gets two empty rows beyond its own. */
	static final int SHOWN = 5;

	private AreaRows() {
	}

	/** One row: a working area and what is said of it there. */
	public static class Row implements java.io.Serializable {

		private @Nullable String area;

		@Size(max = 2000)
		private @Nullable String text;

		public Row() {
		}

		Row(String area, String text) {
			this.area = area;
			this.text = text;
		}

		public @Nullable String getArea() {
			return area;
		}

		public void setArea(@Nullable String area) {
			this.area = area;
		}

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

	}

	/**
	 * The rows of a stored area → text map, in area order, with empty rows to add more.
	 */
	static List<Row> of(Map<String, String> byArea) {
		List<Row> rows = new ArrayList<>();
		byArea.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> rows.add(new Row(entry.getKey(), entry.getValue())));
		return padded(rows);
	}

	/**
	 * The rows with empty ones added: at least {@link #SHOWN}, and two beyond those
	 * typed.
	 */
	static List<Row> padded(List<Row> rows) {
		int wanted = Math.max(SHOWN, rows.size() + 2);
		while (rows.size() < wanted) {
			rows.add(new Row());
		}
		return rows;
	}

	/**
	 * Adds an error next to each row missing its area or its text, naming an unknown area
	 * or an area a second time, and one on the list when no row is filled in.
	 * @param knownArea whether a working area's code is in the reference list
	 * @param list the form's list property ("needs")
	 * @param textRequired the message when a row has no text
	 * @param listRequired the message when no row is filled in
	 */
	static void check(Errors errors, List<Row> rows, Predicate<String> knownArea, String list, String textRequired,
			String listRequired) {
		Set<String> seen = new HashSet<>();
		boolean any = false;
		for (int i = 0; i < rows.size(); i++) {
			String code = PlainText.orNull(rows.get(i).getArea());
			String words = PlainText.orNull(rows.get(i).getText());
			if (code == null && words == null) {
				continue;
			}
			any = true;
			String areaField = list + "[" + i + "].area";
			String textField = list + "[" + i + "].text";
			if (code == null) {
				errors.rejectValue(areaField, "request.need.area.required");
			}
			else if (!knownArea.test(code)) {
				errors.rejectValue(areaField, "reference.unknown");
			}
			else if (!seen.add(code)) {
				errors.rejectValue(areaField, "request.need.area.twice");
			}
			if (words == null && !errors.hasFieldErrors(textField)) {
				errors.rejectValue(textField, textRequired);
			}
		}
		if (!any && !errors.hasFieldErrors(list)) {
			errors.rejectValue(list, listRequired);
		}
	}

	/** Area code → text of the rows filled in, in the order typed. */
	static Map<String, String> read(List<Row> rows) {
		Map<String, String> read = new LinkedHashMap<>();
		for (Row row : rows) {
			String code = PlainText.orNull(row.getArea());
			String words = PlainText.orNull(row.getText());
			if (code != null && words != null) {
				read.putIfAbsent(code, words);
			}
		}
		return read;
	}

}
