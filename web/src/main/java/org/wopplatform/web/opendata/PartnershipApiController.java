package org.wopplatform.web.opendata;

import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.opendata.OpenPartnership;
import org.wopplatform.reporting.opendata.PublishedPartnerships;
import org.wopplatform.web.common.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published partnerships as JSON, for anyone: signed-in readers get the same
 * published records as the public (the API is open data, not a working view).
 */
@RestController
class PartnershipApiController {

	private final PublishedPartnerships partnerships;

	private final ReferenceData reference;

	private final PageLinks links;

	PartnershipApiController(PublishedPartnerships partnerships, ReferenceData reference, PageLinks links) {
		this.partnerships = partnerships;
		this.reference = reference;
		this.links = links;
	}

	/**
	 * A page of the published partnerships: by number in the order asked for (as deep as
	 * {@link ApiFilters#MAX_DEPTH} partnerships), or with {@code after} in id order from
	 * an id on, to the end of any list. Each page links to the next.
	 */
	@GetMapping("/api/v1/partnerships")
	ApiPage<OpenPartnership> search(@ModelAttribute ApiFilters filters) {
		PartnershipSearch search = filters.toSearch(reference);
		Long after = filters.after();
		if (after != null) {
			int size = filters.size();
			PublishedPartnerships.After read = partnerships.after(search, after, size);
			Long readOn = read.readOnAfter();
			return new ApiPage<>(null, size, read.total(), ApiPage.pages(read.total(), size),
					readOn == null ? null : links.withParameter("after", readOn.toString()), read.items());
		}
		Pageable pageable = filters.pageable();
		Page<OpenPartnership> page = partnerships.page(search, pageable);
		int next = page.getNumber() + 2;
		boolean linked = page.hasNext() && (long) next * page.getSize() <= ApiFilters.MAX_DEPTH;
		return new ApiPage<>(page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages(),
				linked ? links.withParameter("page", Integer.toString(next)) : null, page.getContent());
	}

	@GetMapping("/api/v1/partnerships/{id}")
	ResponseEntity<?> show(@PathVariable long id) {
		return partnerships.one(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ApiErrors.body(HttpStatus.NOT_FOUND, "No published partnership " + id));
	}

}
