package org.wopplatform.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.wopplatform.persistence.database.EmbeddedPostgresServer;

/**
 * The one PostgreSQL 17 of a test JVM: a Testcontainers container where a Docker engine
 * answers (hosted CI), else the same embedded PostgreSQL the application uses, on a
 * throw-away data directory. {@code WOP_TEST_DATABASE=embedded|testcontainers} forces the
 * choice.
 */
public final class TestDatabase {

	private static final Log log = LogFactory.getLog(TestDatabase.class);

	private static @Nullable Connection connection;

	public record Connection(String url, String username, String password, String kind) {
	}

	private TestDatabase() {
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = dockerAnswers() ? startContainer() : startEmbedded();
			log.info("Tests use " + connection.kind() + " PostgreSQL at " + connection.url());
		}
		return connection;
	}

	private static boolean dockerAnswers() {
		String choice = System.getenv("WOP_TEST_DATABASE");
		if ("embedded".equals(choice)) {
			return false;
		}
		if (!"testcontainers".equals(choice) && System.getenv("DOCKER_HOST") == null
				&& !Files.exists(Path.of("/var/run/docker.sock"))) {
			return false; // no engine to ask: skip Testcontainers' noisy probing
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper
									// removes it
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	private static Connection startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("wop-test-pg");
			String url = EmbeddedPostgresServer.start(directory, 0, false, true, log);
			return new Connection(url, EmbeddedPostgresServer.USER, "", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
