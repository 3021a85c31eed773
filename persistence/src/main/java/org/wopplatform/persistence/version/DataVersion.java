package org.wopplatform.persistence.version;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of the platform's data as the current transaction sees it (see the
 * migration that creates {@code data_change}): equal versions mean the same data, for
 * every table but the accounts, sign-in and notification tables. One short statement, or
 * none while this node hears the changes ({@link DataChanges}).
 */
@Repository
public class DataVersion {

	/**
	 * A version: committed writing transactions seen (and the current one's, if it
	 * wrote), the sum of their ids and their writes.
	 */
	public record Version(long transactions, BigDecimal txSum, long writes) {

		/**
		 * The version as this node heard it ({@link DataChanges}): its count of changes
		 * heard, never equal to a version read from the database (whose transactions are
		 * never negative).
		 */
		static Version heard(long changes) {
			return new Version(-1, BigDecimal.ZERO, changes);
		}

	}

	/**
	 * Rows beyond which reading the version has them folded, by a thread of its own: the
	 * reader neither waits nor asks for a second connection while it may hold one.
	 */
	static final int FOLD_AFTER = 1000;

	private final JdbcClient jdbc;

	private final DataChanges changes;

	private final ReferenceData reference;

	private final TransactionTemplate apart;

	private final SimpleAsyncTaskExecutor folder = new SimpleAsyncTaskExecutor("data-version-fold-");

	/** The fold under way or last done: one at a time. */
	private CompletableFuture<Void> folding = CompletableFuture.completedFuture(null);

	DataVersion(JdbcClient jdbc, DataChanges changes, ReferenceData reference,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.reference = reference;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The version, read once per read-only transaction: a start page asks for it for each
	 * of its kept queues (seven round trips, now one). Nothing a read-only transaction
	 * does moves it, and what the transaction reads after the version is at least as new,
	 * so a value kept against it is never older than its version says. A writing
	 * transaction reads it each time: its own writes move it. While this node listens for
	 * the data's changes, the version outside any transaction, or in a read-only one, is
	 * the one it heard ({@link DataChanges#heard}): no statement.
	 */
	public Version current() {
		boolean writing = TransactionSynchronizationManager.isActualTransactionActive() && !inReadOnlyTransaction();
		if (writing) {
			return read();
		}
		Version heard = changes.heard();
		if (heard != null) {
			return heard;
		}
		Version read = readOnce();
		notice(read);
		return read;
	}

	/** The last version read while not listening, and the reference lists read since. */
	private volatile @Nullable Version noticed;

	/**
	 * While this node does not hear the changes, a newer version than any seen so far has
	 * the reference lists read again (a change to one, made elsewhere, is otherwise
	 * heard), before anyone else is given that version, so no page is made under it with
	 * the lists as they were. The first version read after listening stops does too
	 * (something may have been missed). A version kept by an older read-only transaction
	 * changes nothing.
	 */
	private void notice(Version read) {
		Version seen = noticed;
		if (seen != null && read.transactions() <= seen.transactions()) {
			return;
		}
		synchronized (this) {
			seen = noticed;
			if (seen == null || read.transactions() > seen.transactions()) {
				reference.refresh(); // does not wait
				noticed = read;
			}
		}
	}

	/** Outside a writing transaction: read, or as read earlier in this read-only one. */
	private Version readOnce() {
		if (!inReadOnlyTransaction() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return read();
		}
		if (TransactionSynchronizationManager.getResource(this) instanceof Version kept) {
			return kept;
		}
		Version read = read();
		TransactionSynchronizationManager.bindResource(this, read);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DataVersion.this);
			}
		});
		return read;
	}

	/**
	 * Whether this thread is in a read-only transaction: what it reads of the data
	 * version and of the data stays as it is until the transaction ends.
	 */
	static boolean inReadOnlyTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * The version as the database has it now (one statement), the same on every node:
	 * {@link #current} for what may be kept against.
	 */
	public Version read() {
		record Read(long rows, Version version) {
		}
		Read read = jdbc
			.sql("select count(*), coalesce(sum(transactions), 0), coalesce(sum(tx_sum), 0), coalesce(sum(writes), 0)"
					+ " from data_change")
			.query((rs, n) -> new Read(rs.getLong(1), new Version(rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4))))
			.single();
		if (read.rows() > FOLD_AFTER) {
			synchronized (this) {
				if (folding.isDone()) {
					folding = folder.submitCompletable(() -> apart.executeWithoutResult(t -> fold()));
				}
			}
		}
		return read.version();
	}

	/** The fold under way, or the last one (for tests that wait for it). */
	synchronized CompletableFuture<Void> folding() {
		return folding;
	}

	/**
	 * Folds the rows of committed transactions into one with the same sums, so that
	 * reading the version stays one small sum. Readers see the same version before and
	 * after.
	 */
	@Transactional
	public void fold() {
		jdbc.sql(FOLD).update();
	}

	/**
	 * The fold, one statement (also sent by {@link DataChanges} on its own connection).
	 */
	static final String FOLD = """
			with folded as (
				delete from data_change where (select count(*) from data_change) > 1
				returning transactions, tx_sum, writes)
			insert into data_change (tx, transactions, tx_sum, writes)
			select -nextval('data_change_fold_seq'), sum(transactions), sum(tx_sum), sum(writes) from folded
			having count(*) > 0
			""";

}
