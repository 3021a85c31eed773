package org.wopplatform.web.common;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;

/**
 * File names as browsers send them, made safe to keep and to hand back: a name that is
 * not plain text ({@link PlainText}: control characters, or direction overrides that make
 * "invoice\u202efdp.exe.pdf" read as a PDF) is refused next to the file field; path
 * separators (some browsers send the whole path) are replaced; at most 255 characters
 * (the end, with the extension, is kept).
 */
public final class FileNames {

	private FileNames() {
	}

	/** The cleaned name, empty when nothing is left. */
	public static String clean(@Nullable String fileName) {
		if (fileName != null) {
			PlainText.problemIn(fileName).ifPresent(problem -> {
				throw new FieldProblem("file", problem.code());
			});
		}
		String name = fileName == null ? "" : fileName.replaceAll("[/\\\\]", "_").strip();
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
