package org.wopplatform.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

/**
 * A connection of its own, opened with the pool's settings and never returned to it: for
 * work that must not wait for the pool, because the threads it would wait for may be
 * waiting for it (the reference lists, read while pages hold the pool's connections), or
 * that holds its connection for good (listening for the data's changes).
 */
public final class OwnConnections {

	private OwnConnections() {
	}

	/** The connection pool behind the data source, if it is one (HikariCP's). */
	public static @Nullable HikariDataSource pool(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	/** Whether {@link #open} can open one: the data source is a pool with a JDBC URL. */
	public static boolean available(DataSource dataSource) {
		HikariDataSource pool = pool(dataSource);
		return pool != null && pool.getJdbcUrl() != null;
	}

	/**
	 * Opens one, in autocommit as the driver opens it, named in {@code pg_stat_activity};
	 * a statement or a connection attempt that gets no answer in {@code timeoutSeconds}
	 * fails. Only when {@link #available}.
	 */
	public static Connection open(DataSource dataSource, String applicationName, int timeoutSeconds)
			throws SQLException {
		HikariDataSource pool = java.util.Objects.requireNonNull(pool(dataSource));
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		put(properties, "user", pool.getUsername());
		put(properties, "password", pool.getPassword());
		put(properties, "currentSchema", pool.getSchema());
		properties.setProperty("ApplicationName", applicationName);
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
		properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	private static void put(Properties properties, String name, @Nullable String value) {
		if (value != null) {
			properties.setProperty(name, value);
		}
	}

}
