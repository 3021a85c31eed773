package org.wopplatform.web.common;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error pages (the {@code error.html} template, in the reader's language),
 * with one change: opening {@code /error} directly is "not found", not a server error.
 * Stack traces, messages and exceptions are never included (the defaults of
 * {@link ErrorProperties}).
 */
@Controller
class ErrorPages extends BasicErrorController {

	ErrorPages(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, new ErrorProperties(), resolvers);
	}

	/** Why a request was refused, where a filter or handler said so (a message key). */
	@Override
	protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object reason = request.getAttribute(ErrorForward.REASON);
		if (reason instanceof String key) {
			attributes.put("reason", key);
		}
		return attributes;
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

}
