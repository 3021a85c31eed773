package org.wopplatform.web.common;

import java.util.Locale;

import jakarta.servlet.ServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * For the tests that render a former template and the markup written in Java that
 * replaced it, and compare the two: a page's context outside any request's handling, and
 * markup compared whatever its line breaks.
 */
public final class TemplateRendering {

	private TemplateRendering() {
	}

	/** A page's context in the language given, under the application's path given. */
	public static WebContext context(ServletContext servletContext, Locale locale, String applicationPath) {
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		request.setContextPath(applicationPath);
		return new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse()), locale);
	}

	/**
	 * The same markup, whatever the line breaks and indentation around its elements (the
	 * spaces within a line, such as those between countries, count).
	 */
	public static String normalised(String html) {
		return html.replaceAll("\\s*\\n\\s*", "");
	}

}
