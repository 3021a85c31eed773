package org.wopplatform.web.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.persistence.database.OwnConnections;

import org.springframework.stereotype.Component;

/**
 * Runs a scheduled task on one node at a time when several application nodes share the
 * database: every node's scheduler fires, the first to take the task's lock runs it, the
 * others skip this turn.
 * <p>
 * The lock is a PostgreSQL transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}), taken in a transaction of its own on a connection
 * of its own (not one of the pool's) and held while the task runs (the task's own work
 * commits in its own transactions, on other connections). Chosen over ShedLock because it
 * needs no table and no library, and because it cannot outlive its holder: it ends with
 * the transaction, so when the task ends, fails, or its node dies (the connection
 * closes), the lock is gone at once; no lock-at-most time to guess, no lock left behind
 * for a restarted node to wait out. The next run catches up with whatever a dead node
 * left undone (reminders are recorded one by one, each once).
 */
@Component
public class OneNodeAtATime {

	private static final Logger log = LoggerFactory.getLogger(OneNodeAtATime.class);

	private final DataSource dataSource;

	OneNodeAtATime(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Runs the task unless another node (or thread) runs the task of the same name now.
	 * @return what the task returned, or empty when it was running elsewhere
	 */
	public <T> Optional<T> run(String task, Supplier<T> work) {
		try (Connection connection = lockHolder(task)) {
			connection.setAutoCommit(false);
			try {
				if (!lock(connection, task)) {
					log.info("Task {} skipped: another node is running it", task);
					return Optional.empty();
				}
				return Optional.ofNullable(work.get());
			}
			finally {
				// Ends the transaction, and the lock with it.
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the lock of task " + task, ex);
		}
	}

	/**
	 * A connection of its own for the lock, beside the pool (the task's work takes the
	 * pool's, and would otherwise run with one fewer for the pages), or one of the pool's
	 * where there is no pool to open one beside.
	 */
	private Connection lockHolder(String task) throws SQLException {
		if (OwnConnections.available(dataSource)) {
			return OwnConnections.open(dataSource, "wop-platform task " + task, 30);
		}
		return dataSource.getConnection();
	}

	private static boolean lock(Connection connection, String task) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
			statement.setString(1, "wop-task:" + task);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

}
