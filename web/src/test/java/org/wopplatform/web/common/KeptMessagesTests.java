package org.wopplatform.web.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Messages kept once found read as the message source writes them, in every language, the
 * first time and after; arguments, unknown codes and defaults as before.
 */
@SpringBootTest
class KeptMessagesTests {

	@Autowired
	private ApplicationContext application;

	@Test
	void theApplicationsMessagesAreKept() {
		assertThat(application.getBean("messageSource")).isInstanceOf(KeptMessages.class);
		assertThat(application.getMessage("layout.signIn", new Object[0], Locale.FRENCH))
			.isEqualTo(plain().getMessage("layout.signIn", null, Locale.FRENCH));
	}

	private static ResourceBundleMessageSource plain() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void everyTextReadsAsTheMessageSourceWritesIt() throws IOException {
		MessageSource plain = plain();
		KeptMessages kept = new KeptMessages(plain());
		Properties english = new Properties();
		try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"),
				StandardCharsets.UTF_8)) {
			english.load(in);
		}
		for (Locale locale : LanguageConfiguration.SUPPORTED) {
			for (int round = 0; round < 2; round++) {
				for (String code : english.stringPropertyNames()) {
					assertThat(kept.getMessage(code, null, locale)).as("%s %s", locale, code)
						.isEqualTo(plain.getMessage(code, null, locale));
				}
			}
		}
		assertThat(kept.getMessage("layout.signIn", null, Locale.FRENCH))
			.isNotEqualTo(kept.getMessage("layout.signIn", null, Locale.ENGLISH));
	}

	@Test
	void argumentsUnknownCodesAndDefaultsAsBefore() {
		KeptMessages kept = new KeptMessages(plain());

		// (Thymeleaf asks with an empty array of arguments)
		assertThat(kept.getMessage("layout.signIn", new Object[0], Locale.ENGLISH))
			.isEqualTo(plain().getMessage("layout.signIn", null, Locale.ENGLISH));
		assertThat(kept.getMessage("results.chartDescription", new Object[] { 7 }, Locale.ENGLISH)).contains("7");
		assertThat(kept.getMessage("results.chartDescription", new Object[] { 9 }, Locale.ENGLISH)).contains("9");
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> kept.getMessage("no.such.code", null, Locale.ENGLISH));
		assertThat(kept.getMessage("no.such.code", null, "As given", Locale.FRENCH)).isEqualTo("As given");
		assertThat(kept.getMessage("no.such.code", null, null, Locale.FRENCH)).isNull();
		// a language the platform does not have: as the message source gives it
		assertThat(kept.getMessage("layout.signIn", null, Locale.GERMAN))
			.isEqualTo(plain().getMessage("layout.signIn", null, Locale.GERMAN));
		assertThat(kept.getMessage(new DefaultMessageSourceResolvable(new String[] { "no.such.code", "layout.signIn" }),
				Locale.ENGLISH))
			.isEqualTo(plain().getMessage("layout.signIn", null, Locale.ENGLISH));
	}

}
