package org.wopplatform.web.perf;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The benchmark's endpoints, mapped only with {@code wop.perf.enabled=true}: a fixed text
 * (the ceiling of the application's own throughput, through the same filters as every
 * page) and the number of SQL statements sent so far.
 */
@Controller
@ConditionalOnProperty(name = "wop.perf.enabled", havingValue = "true")
class PerfController {

	private final StatementCounter counter;

	PerfController(StatementCounter counter) {
		this.counter = counter;
	}

	@GetMapping("/perf/ping")
	ResponseEntity<String> ping() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("pong");
	}

	@GetMapping("/perf/statements")
	ResponseEntity<String> statements() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Long.toString(counter.count()));
	}

}
