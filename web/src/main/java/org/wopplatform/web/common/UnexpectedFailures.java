package org.wopplatform.web.common;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The last line for a failure nothing else answered: the reader gets the error page
 * (500), and the log gets one line when no one is signed in (anyone can send such
 * requests, and a stack trace per request would let them fill the disk) or the whole
 * stack trace for a signed-in person (whose requests are few and worth diagnosing).
 * Outside the security filters, which answer refusals (403, sign-in) themselves, so only
 * what nothing answered reaches it; who asked is read from the session.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnexpectedFailures extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedFailures.class);

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
				log.debug("The client of {} went away", request.getRequestURI());
				return;
			}
			log(request, failure);
			if (!response.isCommitted() && request.getDispatcherType() != DispatcherType.ERROR) {
				response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			}
		}
	}

	/** One line for an anonymous request, the stack trace for a signed-in one. */
	static void log(HttpServletRequest request, Throwable failure) {
		if (signedIn(request)) {
			log.error("Failed to answer {} {}", request.getMethod(), request.getRequestURI(), failure);
		}
		else {
			log.warn("Failed to answer {} {} for an anonymous reader: {}", request.getMethod(), request.getRequestURI(),
					FormFlow.firstLine(failure));
		}
	}

	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session;
		try {
			session = request.getSession(false);
			return session != null && isSignedIn(session);
		}
		catch (IllegalStateException invalidated) {
			return false;
		}
	}

	private static boolean isSignedIn(HttpSession session) {
		return session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null;
	}

}
