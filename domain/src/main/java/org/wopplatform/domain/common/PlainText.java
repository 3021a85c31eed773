package org.wopplatform.domain.common;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * The one rule for text anyone sends the platform, in any field, parameter, file name or
 * uploaded table: control characters other than tab and line breaks are refused
 * (PostgreSQL cannot store U+0000, and the others are invisible and come only from
 * pasting or tampering), and so are the explicit direction embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make "invoice‮fdp.exe.pdf" read as a
 * PDF. Arabic, Hebrew and the invisible direction marks U+200E/U+200F stay allowed: pages
 * set the direction of what they show themselves. Unpaired surrogates (text that is not
 * Unicode) count as control characters.
 */
public final class PlainText {

	/**
	 * Why a text is refused; its {@link #code()} is the message key shown to the reader.
	 */
	public enum Problem {

		CONTROL_CHARACTER("text.controlCharacter"), DIRECTION_OVERRIDE("text.directionOverride");

		private final String code;

		Problem(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	private PlainText() {
	}

	/**
	 * Text as stored from a field: stripped of surrounding blanks, and empty (null) when
	 * nothing is left, so that "not stated" is one value.
	 */
	public static @Nullable String orNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The first problem of the text, or empty when it may be stored and shown as it is.
	 */
	public static Optional<Problem> problemIn(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					return Optional.of(Problem.CONTROL_CHARACTER);
				}
			}
			else if (c >= 0x7f && c <= 0x9f) {
				return Optional.of(Problem.CONTROL_CHARACTER);
			}
			else if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
				return Optional.of(Problem.DIRECTION_OVERRIDE);
			}
			else if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return Optional.of(Problem.CONTROL_CHARACTER);
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return Optional.of(Problem.CONTROL_CHARACTER);
			}
		}
		return Optional.empty();
	}

	/**
	 * The text with every refused character replaced by U+FFFD (�), so that a form shown
	 * again marks where the problem is instead of hiding it again.
	 */
	public static String marked(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				shown.append(c).append(text.charAt(++i));
			}
			else if (problemIn(String.valueOf(c)).isPresent()) {
				shown.append('\ufffd');
			}
			else {
				shown.append(c);
			}
		}
		return shown.toString();
	}

	public static boolean isPlain(CharSequence text) {
		return problemIn(text).isEmpty();
	}

}
