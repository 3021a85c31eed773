package org.wopplatform.web.common;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.testing.Psql;
import org.wopplatform.persistence.version.DataChanges;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * As the application runs (no test transaction around the requests), a node that listens
 * for the data's changes serves a kept public page without any SQL statement; a change
 * committed through the node shows at once, one committed elsewhere (psql, another node)
 * as soon as the database's notification arrives.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class KeptPagesWhileListeningTests {

	private static final String RECORD = "/partnerships/1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private DataChanges changes;

	@Autowired
	private DataSource dataSource;

	private String title;

	@BeforeEach
	void listening() {
		await().atMost(Duration.ofSeconds(10)).until(changes::listening);
		title = jdbc.sql("select title from partnership where id = 1").query(String.class).single();
	}

	@AfterEach
	void restore() {
		transaction
			.executeWithoutResult(t -> jdbc.sql("update partnership set title = ? where id = 1").param(title).update());
	}

	private String page() throws Exception {
		return mvc.perform(get(RECORD).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aKeptPageCostsNoStatementAndAChangeThroughThisNodeShowsAtOnce() throws Exception {
		page();
		String[] again = new String[1];
		long statements = JdbcStatements.countDuring(() -> again[0] = page());
		assertThat(statements).isZero();
		assertThat(again[0]).contains(Html.text(title));

		transaction.executeWithoutResult(
				t -> jdbc.sql("update partnership set title = 'Renamed through this node' where id = 1").update());
		assertThat(page()).contains("Renamed through this node");
	}

	@Test
	void aChangeCommittedElsewhereShowsWhenItsNotificationArrives() throws Exception {
		assertThat(page()).contains(Html.text(title));
		Psql.commit(dataSource, "update partnership set title = 'Renamed through psql' where id = 1");
		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(1))
			.untilAsserted(() -> assertThat(page()).contains("Renamed through psql"));
	}

}
