package org.wopplatform.web.perf;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The benchmark's endpoints, mapped only with {@code wop.perf.enabled=true}: the number
 * of SQL statements sent so far, and samples of ids to ask for; the ceiling is
 * {@link PerfConfiguration#ping()}.
 */
@Controller
@ConditionalOnProperty(name = "wop.perf.enabled", havingValue = "true")
class PerfController {

	/**
	 * The records a benchmark asks for at random: ids drawn from the data, one per line.
	 */
	private static final Map<String, String> SAMPLES = Map.of("published",
			"select id from partnership where published order by random() limit 2000", "africa",
			"select id from partnership where regional_platform_code = 'WOP_AFRICA' order by random() limit 2000",
			"utilities",
			"select o.id from organisation o where o.type = 'UTILITY' and exists (select 1 from participant x"
					+ " where x.organisation_id = o.id) order by random() limit 2000",
			"mwauwasa",
			"select partnership_id from participant where organisation_id = 5 order by random() limit 2000");

	private final StatementCounter counter;

	private final JdbcClient jdbc;

	PerfController(StatementCounter counter, JdbcClient jdbc) {
		this.counter = counter;
		this.jdbc = jdbc;
	}

	@GetMapping("/perf/sample/{what}")
	ResponseEntity<String> sample(@PathVariable String what) {
		String sql = SAMPLES.get(what);
		if (sql == null) {
			return ResponseEntity.notFound().build();
		}
		String ids = jdbc.sql(sql)
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining("\n", "", "\n"));
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(ids);
	}

	/**
	 * Statements sent so far; {@code ?counting=false} stops counting (the benchmark's
	 * timed runs), {@code ?counting=true} starts again.
	 */
	@GetMapping("/perf/statements")
	ResponseEntity<String> statements(@RequestParam(required = false) @Nullable Boolean counting) {
		if (counting != null) {
			counter.counting(counting);
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Long.toString(counter.count()));
	}

}
