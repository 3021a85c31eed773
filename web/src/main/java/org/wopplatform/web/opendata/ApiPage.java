package org.wopplatform.web.opendata;

import java.util.List;

import org.springframework.data.domain.Page;

/** The envelope of a page of the API: pages count from 1. */
record ApiPage<T>(int page, int size, long totalElements, int totalPages, List<T> items) {

	static <T> ApiPage<T> of(Page<T> page) {
		return new ApiPage<>(page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages(),
				page.getContent());
	}

}
