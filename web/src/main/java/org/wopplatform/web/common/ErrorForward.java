package org.wopplatform.web.common;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answers a request that a filter refuses with the application's error page, in the
 * reader's language, without anything reading its parameters or body again (they are what
 * was refused): the page is produced as for a GET with no parameters, query or body.
 */
final class ErrorForward {

	/**
	 * Request attribute: the message key of why the request was refused, shown on the
	 * page.
	 */
	static final String REASON = ErrorForward.class.getName() + ".reason";

	private ErrorForward() {
	}

	static void forward(HttpServletRequest request, HttpServletResponse response, int status, @Nullable String reason)
			throws ServletException, IOException {
		HttpServletRequest unread = new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}

			@Override
			public @Nullable String getQueryString() {
				return null;
			}

			/** No body either: a multipart one is not parsed again. */
			@Override
			public @Nullable String getContentType() {
				return null;
			}

			@Override
			public @Nullable String getParameter(String name) {
				return null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Map.of();
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.emptyEnumeration();
			}

			@Override
			public String @Nullable [] getParameterValues(String name) {
				return null;
			}
		};
		unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		if (reason != null) {
			unread.setAttribute(REASON, reason);
		}
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(unread, response);
	}

}
