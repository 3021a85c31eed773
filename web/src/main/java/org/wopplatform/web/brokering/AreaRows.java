package org.wopplatform.web.brokering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.wopplatform.web.common.FieldProblem;

/**
 * Rows of a working area with a text (a request's needs, an offer's strengths, with their
 * evidence), as typed: empty rows are ignored; a row missing its area or its text, an
 * unknown area or an area given twice is a problem next to that row's field.
 */
final class AreaRows {

	private AreaRows() {
	}

	/**
	 * @param list the form's list property ("needs")
	 * @param textField the row's text property ("description")
	 * @param textRequired the message when a row has no text
	 * @return area code → text, in the order typed
	 */
	static <R> Map<String, String> read(List<R> rows, Function<R, @Nullable String> area,
			Function<R, @Nullable String> text, Predicate<String> knownArea, String list, String textField,
			String textRequired, List<FieldProblem> problems) {
		Map<String, String> read = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String code = SupportRequests.blank(area.apply(rows.get(i)));
			String words = SupportRequests.blank(text.apply(rows.get(i)));
			if (code == null && words == null) {
				continue;
			}
			String areaField = list + "[" + i + "].area";
			if (code == null) {
				problems.add(new FieldProblem(areaField, "request.need.area.required"));
			}
			else if (!knownArea.test(code)) {
				problems.add(new FieldProblem(areaField, "reference.unknown"));
			}
			else if (read.containsKey(code)) {
				problems.add(new FieldProblem(areaField, "request.need.area.twice"));
			}
			if (words == null) {
				problems.add(new FieldProblem(list + "[" + i + "]." + textField, textRequired));
			}
			if (code != null && words != null && knownArea.test(code)) {
				read.putIfAbsent(code, words);
			}
		}
		return read;
	}

}
