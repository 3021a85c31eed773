package org.wopplatform.persistence.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns database start-up failures into a short "what happened / what to do" report: an
 * embedded server that cannot start, or an external server that cannot be reached or
 * refuses the login.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DatabaseStartupFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		DatabaseStartupException startup = find(failure, DatabaseStartupException.class);
		if (startup != null) {
			return new FailureAnalysis(startup.getMessage(), startup.action(), startup);
		}
		SQLException sql = find(failure, SQLException.class);
		if (sql != null && isConnectionProblem(sql)) {
			String url = environment.getProperty("spring.datasource.url", "(no URL)");
			return new FailureAnalysis(
					"Cannot connect to the PostgreSQL database at " + url + ": "
							+ EmbeddedPostgresServer.rootMessage(sql),
					"Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD and that the "
							+ "server is running and reachable; or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL.",
					sql);
		}
		return null;
	}

	private static boolean isConnectionProblem(SQLException ex) {
		String state = ex.getSQLState();
		// 08: connection exceptions; 28: invalid authorisation; 3D000: database does not
		// exist.
		return (state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")))
				|| find(ex, ConnectException.class) != null || find(ex, UnknownHostException.class) != null;
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		Throwable current = failure;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = (current.getCause() == current) ? null : current.getCause();
		}
		return null;
	}

}
