package org.wopplatform.persistence.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * Starts one PostgreSQL 17 server per JVM from the binaries on the class path (zonky),
 * keeping its data in a directory on disk. A second call in the same JVM returns the
 * running server.
 */
public final class EmbeddedPostgresServer {

	public static final String DATABASE = "wop";

	public static final String USER = "postgres";

	private static @Nullable EmbeddedPostgres running;

	private static @Nullable String runningUrl;

	private EmbeddedPostgresServer() {
	}

	/**
	 * @param dataDirectory where the cluster lives; created on first start
	 * @param port a fixed port, or 0 for any free one
	 * @param durable whether writes are flushed to disk (on for kept data, off for
	 * throw-away test data)
	 * @return the JDBC URL of the {@value #DATABASE} database
	 */
	public static synchronized String start(Path dataDirectory, int port, boolean durable, Log log) {
		return start(dataDirectory, port, durable, false, log);
	}

	/**
	 * As {@link #start(Path, int, boolean, Log)}, optionally wiping the directory first
	 * (tests).
	 */
	public static synchronized String start(Path dataDirectory, int port, boolean durable, boolean clean, Log log) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		prepareDirectory(directory);
		if (runningUrl != null) {
			return runningUrl;
		}
		stopLeftoverServer(directory, log);
		requireFreePort(port);
		log.info("Starting embedded PostgreSQL with data directory " + directory);
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabaseIfMissing(postgres);
			running = postgres;
			runningUrl = postgres.getJdbcUrl(USER, DATABASE);
			log.info("Embedded PostgreSQL is up on port " + postgres.getPort());
			return runningUrl;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			throw new DatabaseStartupException(
					"The embedded PostgreSQL could not start with data directory " + directory + ": " + rootMessage(ex),
					"Check that the directory is writable and not used by another PostgreSQL, or set "
							+ "wop.database.data-directory to another place, or give SPRING_DATASOURCE_URL to use an external server.",
					ex);
		}
	}

	private static void prepareDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new DatabaseStartupException(
					"The data directory " + directory + " cannot be created: " + describe(ex),
					"Set wop.database.data-directory (environment WOP_DATABASE_DATA_DIRECTORY) to a writable directory.",
					ex);
		}
		Path probe = directory.resolve(".write-test");
		try {
			Files.deleteIfExists(probe);
			Files.createFile(probe);
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw new DatabaseStartupException("The data directory " + directory + " is not writable: " + describe(ex),
					"Set wop.database.data-directory (environment WOP_DATABASE_DATA_DIRECTORY) to a writable directory.",
					ex);
		}
	}

	/**
	 * After the application was killed (kill -9, power loss) its PostgreSQL may still
	 * run, or have left a stale postmaster.pid that blocks the next start. The data
	 * directory is ours alone, so stop the leftover server, or remove the stale lock
	 * file.
	 */
	private static void stopLeftoverServer(Path directory, Log log) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
		if (leftover.isEmpty()) {
			log.warn("Removing stale " + pidFile + " left by a PostgreSQL that is no longer running");
			try {
				Files.deleteIfExists(pidFile);
			}
			catch (IOException ex) {
				throw new DatabaseStartupException("The stale lock file " + pidFile + " cannot be removed",
						"Remove it by hand and start again.", ex);
			}
			return;
		}
		ProcessHandle process = leftover.get();
		log.warn("Stopping a PostgreSQL (pid " + process.pid() + ") left running on " + directory
				+ " by an earlier run");
		// SIGINT would be PostgreSQL's fast shutdown, but the JDK only sends SIGTERM
		// (smart shutdown),
		// which is enough here: the process that held connections is gone.
		process.destroy();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new DatabaseStartupException("A PostgreSQL (pid " + process.pid() + ") still uses " + directory,
					"Stop that process, or set wop.database.data-directory to another directory.", ex);
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void requireFreePort(int port) {
		if (port <= 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new DatabaseStartupException("Port " + port + " for the embedded PostgreSQL is already in use",
					"Set wop.database.port to a free port, or to 0 to pick one automatically.", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8'");
					}
				}
			}
		}
	}

	/**
	 * What went wrong with a file, in words: "/proc/x: Operation not permitted", "/a/b
	 * (NotDirectoryException)".
	 */
	private static String describe(IOException ex) {
		if (ex instanceof FileSystemException fileProblem) {
			String reason = fileProblem.getReason();
			return fileProblem.getFile()
					+ (reason != null ? ": " + reason : " (" + ex.getClass().getSimpleName() + ")");
		}
		return rootMessage(ex);
	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

}
