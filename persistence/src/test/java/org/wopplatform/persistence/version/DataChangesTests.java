package org.wopplatform.persistence.version;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.persistence.testing.Psql;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a node hears of the data's changes while it listens: a change committed through it
 * moves the version at once, one committed elsewhere (psql, another node) as soon as its
 * notification arrives, and neither reading nor writing only what the version leaves out
 * (a sign-in's counter, a session) moves it; a reference list changed elsewhere is read
 * again; the rows of {@code data_change} are still folded; and while the node does not
 * listen, the version is read from the database as before.
 */
@SpringBootTest
class DataChangesTests {

	private static final Duration HEARD_WITHIN = Duration.ofSeconds(5);

	/**
	 * Long enough for a notification to arrive, were there one (they take milliseconds).
	 */
	private static final Duration QUIET = Duration.ofMillis(300);

	@Autowired
	private DataChanges changes;

	@Autowired
	private DataVersion version;

	@Autowired
	private ReferenceData reference;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@PersistenceContext
	private EntityManager entityManager;

	@BeforeEach
	void listening() {
		await().atMost(Duration.ofSeconds(10)).until(changes::listening);
	}

	private void elsewhere(String sql) throws SQLException {
		Psql.commit(dataSource, sql);
	}

	private long rows() {
		return DataVersionTests.rows(jdbc);
	}

	private void touch() {
		jdbc.sql("update working_area set name_en = name_en where code = 'NRW'").update();
	}

	@Test
	void aChangeCommittedElsewhereIsHeardSoonAfterItsCommit() throws Exception {
		Version before = version.current();
		assertThat(version.current()).as("nothing changed").isEqualTo(before);
		long start = System.nanoTime();
		elsewhere("update working_area set name_en = name_en where code = 'NRW'");
		await().atMost(HEARD_WITHIN).pollInterval(Duration.ofMillis(1)).until(() -> !version.current().equals(before));
		System.out.printf("A change committed elsewhere was heard %d ms after its commit%n",
				(System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void anEntityChangedInATransactionCountsWhenItCommits() {
		String title = jdbc.sql("select title from partnership where id = 1").query(String.class).single();
		Version before = version.current();
		try {
			// written by the commit's flush, not before
			transaction.executeWithoutResult(t -> entityManager.find(Partnership.class, 1L).retitle("Retitled"));
			assertThat(version.current()).isNotEqualTo(before);
		}
		finally {
			transaction.executeWithoutResult(
					t -> jdbc.sql("update partnership set title = ? where id = 1").param(title).update());
		}
	}

	@Test
	void aChangeCommittedThroughThisNodeMovesTheVersionAtOnce() {
		Version before = version.current();
		transaction.executeWithoutResult(t -> touch());
		assertThat(version.current()).isNotEqualTo(before);
	}

	@Test
	void readingAndWritingOnlyWhatTheVersionLeavesOutDoNotMoveIt() throws Exception {
		// earlier tests' changes heard first: the version still for a while
		AtomicReference<Version> last = new AtomicReference<>();
		await().atMost(HEARD_WITHIN).during(QUIET).pollInterval(Duration.ofMillis(50)).until(() -> {
			Version now = version.current();
			return now.equals(last.getAndSet(now));
		});
		Version before = version.current();
		TransactionTemplate reading = new TransactionTemplate(transaction.getTransactionManager());
		reading.setReadOnly(true);
		reading.executeWithoutResult(t -> jdbc.sql("select count(*) from partnership").query(Long.class).single());
		TransactionTemplate sessions = new TransactionTemplate(transaction.getTransactionManager());
		sessions.setName(DataChanges.UNTRACKED);
		sessions.executeWithoutResult(
				t -> jdbc.sql("update user_account set failed_logins = failed_logins where id = 1").update());
		// a sign-in's counter, in a transaction of the usual kind
		transaction.executeWithoutResult(
				t -> jdbc.sql("update user_account set failed_logins = failed_logins where id = 1").update());
		// and it stays so while a notification would arrive, were there one
		await().atMost(HEARD_WITHIN).during(QUIET).until(() -> version.current().equals(before));
	}

	@Test
	void aReferenceListChangedElsewhereIsReadAgain() throws Exception {
		String name = reference.workingArea("NRW").orElseThrow().name().en();
		try {
			elsewhere("update working_area set name_en = 'Renamed through psql' where code = 'NRW'");
			await().atMost(HEARD_WITHIN)
				.until(() -> reference.workingArea("NRW").orElseThrow().name().en().equals("Renamed through psql"));
		}
		finally {
			elsewhere("update working_area set name_en = '" + name.replace("'", "''") + "' where code = 'NRW'");
			await().atMost(HEARD_WITHIN)
				.until(() -> reference.workingArea("NRW").orElseThrow().name().en().equals(name));
		}
	}

	@Test
	void theNodeChecksThatNotificationsStillArriveByHearingItsOwn() throws Exception {
		long before = changes.probesHeard();
		// checked at most every second while changes are heard (every ten without)
		await().atMost(HEARD_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
			elsewhere("update working_area set name_en = name_en where code = 'NRW'");
			return changes.probesHeard() > before;
		});
		assertThat(changes.listening()).isTrue();
	}

	@Test
	void everyTableOfTheReferenceListsNotifiesItsChanges() {
		List<String> notifying = jdbc.sql("""
				select c.relname from pg_trigger g join pg_class c on c.oid = g.tgrelid
				join pg_proc f on f.oid = g.tgfoid where f.proname = 'note_data_change'
				""").query(String.class).list();
		assertThat(notifying).containsAll(ReferenceData.TABLES);
	}

	@Test
	void whileListeningTheRowsOfDataChangeAreStillFolded() throws Exception {
		DataVersionTests.pileUp(transaction, jdbc, 20_000_000);
		// (not through DataVersion.read, which would fold them itself)
		long transactions = jdbc.sql("select sum(transactions) from data_change").query(Long.class).single();
		long writes = jdbc.sql("select sum(writes) from data_change").query(Long.class).single();
		// Heard changes have the rows counted at most every second.
		AtomicInteger touches = new AtomicInteger();
		await().atMost(HEARD_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
			elsewhere("update working_area set name_en = name_en where code = 'NRW'");
			touches.incrementAndGet();
			return rows() <= DataVersion.FOLD_AFTER;
		});
		assertThat(rows()).as("the piled rows folded into one, beside the changes since")
			.isLessThanOrEqualTo(touches.get());
		Version folded = version.read();
		assertThat(folded.transactions()).as("the fold keeps every transaction counted")
			.isEqualTo(transactions + touches.get());
		assertThat(folded.writes()).isEqualTo(writes + touches.get());
	}

	@Test
	void notListeningTheVersionIsReadFromTheDatabaseAndListeningAgainForgetsWhatWasHeard() {
		Version heard = version.current();
		changes.stop();
		try {
			assertThat(changes.heard()).isNull();
			assertThat(version.current()).isEqualTo(version.read());
			transaction.executeWithoutResult(t -> touch());
			assertThat(version.current()).isEqualTo(version.read());
		}
		finally {
			changes.start();
		}
		await().atMost(Duration.ofSeconds(10)).until(changes::listening);
		assertThat(version.current()).as("changes may have been missed meanwhile").isNotEqualTo(heard);
	}

}
