package org.wopplatform.web.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English, French and Spanish: no page falls back to another
 * language.
 */
class MessagesTests {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_fr.properties", "messages_es.properties" })
	void hasTheSameKeysAsEnglish(String translation) throws IOException {
		Properties english = load("messages.properties");
		Properties translated = load(translation);

		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(translated.stringPropertyNames())
			.allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
	}

	/**
	 * A text without arguments is shown as written, so a doubled apostrophe would show
	 * twice ("d''une"); one with arguments is read by MessageFormat, where a single
	 * apostrophe would hide the rest of the text.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_fr.properties", "messages_es.properties" })
	void apostrophesAreWrittenAsEachTextIsRead(String file) throws IOException {
		Properties messages = load(file);

		assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
			String text = messages.getProperty(key);
			if (text.matches("(?s).*\\{\\d.*")) {
				assertThat(text).as(key).doesNotContainPattern("(?<!')'(?!')");
			}
			else {
				assertThat(text).as(key).doesNotContain("''");
			}
		});
	}

}
