package org.wopplatform.web.common;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as a person sent it, read once where the request is taken apart, so that the
 * services that keep it never see the servlet's multipart types.
 */
public record Upload(String fileName, byte[] content) {

	/** The file sent, or null when none was chosen (an empty file field). */
	public static @Nullable Upload of(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new FieldProblem("file", "evidence.unreadable");
		}
	}

}
