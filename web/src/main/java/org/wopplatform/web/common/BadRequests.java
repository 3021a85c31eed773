package org.wopplatform.web.common;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * What is wrong with a request rather than with the platform, answered with the error
 * page in the reader's language and, where it helps, why: form fields the application
 * does not have ({@code q[0]=x}), a parameter that is not plain text
 * ({@link PlainTextBinding}), a multipart body that cannot be read (no boundary), and the
 * last resort for a change that lost a race outside a form ({@link FormFlow} handles
 * those of forms, with the input kept): someone else changed or created the same thing at
 * the same moment, 409.
 */
@ControllerAdvice
class BadRequests {

	private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

	@ExceptionHandler(InvalidPropertyException.class)
	void unknownField(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unusableParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		PlainTextBinding.RefusedText.in(ex)
			.ifPresent(refused -> request.setAttribute(ErrorForward.REASON, refused.code()));
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	@ExceptionHandler(MultipartException.class)
	void unreadableMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.debug("Unreadable multipart body on {}: {}", request.getRequestURI(), ex.getMessage());
		request.setAttribute(ErrorForward.REASON, QueryStringCheck.MALFORMED);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	void lostRace(ConcurrencyFailureException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.info("Concurrent change refused on {}: {}", request.getRequestURI(), ex.getClass().getSimpleName());
		request.setAttribute(ErrorForward.REASON, FormFlow.CONFLICT);
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

	/**
	 * Only a unique key taken a moment earlier is a race (409); any other constraint that
	 * refuses a change is a missing check, a defect: 500, logged as every unexpected
	 * failure is.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	void refusedByTheDatabase(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!FormFlow.isDuplicate(ex)) {
			UnexpectedFailures.log(request, ex);
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			return;
		}
		log.info("Change collided with a unique key on {}: {}", request.getRequestURI(), FormFlow.firstLine(ex));
		request.setAttribute(ErrorForward.REASON, FormFlow.DUPLICATE);
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
