package org.wopplatform.web.common;

import org.jspecify.annotations.Nullable;

/**
 * File names as browsers send them, made safe to keep and to hand back: no control
 * characters or path separators (some browsers send the whole path), at most 255
 * characters (the end, with the extension, is kept).
 */
public final class FileNames {

	private FileNames() {
	}

	/** The cleaned name, empty when nothing is left. */
	public static String clean(@Nullable String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
