package org.wopplatform.web.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the large synthetic dataset ({@code perf/large-dataset.sql}: 20,000
 * organisations, 50,000 partnerships, 400,000 progress reports, 4,000,000 indicator
 * values) once, at start, when {@code wop.perf.generate=true}; a database that has it
 * already is left alone. For benchmark databases only.
 */
@Component
@ConditionalOnProperty(name = "wop.perf.generate", havingValue = "true")
class LargeDataset implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LargeDataset.class);

	private final JdbcTemplate jdbc;

	LargeDataset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Integer present = jdbc.queryForObject("select count(*) from organisation where id = 10000000", Integer.class);
		if (present != null && present > 0) {
			log.info("Large dataset already present");
		}
		else {
			String script = new ClassPathResource("perf/large-dataset.sql").getContentAsString(StandardCharsets.UTF_8);
			long start = System.nanoTime();
			jdbc.execute(script);
			log.info("Large dataset generated in {} s", (System.nanoTime() - start) / 1_000_000_000);
		}
		// The triggers that keep the search's columns rewrite each partnership once per
		// statement that adds its participants, areas and targets, and a migration may
		// rewrite them all: the table was 207 MB for 46 MB of rows, 78 % of it free space
		// (pgstattuple), spread over four times the pages a database that grew over years
		// has. Rewritten then (the rows' size as pg_column_size gives it, long texts kept
		// apart included: a rough measure, enough to tell a table mostly empty); the
		// vacuum after it leaves no dead rows and sets the visibility map, which reading
		// the list indexes alone needs.
		Boolean spread = jdbc.queryForObject("select pg_relation_size('partnership') > 2 * coalesce("
				+ "(select sum(pg_column_size(p.*)) from partnership p), 0) + 1048576", Boolean.class);
		if (Boolean.TRUE.equals(spread)) {
			log.info("Rewriting the partnership table (mostly free space after the triggers' rewrites)");
			jdbc.execute("vacuum full partnership");
		}
		jdbc.execute("vacuum analyze partnership");
	}

}
