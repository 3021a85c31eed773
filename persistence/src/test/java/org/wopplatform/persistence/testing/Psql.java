package org.wopplatform.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A change committed as psql, a data import or another node would: a statement on a
 * connection of its own to the application's database, outside the application's
 * transactions.
 */
public final class Psql {

	private Psql() {
	}

	public static void commit(DataSource application, String sql) throws SQLException {
		HikariDataSource pool = application.unwrap(HikariDataSource.class);
		try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
