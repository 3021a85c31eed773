package org.wopplatform.persistence.version;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.wopplatform.persistence.database.OwnConnections;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What this node hears of the changes to the platform's data. The database notifies each
 * committed change (channel {@value #CHANNEL}, with the changed table's name: migration
 * V202612131100); this node listens on a connection of its own and counts what it hears.
 * While it listens, its caches (public pages, counts, reference lists) are kept against
 * that count ({@link #heard}), so a kept page costs no SQL statement:
 * <ul>
 * <li>a change committed through this node counts at once, after its commit (a
 * transaction of the application's transaction manager that wrote to the platform's data:
 * checked before it commits, after writing its pending entity changes as the commit
 * would, with one statement; a transaction that wrote only what the data version leaves
 * out, such as a sign-in's counter, does not count);</li>
 * <li>one committed elsewhere (another node, psql, a data import) counts when its
 * notification arrives, within milliseconds.</li>
 * </ul>
 * While it does not listen (the application starting, or its connection lost until it
 * connects again, tried every second), {@link #heard} is empty and the caches are kept
 * against the data version read from the database on each request, as before. Each time
 * it starts listening it counts one change (some may have been missed) and has the
 * reference lists read again. A connection that dies without a word (a network cut) is
 * noticed by a statement sent after {@value #WAIT_MILLIS} ms without a notification,
 * which gives up after {@value #SOCKET_TIMEOUT_SECONDS} s; and what was heard is not used
 * once the connection has not answered for {@value #STALE_SECONDS} s. With that statement
 * the node sends a notification to a channel of its own and expects it back within
 * {@value #WAIT_MILLIS} ms: a connection that answers statements but delivers no
 * notification (through a pooler in transaction mode) is left, as a lost one. That
 * statement, sent at most every second while changes are heard, also folds the rows of
 * {@code data_change} when they pile up (see {@link DataVersion#fold}): the version is
 * then seldom read, and reading it was what folded them.
 */
@Component
public class DataChanges implements SmartLifecycle, TransactionExecutionListener {

	static final String CHANNEL = "wop_data_change";

	/**
	 * The name of transactions that write nothing the data version covers, so that their
	 * commits do not count as changes: the sessions' (each signed-in request may write
	 * its session).
	 */
	public static final String UNTRACKED = "untracked";

	static final int WAIT_MILLIS = 10_000;

	static final int SOCKET_TIMEOUT_SECONDS = 10;

	static final int STALE_SECONDS = 25;

	/** At most this often, the rows of {@code data_change} are counted and folded. */
	static final long FOLD_CHECK_NANOS = 1_000_000_000L;

	private static final Log logger = LogFactory.getLog(DataChanges.class);

	private final DataSource dataSource;

	private final ReferenceData reference;

	/** Every value heard is drawn from this counter: never the same twice. */
	private final AtomicLong count = new AtomicLong();

	/** Notifications this node sent itself and heard back (for tests). */
	private final AtomicLong probesHeard = new AtomicLong();

	/** What this node heard, while it listens; null while it does not. */
	private final AtomicReference<@Nullable Version> heard = new AtomicReference<>();

	/** When the listening connection last answered (System.nanoTime). */
	private volatile long answered;

	private final JdbcClient jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagers;

	private volatile boolean running;

	private volatile @Nullable Connection connection;

	private volatile @Nullable Thread listener;

	DataChanges(DataSource dataSource, ReferenceData reference, JdbcClient jdbc,
			ObjectProvider<EntityManagerFactory> entityManagers) {
		this.dataSource = dataSource;
		this.reference = reference;
		this.jdbc = jdbc;
		this.entityManagers = entityManagers;
	}

	/**
	 * The data's version as this node heard it, while it listens: never equal to a
	 * version read from the database, nor to one heard before this node last started
	 * listening.
	 */
	public @Nullable Version heard() {
		Version now = heard.get();
		if (now == null || System.nanoTime() - answered > STALE_SECONDS * 1_000_000_000L) {
			return null;
		}
		return now;
	}

	/** How many of its own notifications this node heard back (for tests). */
	long probesHeard() {
		return probesHeard.get();
	}

	/** Whether this node listens now. */
	public boolean listening() {
		return heard() != null;
	}

	/** One more change heard (nothing while not listening). */
	private void changed() {
		heard.updateAndGet(now -> now == null ? null : Version.heard(count.incrementAndGet()));
	}

	private void listeningFrom(boolean now) {
		count.incrementAndGet();
		heard.set(now ? Version.heard(count.incrementAndGet()) : null);
	}

	/**
	 * Before a writing transaction commits: whether it wrote to the platform's data (its
	 * pending entity changes written first, as the commit would); if it did, a change is
	 * counted after this transaction's commit (a synchronization of its own, so a
	 * transaction begun and committed meanwhile, or a savepoint released, counts for
	 * itself).
	 */
	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (transaction.isReadOnly() || UNTRACKED.equals(transaction.getTransactionName()) || heard.get() == null
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		EntityManagerFactory factory = entityManagers.getIfAvailable();
		if (factory != null) {
			EntityManager pending = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
			if (pending != null) {
				try {
					pending.flush();
				}
				catch (RuntimeException ex) {
					// Said as the commit would say it (a lost race, a taken key): the
					// transaction is rolled back, the page answers as for such a refusal.
					if (factory instanceof EntityManagerFactoryInfo info && info.getJpaDialect() != null) {
						throw DataAccessUtils.translateIfNecessary(ex, info.getJpaDialect());
					}
					throw ex;
				}
			}
		}
		boolean wrote = jdbc.sql("select exists (select 1 from data_change where tx = txid_current_if_assigned())")
			.query(Boolean.class)
			.single();
		if (wrote && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changed();
				}
			});
		}
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		if (!OwnConnections.available(dataSource)) {
			logger.info("Not listening for data changes: the data source is not a connection pool with a JDBC URL;"
					+ " caches read the data version on each request");
			return;
		}
		running = true;
		Thread thread = new Thread(this::listen, "data-changes");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread;
		Connection open;
		synchronized (this) {
			running = false;
			thread = listener;
			// a thread still connecting when the wait below ends stops at its next step
			listener = null;
			open = connection;
			connection = null;
			listeningFrom(false);
		}
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (current()) {
			try (Connection open = open(); Statement statement = open.createStatement()) {
				synchronized (this) {
					if (!current()) {
						continue; // stopped meanwhile
					}
					connection = open;
				}
				statement.execute("listen " + CHANNEL);
				// a channel of this connection's own, to check notifications still arrive
				String probe = "wop_probe_" + java.util.UUID.randomUUID().toString().replace("-", "");
				statement.execute("listen " + probe);
				answered = System.nanoTime();
				// what changed before, while no one listened
				reference.refresh();
				synchronized (this) {
					// (start and stop hold this lock too: no other listener now)
					if (!current()) {
						continue;
					}
					listeningFrom(true);
				}
				PGConnection notified = open.unwrap(PGConnection.class);
				long checked = System.nanoTime();
				long probed = 0; // when the probe not heard yet was sent
				while (current()) {
					PGNotification[] received = notified.getNotifications(WAIT_MILLIS);
					boolean quiet = received == null || received.length == 0;
					boolean probeBack = false;
					boolean dataChanged = false;
					boolean listsChanged = false;
					for (PGNotification notification : quiet ? new PGNotification[0] : received) {
						if (probe.equals(notification.getName())) {
							probeBack = true;
						}
						else if (CHANNEL.equals(notification.getName())) {
							dataChanged = true;
							listsChanged |= ReferenceData.TABLES.contains(notification.getParameter());
						}
					}
					if (probeBack) {
						answered = System.nanoTime();
						probed = 0;
						probesHeard.incrementAndGet();
					}
					if (dataChanged) {
						answered = System.nanoTime();
						if (listsChanged) {
							// first: a page made under the new count reads the lists anew
							reference.refresh();
						}
						changed();
					}
					if (probed != 0 && System.nanoTime() - probed > WAIT_MILLIS * 1_000_000L) {
						throw new SQLException("a notification sent to this connection did not come back (a pooler"
								+ " in transaction mode between this node and PostgreSQL?)");
					}
					if (quiet || System.nanoTime() - checked > FOLD_CHECK_NANOS) {
						// The rows folded if they piled up, and a notification sent to
						// itself, whose return shows that notifications still arrive.
						foldIfPiled(statement);
						if (probed == 0) {
							statement.execute("select pg_notify('" + probe + "', '')");
							probed = System.nanoTime();
						}
						checked = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (current()) {
					logger.warn("Stopped listening for data changes (" + ex.getMessage()
							+ "); caches read the data version on each request until connected again");
				}
			}
			finally {
				synchronized (this) {
					Thread now = listener;
					if (now == null || now == Thread.currentThread()) {
						listeningFrom(false);
						connection = null;
					}
				}
			}
			pause();
		}
	}

	private static void foldIfPiled(Statement statement) throws SQLException {
		long rows;
		try (java.sql.ResultSet read = statement.executeQuery("select count(*) from data_change")) {
			read.next();
			rows = read.getLong(1);
		}
		if (rows > DataVersion.FOLD_AFTER) {
			statement.execute(DataVersion.FOLD);
		}
	}

	/** Whether this thread is the one that should listen. */
	private boolean current() {
		return running && Thread.currentThread() == listener;
	}

	private void pause() {
		if (!current()) {
			return;
		}
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt(); // stopped: the loop ends
		}
	}

	/** A connection of its own, with the pool's settings (it is never returned to it). */
	private Connection open() throws SQLException {
		return OwnConnections.open(dataSource, "wop-platform data changes", SOCKET_TIMEOUT_SECONDS);
	}

}
