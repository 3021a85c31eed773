package org.wopplatform.web.common;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Page numbers as people type them (from 1, anything odd means the first page). */
public final class Pages {

	public static final int SIZE = 20;

	private Pages() {
	}

	public static Pageable of(int page) {
		return PageRequest.of(Math.max(Math.min(page, 100_000), 1) - 1, SIZE);
	}

}
