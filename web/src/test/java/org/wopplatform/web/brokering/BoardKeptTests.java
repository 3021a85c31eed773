package org.wopplatform.web.brokering;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The brokering board, which every coordinator's and the secretariat's start page shows,
 * is read once until the data changes, and shows a change at once. (Without a test
 * transaction: answers are kept in read-only transactions only, as pages run them; the
 * changes are committed in the application's transactions, which count as a change when
 * they commit.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class BoardKeptTests {

	private static final long REQUEST = 990_001;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void remove() throws Exception {
		transaction
			.executeWithoutResult(t -> jdbc.sql("delete from support_request where id = ?").param(REQUEST).update());
		// settled for the next test: this node has heard the notification of its own
		// change
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(texts("/work")).noneMatch(BoardKeptTests::readsBoard));
	}

	private void write(String sql) {
		transaction.executeWithoutResult(t -> jdbc.sql(sql).param(REQUEST).update());
	}

	private String page(String address) throws Exception {
		return mvc.perform(get(address).with(user(DemoUsers.SECRETARIAT)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> texts(String address) throws Exception {
		return JdbcStatements.textsDuring(() -> page(address));
	}

	private static boolean readsBoard(String sql) {
		return sql.contains("with cards as");
	}

	@Test
	void theBoardIsReadOnceUntilTheDataChangesAndShowsTheChange() throws Exception {
		write("""
				insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
				values (?, 5, 'WOP_AFRICA', 'Kept board, first title', 'HIGH', 'OPEN')""");
		for (String address : new String[] { "/work", "/brokering/board" }) {
			assertThat(texts(address)).as(address).anyMatch(BoardKeptTests::readsBoard);
			// kept once this node has heard the change's notification too (a moment
			// later; it
			// may count it once more)
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> assertThat(texts(address)).as(address + " again").noneMatch(BoardKeptTests::readsBoard));
			assertThat(texts(address)).as(address + " again").noneMatch(BoardKeptTests::readsBoard);
			assertThat(page(address)).as(address).contains("Kept board, first title");

			write("update support_request set title = 'Kept board, ' || id || ' renamed' where id = ?");
			assertThat(texts(address)).as(address + " after a change").anyMatch(BoardKeptTests::readsBoard);
			assertThat(page(address)).as(address).contains("Kept board, " + REQUEST + " renamed");
			write("update support_request set title = 'Kept board, first title' where id = ?");
		}
	}

}
