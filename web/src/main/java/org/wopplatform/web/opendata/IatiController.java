package org.wopplatform.web.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.wopplatform.reporting.iati.IatiActivityFile;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published partnerships as one IATI 2.03 activity file. */
@RestController
class IatiController {

	private final IatiActivityFile file;

	private final Clock clock;

	IatiController(IatiActivityFile file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	/**
	 * Written whole before it is sent, so that a failure is an error, not half a file.
	 */
	@GetMapping("/api/v1/iati/activities.xml")
	ResponseEntity<byte[]> activities() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(file.write(clock.instant()));
	}

}
