package org.wopplatform.web.common;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose body is larger than {@code wop.web.max-request-size} (default 10
 * MB) with 413 and the error page, before anything reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long limit;

	RequestSizeLimit(@Value("${wop.web.max-request-size:10MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			// Show the error page without ever reading the body: forward as a GET with no
			// parameters.
			HttpServletRequest unread = new HttpServletRequestWrapper(request) {
				@Override
				public String getMethod() {
					return "GET";
				}

				@Override
				public String getParameter(String name) {
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
				public String[] getParameterValues(String name) {
					return null;
				}
			};
			unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			request.getRequestDispatcher("/error").forward(unread, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
