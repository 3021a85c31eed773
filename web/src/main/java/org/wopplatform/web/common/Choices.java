package org.wopplatform.web.common;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;

/**
 * The check every service makes on a code chosen from a reference list, the counterpart
 * of what forms offer ({@link ReferenceData#choices}): an entry that is not retired, or
 * one the record already has.
 */
public final class Choices {

	private Choices() {
	}

	/**
	 * Refuses, next to the field, a code the list does not have or has retired (unless
	 * the record already has it: kept is its code, its codes, or null for a new record).
	 */
	public static void require(List<? extends ReferenceData.Choice> list, String code, @Nullable Object kept,
			String field) {
		if (!ReferenceData.choosable(list, code, kept)) {
			boolean known = list.stream().anyMatch(e -> e.code().equals(code));
			throw new FieldProblem(field, known ? "reference.retired" : "reference.unknown");
		}
	}

}
