package org.wopplatform.web.common;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English, French and Spanish. The language comes from the browser until the reader picks
 * one with the switcher ({@code ?lang=fr}); the choice is kept in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	@Bean
	LocaleResolver localeResolver() {
		// A language cookie gives one of the three languages (English for any other): the
		// formats and sorted lists kept per language stay three, whatever the cookie
		// says.
		CookieLocaleResolver resolver = new CookieLocaleResolver("wop-lang") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return oneOfThree(super.resolveLocale(request));
			}

			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				LocaleContext context = super.resolveLocaleContext(request);
				return new TimeZoneAwareLocaleContext() {

					@Override
					public Locale getLocale() {
						Locale locale = context.getLocale();
						return locale == null ? null : oneOfThree(locale);
					}

					@Override
					public @Nullable TimeZone getTimeZone() {
						return context instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
					}

				};
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			Locale best = request.getLocales().hasMoreElements() ? bestSupported(request.getLocales().asIterator())
					: null;
			return best != null ? best : Locale.ENGLISH;
		});
		return resolver;
	}

	/** The supported language of a locale, English for any other. */
	static Locale oneOfThree(Locale locale) {
		Locale supported = supported(locale.getLanguage());
		return supported != null ? supported : Locale.ENGLISH;
	}

	private static @Nullable Locale bestSupported(Iterator<Locale> wanted) {
		while (wanted.hasNext()) {
			Locale supported = supported(wanted.next().getLanguage());
			if (supported != null) {
				return supported;
			}
		}
		return null;
	}

	static @Nullable Locale supported(@Nullable String language) {
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/**
	 * Takes {@code ?lang=xx} for the three supported languages and ignores anything else.
	 */
	static final class LanguageSwitch extends LocaleChangeInterceptor {

		LanguageSwitch() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			if (supported(request.getParameter(getParamName())) == null) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

}
