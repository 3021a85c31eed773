package org.wopplatform.persistence.version;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version changes with every committed change, whoever makes it, stays the same
 * while nothing changes, and never comes back to a value a rolled-back change was seen
 * with: a page cached against it cannot outlive the data it shows. These tests read it
 * from the database; DataChangesTests shows what a node hears of it while it listens.
 */
@SpringBootTest
class DataVersionTests {

	/**
	 * Tables public pages never show, which change without the platform's data changing.
	 */
	private static final List<String> LEFT_OUT = List.of("flyway_schema_history", "data_change", "user_account",
			"password_reset", "notification", "reminder", "spring_session", "spring_session_attributes");

	@Autowired
	private DataVersion version;

	@Autowired
	private DataChanges changes;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	/** A change that leaves the data as it was, but is a change all the same. */
	private void touch() {
		jdbc.sql("update working_area set name_en = name_en where code = 'NRW'").update();
	}

	private long rows() {
		return rows(jdbc);
	}

	/** The rows of data_change now. */
	static long rows(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from data_change").query(Long.class).single();
	}

	@Test
	void everyTableOfThePlatformsDataMovesTheVersion() {
		List<String> without = jdbc.sql("""
				select t.table_name from information_schema.tables t
				where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				and not exists (select 1 from pg_trigger g join pg_proc f on f.oid = g.tgfoid
					where g.tgrelid = (quote_ident(t.table_name))::regclass and f.proname = 'note_data_change')
				order by 1
				""").query(String.class).list();
		assertThat(without).as("tables without the data-change trigger (add it in the table's migration)")
			.containsExactlyInAnyOrderElementsOf(LEFT_OUT);
	}

	@Test
	void aCommittedChangeMovesTheVersionAndReadingDoesNot() {
		Version before = version.read();
		jdbc.sql("select count(*) from partnership").query(Long.class).single();
		assertThat(version.read()).isEqualTo(before);

		transaction.executeWithoutResult(t -> touch());
		Version after = version.read();
		assertThat(after).isNotEqualTo(before);
		assertThat(after.transactions()).isEqualTo(before.transactions() + 1);

		// Changes to accounts (a sign-in resets its counter) do not.
		transaction.executeWithoutResult(
				t -> jdbc.sql("update user_account set failed_logins = failed_logins where id = 1").update());
		assertThat(version.read()).isEqualTo(after);
	}

	@Test
	void aRolledBackChangeIsSeenByItsOwnTransactionOnlyAndItsVersionNeverComesBack() {
		Version before = version.read();
		Version seenInside = transaction.execute(t -> {
			touch();
			t.setRollbackOnly();
			return version.current();
		});
		assertThat(seenInside).isNotEqualTo(before);
		assertThat(version.read()).isEqualTo(before);

		transaction.executeWithoutResult(t -> touch());
		Version committed = version.read();
		assertThat(committed).isNotEqualTo(before).isNotEqualTo(seenInside);
	}

	@Test
	void notListeningAReadOnlyTransactionReadsTheVersionOnceAndTheNextOneReadsItAgain() {
		changes.stop();
		try {
			readOnlyTransactionsReadTheVersionOnceEach();
		}
		finally {
			changes.start();
		}
	}

	private void readOnlyTransactionsReadTheVersionOnceEach() {
		TransactionTemplate reading = new TransactionTemplate(transaction.getTransactionManager());
		reading.setReadOnly(true);
		TransactionTemplate apart = new TransactionTemplate(transaction.getTransactionManager());
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Version[] seen = reading.execute(t -> {
			Version first = version.current();
			// Another transaction's change, committed meanwhile: read again, the version
			// would show it (each statement sees what was committed before it).
			apart.executeWithoutResult(other -> touch());
			return new Version[] { first, version.current() };
		});
		assertThat(seen[1]).as("the version read once in a read-only transaction").isEqualTo(seen[0]);
		Version next = reading.execute(t -> version.current());
		assertThat(next).as("the next transaction's").isNotEqualTo(seen[0]);
		assertThat(version.current()).isNotEqualTo(seen[0]);
	}

	@Test
	void insideAWritingTransactionEveryWriteMovesTheVersionAndOnlyTheLastIsCommitted() {
		Version before = version.read();
		Version[] seen = new Version[3];
		transaction.executeWithoutResult(t -> {
			touch();
			seen[0] = version.current();
			touch();
			seen[1] = version.current();
			touch();
			seen[2] = version.current();
		});
		assertThat(seen[0]).isNotEqualTo(before).isNotEqualTo(seen[1]);
		assertThat(seen[1]).isNotEqualTo(seen[2]);
		Version committed = version.read();
		assertThat(committed).isEqualTo(seen[2]).isNotEqualTo(seen[0]).isNotEqualTo(seen[1]);
	}

	@Test
	void foldingKeepsTheVersion() {
		transaction.executeWithoutResult(t -> touch());
		transaction.executeWithoutResult(t -> touch());
		Version before = version.read();
		version.fold();
		assertThat(version.read()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from data_change").query(Long.class).single()).isEqualTo(1);
		version.fold();
		assertThat(version.read()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from data_change").query(Long.class).single()).isEqualTo(1);
	}

	/**
	 * Rows of data_change beyond what reading the version leaves as they are, committed:
	 * one transaction each, with ids from {@code -firstId} down.
	 */
	static void pileUp(TransactionTemplate transaction, JdbcClient jdbc, long firstId) {
		transaction.executeWithoutResult(t -> jdbc
			.sql("insert into data_change (tx, transactions, tx_sum, writes)"
					+ " select -(?::bigint) - n, 1, n, 1 from generate_series(1, ?) n")
			.params(firstId, DataVersion.FOLD_AFTER + 1)
			.update());
	}

	@Test
	void readingFoldsTheRowsWhenTheyPileUp() throws Exception {
		pileUp(transaction, jdbc, 10_000_000);
		Version piled = version.read();
		// folded by a thread of its own
		version.folding().get(10, TimeUnit.SECONDS);
		assertThat(rows()).isEqualTo(1);
		assertThat(version.read()).isEqualTo(piled);
	}

}
