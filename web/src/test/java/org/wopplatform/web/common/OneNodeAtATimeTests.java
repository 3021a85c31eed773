package org.wopplatform.web.common;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled task's lock: a second run while one holds it is skipped, and the lock is
 * held on a connection of its own, so the pool keeps all its connections for the pages
 * and for the task's own work while it runs (the daily reminders, e-mails included).
 */
@SpringBootTest
class OneNodeAtATimeTests {

	@Autowired
	private OneNodeAtATime alone;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSecondRunIsSkippedAndTheLockTakesNoneOfThePoolsConnections() throws Exception {
		Optional<String> outer = alone.run("test-task", () -> {
			assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = ?")
				.param("wop-platform task test-task")
				.query(Long.class)
				.single()).as("the lock's own connection").isEqualTo(1);
			assertThat(alone.run("test-task", () -> "ran twice")).as("the same task meanwhile").isEmpty();
			assertThat(alone.run("another-task", () -> "other")).hasValue("other");
			return "ran";
		});
		assertThat(outer).hasValue("ran");
		assertThat(alone.run("test-task", () -> "again")).as("once the first ended").hasValue("again");
	}

}
