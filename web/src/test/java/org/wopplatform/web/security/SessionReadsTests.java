package org.wopplatform.web.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in page reads its session from the database once, however long the page:
 * Spring Session's filter saves the session when the response is committed and again at
 * the end, and read it a second time in between (SessionStorage.SessionIdOnce).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class SessionReadsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	private TransactionOperations sessionStatements;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aLongSignedInPageReadsItsSessionOnceAndStaysSignedIn() throws Exception {
		Cookie session = SignInAndScopeTests.signedIn(mvc, "coordinator.africa@example.org", "demo-coordinator");
		assertThat(session).isNotNull();
		for (String page : List.of("/work", "/partnerships/1")) {
			MockHttpServletResponse[] response = new MockHttpServletResponse[1];
			List<String> during = statementsDuring(
					() -> response[0] = mvc.perform(get(page).cookie(session)).andReturn().getResponse());
			// longer than the response buffer: committed before the request ends
			assertThat(response[0].getContentAsString()).hasSizeGreaterThan(response[0].getBufferSize())
				.contains("Sign out");
			assertThat(during).as("session reads for " + page)
				.filteredOn(sql -> sql.contains("FROM SPRING_SESSION S"))
				.hasSize(1);
		}
	}

	@Test
	void aSignedInPageWithinTheMinuteReadsItsSessionWithoutATransactionAndWritesNothing() throws Exception {
		Cookie session = SignInAndScopeTests.signedIn(mvc, "coordinator.africa@example.org", "demo-coordinator");
		// the first page after signing in writes the new CSRF token, as it should
		mvc.perform(get("/partnerships/1?lang=en").cookie(session)).andExpect(status().isOk());
		// the page produced for the public (?lang=en is never kept): its own transactions
		// (a utility's page reads the same for both; the record page reads one more thing
		// for those signed in)
		long pageAlone = JdbcStatements.commitsDuring(() -> mvc.perform(get("/utilities/1?lang=en")));
		long[] commits = new long[1];
		List<String> during = statementsDuring(() -> commits[0] = JdbcStatements
			.commitsDuring(() -> mvc.perform(get("/utilities/1?lang=en").cookie(session)).andExpect(status().isOk())));
		assertThat(during).as("the session's statements")
			.filteredOn(sql -> sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"))
			.singleElement()
			.asString()
			.startsWith("SELECT");
		assertThat(commits[0]).as("transactions of the signed-in page").isEqualTo(pageAlone).isPositive();
	}

	@Test
	void theRecordPageCommitsNothingForThePublicOrTheSignedIn() throws Exception {
		Cookie session = SignInAndScopeTests.signedIn(mvc, "coordinator.africa@example.org", "demo-coordinator");
		mvc.perform(get("/partnerships/1?lang=en").cookie(session)).andExpect(status().isOk());
		long forThePublic = JdbcStatements
			.commitsDuring(() -> mvc.perform(get("/partnerships/1?lang=en")).andExpect(status().isOk()));
		long signedIn = JdbcStatements.commitsDuring(
				() -> mvc.perform(get("/partnerships/1?lang=en").cookie(session)).andExpect(status().isOk()));
		// the record is one batch, with no transaction around it, whether its activities
		// are late included (signed-in readers)
		assertThat(forThePublic).as("the public's record page").isZero();
		assertThat(signedIn).as("a signed-in reader's").isZero();
	}

	@Test
	void aSessionWriteThatFailsHalfWayLeavesNothingAndAReadOpensNoTransaction() {
		String id = java.util.UUID.randomUUID().toString();
		assertThatThrownBy(() -> sessionStatements.executeWithoutResult(status -> {
			insertSession(id);
			throw new IllegalStateException("the attributes could not be written");
		})).hasMessageContaining("attributes");
		assertThat(sessionRows(id)).isZero();
		Boolean inTransaction = sessionStatements
			.execute(status -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(inTransaction).isFalse();
	}

	@Test
	void aSessionIsWrittenOnItsOwnEvenWhileAReadOnlyPageIsOpen() {
		// as Spring Session writes by default: a transaction of its own, apart from the
		// page's (a read-only one could not write)
		String id = java.util.UUID.randomUUID().toString();
		TransactionTemplate reading = new TransactionTemplate(transactions.getTransactionManager());
		reading.setReadOnly(true);
		try {
			reading.executeWithoutResult(page -> {
				sessionStatements.executeWithoutResult(status -> insertSession(id));
				page.setRollbackOnly();
			});
			assertThat(sessionRows(id)).isOne();
		}
		finally {
			jdbc.sql("delete from spring_session where primary_id = ?").param(id).update();
		}
	}

	private void insertSession(String id) {
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				  max_inactive_interval, expiry_time, principal_name) values (?, ?, 0, 0, 1800, 1800000, null)""")
			.params(id, id)
			.update();
	}

	private long sessionRows(String id) {
		return jdbc.sql("select count(*) from spring_session where primary_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** The statements prepared during the action, oldest first. */
	private static List<String> statementsDuring(JdbcStatements.Action action) throws Exception {
		List<String> texts = JdbcStatements.textsDuring(action);
		assertThat(texts).isNotEmpty();
		return texts;
	}

}
