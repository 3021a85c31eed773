package org.wopplatform.persistence.version;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * What this node hears of the changes to the platform's data. The database notifies each
 * committed change (channel {@value #CHANNEL}, with the changed table's name: migration
 * V202612131000); this node listens on a connection of its own and counts what it hears.
 * While it listens, its caches (public pages, counts, reference lists) are kept against
 * that count ({@link #heard}), so a kept page costs no SQL statement:
 * <ul>
 * <li>a change committed through this node counts at once, after its commit (a writing
 * transaction of the application's transaction manager);</li>
 * <li>one committed elsewhere (another node, psql, a data import) counts when its
 * notification arrives, within milliseconds.</li>
 * </ul>
 * While it does not listen (the application starting, or its connection lost until it
 * connects again, tried every second), {@link #heard} is empty and the caches are kept
 * against the data version read from the database on each request, as before. Each time
 * it starts listening it counts one change (some may have been missed) and has the
 * reference lists read again. A connection that dies without a word is noticed by a
 * statement sent after {@value #WAIT_MILLIS} ms without a notification. That statement,
 * sent at most every second while changes are heard, also folds the rows of
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

	/** At most this often, the rows of {@code data_change} are counted and folded. */
	static final long FOLD_CHECK_NANOS = 1_000_000_000L;

	private static final Log logger = LogFactory.getLog(DataChanges.class);

	private final DataSource dataSource;

	private final ReferenceData reference;

	private final AtomicLong count = new AtomicLong();

	private volatile boolean listening;

	private volatile boolean running;

	private volatile @Nullable Connection connection;

	private @Nullable Thread listener;

	DataChanges(DataSource dataSource, ReferenceData reference) {
		this.dataSource = dataSource;
		this.reference = reference;
	}

	/**
	 * The data's version as this node heard it, while it listens: never equal to a
	 * version read from the database, nor to one heard before this node last started
	 * listening.
	 */
	public @Nullable Version heard() {
		return listening ? Version.heard(count.get()) : null;
	}

	/** Whether this node listens now. */
	public boolean listening() {
		return listening;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure == null && !transaction.isReadOnly() && !UNTRACKED.equals(transaction.getTransactionName())) {
			count.incrementAndGet();
		}
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		try {
			if (!dataSource.isWrapperFor(HikariDataSource.class)) {
				logger.info("Not listening for data changes: the data source is not a connection pool whose settings"
						+ " can be read; caches read the data version on each request");
				return;
			}
		}
		catch (SQLException ex) {
			logger.info("Not listening for data changes: " + ex.getMessage());
			return;
		}
		running = true;
		Thread thread = new Thread(this::listen, "data-changes");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		Connection open = connection;
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException ex) {
				// closing anyway
			}
		}
		Thread thread = listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		listener = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection open = open(); Statement statement = open.createStatement()) {
				connection = open;
				statement.execute("listen " + CHANNEL);
				// what changed before, while no one listened
				reference.refresh();
				count.incrementAndGet();
				listening = true;
				PGConnection notified = open.unwrap(PGConnection.class);
				long checked = System.nanoTime();
				while (running) {
					PGNotification[] heard = notified.getNotifications(WAIT_MILLIS);
					boolean quiet = heard == null || heard.length == 0;
					if (!quiet) {
						// the lists first: a page produced under the new count reads them
						// anew
						if (Arrays.stream(heard).anyMatch(n -> ReferenceData.TABLES.contains(n.getParameter()))) {
							reference.refresh();
						}
						count.incrementAndGet();
					}
					if (quiet || System.nanoTime() - checked > FOLD_CHECK_NANOS) {
						// still connected, and the rows folded if they piled up
						foldIfPiled(statement);
						checked = System.nanoTime();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					logger.warn("Stopped listening for data changes (" + ex.getMessage()
							+ "); caches read the data version on each request until connected again");
				}
			}
			finally {
				listening = false;
				connection = null;
				count.incrementAndGet();
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

	private void pause() {
		if (!running) {
			return;
		}
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	/** A connection of its own, with the pool's settings (it is never returned to it). */
	private Connection open() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		properties.setProperty("ApplicationName", "wop-platform data changes");
		properties.setProperty("tcpKeepAlive", "true");
		Connection open = DriverManager.getConnection(pool.getJdbcUrl(), properties);
		open.setAutoCommit(true);
		return open;
	}

}
