package org.wopplatform.web.common;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Requests that name form fields the application does not have (such as {@code q[0]=x})
 * are bad requests, shown with the 400 page, not server errors.
 */
@ControllerAdvice
class BadRequests {

	@ExceptionHandler(InvalidPropertyException.class)
	void unknownField(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
