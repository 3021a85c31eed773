package org.wopplatform.web.perf;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The benchmark's endpoints, mapped only with {@code wop.perf.enabled=true}: the number
 * of SQL statements sent so far; the ceiling is {@link PerfConfiguration#ping()}.
 */
@Controller
@ConditionalOnProperty(name = "wop.perf.enabled", havingValue = "true")
class PerfController {

	private final StatementCounter counter;

	PerfController(StatementCounter counter) {
		this.counter = counter;
	}

	@GetMapping("/perf/statements")
	ResponseEntity<String> statements() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Long.toString(counter.count()));
	}

}
