package org.wopplatform.web.common;

import org.jspecify.annotations.Nullable;

/**
 * A submitted value that the checks beyond the form's own annotations refuse (an unknown
 * reference, a rule of the field): the controller shows it next to {@link #field()} with
 * the message {@link #code()}.
 */
public class FieldProblem extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	private final Object[] arguments;

	public FieldProblem(@Nullable String field, String code, Object... arguments) {
		super(code, null, false, false);
		this.field = field;
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** The form field, or empty for a problem with the whole form. */
	public @Nullable String field() {
		return field;
	}

	public String code() {
		return code;
	}

	/** What the message needs beyond its key (a limit, a name). */
	public Object[] arguments() {
		return arguments.clone();
	}

}
