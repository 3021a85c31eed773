package org.wopplatform.web.opendata;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the API as JSON ({@code {"error": "..."}}), never the HTML error page: a bad
 * parameter is 400 with what was wrong, a record that is not published 404. Ahead of the
 * application-wide advice, and for these controllers only.
 */
@RestControllerAdvice(assignableTypes = { PartnershipApiController.class, IatiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

	@ExceptionHandler(BadApiRequest.class)
	ResponseEntity<Map<String, String>> badParameter(BadApiRequest ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getName() + " must be a whole number");
	}

	/** Parameters that name no field of the API, such as {@code q[0]=x}. */
	@ExceptionHandler({ InvalidPropertyException.class, BindException.class })
	ResponseEntity<Map<String, String>> unknownParameter(Exception ex) {
		log.debug("API request with unusable parameters: {}", ex.getMessage());
		return body(HttpStatus.BAD_REQUEST, "Unusable parameters");
	}

}
