package org.wopplatform.web.opendata;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a page of the API: pages count from 1. {@code next} is the address of
 * the page that follows, or null after the last one (and past the depth a page number may
 * reach). A page read with {@code after} has no number: its {@code next} reads on after
 * its last partnership.
 */
record ApiPage<T>(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer page, int size, long totalElements,
		int totalPages, @Nullable String next, List<T> items) {

	static int pages(long total, int size) {
		return (int) ((total + size - 1) / size);
	}

}
