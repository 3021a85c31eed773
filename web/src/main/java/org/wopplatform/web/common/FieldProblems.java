package org.wopplatform.web.common;

import java.util.List;

/**
 * Several {@link FieldProblem}s found at once, so that every bad field of a form is shown
 * next to it in one go rather than one per attempt.
 */
public class FieldProblems extends RuntimeException {

	private final List<FieldProblem> problems;

	public FieldProblems(List<FieldProblem> problems) {
		super(problems.size() + " problems", null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
