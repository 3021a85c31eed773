package org.wopplatform.domain.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wopplatform.domain.common.PlainText.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "Dar es Salaam", "Línea 1\r\nLínea 2\tfin", "مياه الشرب", "עברית\u200f", "😀 emoji", "" })
	void ordinaryTextInAnyScriptIsAccepted(String text) {
		assertThat(PlainText.problemIn(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u000b", "x\u001f", "\u007f", "\u0085", "\ud800", "\udc00x", "end\ud83d" })
	void controlCharactersAndBrokenUnicodeAreRefused(String text) {
		assertThat(PlainText.problemIn(text)).contains(Problem.CONTROL_CHARACTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "invoice\u202efdp.exe.pdf", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066x", "\u2069" })
	void directionOverridesAreRefused(String text) {
		assertThat(PlainText.problemIn(text)).contains(Problem.DIRECTION_OVERRIDE);
	}

	@Test
	void theProblemNamesTheMessageShownToTheReader() {
		assertThat(Problem.CONTROL_CHARACTER.code()).isEqualTo("text.controlCharacter");
		assertThat(Problem.DIRECTION_OVERRIDE.code()).isEqualTo("text.directionOverride");
	}

	@Test
	void aRefusedTextShownAgainMarksWhereTheProblemIs() {
		assertThat(PlainText.marked("a\u0000b\u202ec\r\n😀\ud800")).isEqualTo("a\ufffdb\ufffdc\r\n😀\ufffd");
	}

}
