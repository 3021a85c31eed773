package org.wopplatform.web.opendata;

import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.opendata.OpenPartnership;
import org.wopplatform.reporting.opendata.PublishedPartnerships;

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

	PartnershipApiController(PublishedPartnerships partnerships, ReferenceData reference) {
		this.partnerships = partnerships;
		this.reference = reference;
	}

	@GetMapping("/api/v1/partnerships")
	ApiPage<OpenPartnership> search(@ModelAttribute ApiFilters filters) {
		return ApiPage.of(partnerships.page(filters.toSearch(reference), filters.pageable()));
	}

	@GetMapping("/api/v1/partnerships/{id}")
	ResponseEntity<?> show(@PathVariable long id) {
		return partnerships.one(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ApiErrors.body(HttpStatus.NOT_FOUND, "No published partnership " + id));
	}

}
