package org.wopplatform.web.common;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's messages, those without arguments kept once found, per language of
 * the platform. Every page writes a hundred or more ({@code #{...}}), and each went
 * through the resource bundles' lookups again (the bundle of each basename, its key set,
 * its parent's): about 6 % of a produced record page's processor time. The messages files
 * are read once (Spring Boot's message source keeps them for good), so a message found is
 * the same until the application restarts. Messages with arguments, messages not found
 * and other languages go to the message source as before.
 */
final class KeptMessages implements HierarchicalMessageSource {

	/** Far more than the messages files hold: a bound, whatever codes are asked for. */
	static final int MOST_PER_LANGUAGE = 20_000;

	private final MessageSource messages;

	private final Map<Locale, Map<String, String>> kept = new ConcurrentHashMap<>();

	KeptMessages(MessageSource messages) {
		this.messages = messages;
		LanguageConfiguration.SUPPORTED.forEach(locale -> kept.put(locale, new ConcurrentHashMap<>()));
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			@Nullable Locale locale) {
		String found = kept(code, args, locale);
		return found != null ? found : messages.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale)
			throws NoSuchMessageException {
		String found = kept(code, args, locale);
		return found != null ? found : messages.getMessage(code, args, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale)
			throws NoSuchMessageException {
		return messages.getMessage(resolvable, locale);
	}

	private @Nullable String kept(String code, Object @Nullable [] args, @Nullable Locale locale) {
		Map<String, String> language = locale == null || (args != null && args.length > 0) ? null : kept.get(locale);
		if (language == null) {
			return null;
		}
		String found = language.get(code);
		if (found == null) {
			found = messages.getMessage(code, null, null, locale);
			if (found != null && language.size() < MOST_PER_LANGUAGE) {
				language.put(code, found);
			}
		}
		return found;
	}

	@Override
	public void setParentMessageSource(@Nullable MessageSource parent) {
		if (messages instanceof HierarchicalMessageSource hierarchical) {
			hierarchical.setParentMessageSource(parent);
		}
	}

	@Override
	public @Nullable MessageSource getParentMessageSource() {
		return messages instanceof HierarchicalMessageSource hierarchical ? hierarchical.getParentMessageSource()
				: null;
	}

	/**
	 * Spring Boot's message source (spring.messages.*), kept this way unless it is set to
	 * read the files again after a while ({@code spring.messages.cache-duration}) or to
	 * give a missing message's code as its text: a kept message would then be out of
	 * date, or a code kept in place of the caller's default text.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		static BeanPostProcessor keptMessages(Environment environment) {
			boolean keepable = !environment.containsProperty("spring.messages.cache-duration")
					&& !environment.getProperty("spring.messages.use-code-as-default-message", Boolean.class, false);
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return keepable && "messageSource".equals(name) && bean instanceof MessageSource messages
							&& !(bean instanceof KeptMessages) ? new KeptMessages(messages) : bean;
				}
			};
		}

	}

}
