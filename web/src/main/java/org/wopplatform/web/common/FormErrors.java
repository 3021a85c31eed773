package org.wopplatform.web.common;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts a {@link FieldProblem} next to its field, or at the top of the form when it has
 * none.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void show(FieldProblem problem, BindingResult result) {
		String field = problem.field();
		if (field != null && hasField(result, field)) {
			result.rejectValue(field, problem.code(), problem.arguments(), null);
		}
		else {
			result.reject(problem.code(), problem.arguments(), null);
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		try {
			return target != null && PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(field);
		}
		catch (NotReadablePropertyException ex) {
			return false;
		}
	}

}
