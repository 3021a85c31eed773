package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.web.common.FormValues;

/**
 * What a reported value and its comment must be, checked the same way wherever they come
 * in: the report form (its numbers read by the form's formatter, the same reading as
 * here) and bulk entry.
 */
final class ReportedValues {

	/** The longest comment on a value. */
	static final int COMMENT_MAX = 2000;

	/** Why a value is refused. */
	enum Problem {

		/** Not a number in the reader's format. */
		NOT_A_NUMBER,

		/** Outside what the indicator accepts (a percentage above 100, say). */
		OUT_OF_RANGE

	}

	/** A value as read: the number (empty for a blank one), or why it is refused. */
	record Read(@Nullable BigDecimal value, @Nullable Problem problem) {
	}

	private ReportedValues() {
	}

	/**
	 * @param indicator the indicator the value is for, when known (its range is checked)
	 * @param number the number a spreadsheet stored, if it stored one
	 * @param text the value as typed, read in the reader's number format
	 */
	static Read read(@Nullable Indicator indicator, @Nullable BigDecimal number, @Nullable String text, Locale locale) {
		BigDecimal value;
		try {
			value = number != null ? number : FormValues.measure(text, locale).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			return new Read(null, Problem.NOT_A_NUMBER);
		}
		if (indicator != null && outOfRange(indicator, value)) {
			return new Read(value, Problem.OUT_OF_RANGE);
		}
		return new Read(value, null);
	}

	/** Whether a value read is outside what its indicator accepts. */
	static boolean outOfRange(Indicator indicator, @Nullable BigDecimal value) {
		return value != null && !indicator.accepts(value);
	}

	/** The message key of what is wrong with a comment, if anything. */
	static Optional<String> commentProblem(@Nullable String comment) {
		if (comment == null) {
			return Optional.empty();
		}
		Optional<PlainText.Problem> text = PlainText.problemIn(comment);
		if (text.isPresent()) {
			return Optional.of(text.get().code());
		}
		return comment.length() > COMMENT_MAX ? Optional.of("report.comment.tooLong") : Optional.empty();
	}

}
