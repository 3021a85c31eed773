package org.wopplatform.web.common;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The page for requests Tomcat refuses before the application sees them (an address with
 * malformed percent-encoding such as {@code /partnerships/%zz}, or a NUL in the path):
 * the application's own short error page in the reader's language (their language cookie,
 * then their browser's), with its stylesheet, instead of Tomcat's English one. Nothing is
 * logged: the mistake is the sender's. Everything the application itself answers goes
 * through {@link ErrorPages} as usual; this valve writes only when nothing else has.
 */
@Component
class ConnectorErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Tomcat's error report valve, writing the application's page. */
	public static class Valve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, @Nullable Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Locale locale = localeOf(request);
			String title = text(locale, "error.title", "This page cannot be shown");
			String explanation = text(locale, status < 500 ? "error.400" : "error.500",
					"The request could not be understood.");
			String home = text(locale, "error.backHome", "Back to the partnerships");
			String page = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
					+ Html.text(title) + "</title><link rel=\"stylesheet\" href=\"/css/wop.css\"></head>"
					+ "<body><main id=\"main\"><section><h1>" + Html.text(title) + "</h1><p>" + Html.text(explanation)
					+ "</p><p class=\"code\">" + status + "</p><p><a href=\"/\">" + Html.text(home)
					+ "</a></p></section></main></body></html>";
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The connection is gone: nothing more to say to it.
			}
		}

		private static Locale localeOf(Request request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					Locale chosen = LanguageConfiguration.supported(cookie.getValue());
					if ("wop-lang".equals(cookie.getName()) && chosen != null) {
						return chosen;
					}
				}
			}
			String accepted = request.getHeader("Accept-Language");
			if (accepted != null) {
				try {
					Locale best = Locale.lookup(Locale.LanguageRange.parse(accepted), LanguageConfiguration.SUPPORTED);
					if (best != null) {
						return best;
					}
				}
				catch (IllegalArgumentException ex) {
					// An unreadable header: English.
				}
			}
			return Locale.ENGLISH;
		}

		private static String text(Locale locale, String key, String fallback) {
			try {
				return ResourceBundle
					.getBundle("messages", locale, Valve.class.getClassLoader(),
							ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
					.getString(key);
			}
			catch (MissingResourceException ex) {
				return fallback;
			}
		}

	}

}
