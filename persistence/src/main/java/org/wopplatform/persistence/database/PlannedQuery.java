package org.wopplatform.persistence.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A query sent with settings of PostgreSQL's planning around it ({@code set local ...}),
 * in one round trip: the settings before it apply to it, those after it to what follows
 * in the transaction. Within a transaction only ({@code set local} ends with it).
 *
 * @param before settings before the query, separated by semicolons (none: empty)
 * @param sql the query, with {@code ?} for its parameters
 * @param after settings after the query, separated by semicolons (none: empty)
 */
public record PlannedQuery(String before, String sql, String after) {

	/** PostgreSQL's usual planning, for the rest of the transaction. */
	public static final String USUAL = "set local plan_cache_mode to default";

	/**
	 * Planned once for all values, cached with the statement: for a query whose best plan
	 * does not depend on its values, where PostgreSQL, weighing a plan for all values
	 * against one for the values given, kept planning it anew on every run. After it, the
	 * usual planning ({@link #USUAL}), not whatever the transaction had set before: not
	 * for a transaction that set its own.
	 */
	public static PlannedQuery generic(String sql) {
		return new PlannedQuery("set local plan_cache_mode to force_generic_plan", sql, USUAL);
	}

	/** Settings alone, for the rest of the transaction (one round trip). */
	public static void apply(JdbcTemplate jdbc, String settings) {
		inATransaction();
		jdbc.execute(settings, (PreparedStatementCallback<Boolean>) PreparedStatement::execute);
	}

	private static void inATransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Planning settings hold for a transaction: there is none");
		}
	}

	/** The rows of the query, each mapped. */
	public <T> List<T> query(JdbcTemplate jdbc, List<?> parameters, RowMapper<T> rows) {
		if (!before.isBlank() || !after.isBlank()) {
			inATransaction();
		}
		StringBuilder sent = new StringBuilder();
		int settings = count(before);
		if (settings > 0) {
			sent.append(before).append(";\n");
		}
		sent.append(sql);
		if (count(after) > 0) {
			sent.append(";\n").append(after);
		}
		return Objects.requireNonNull(jdbc.execute(sent.toString(), (PreparedStatementCallback<List<T>>) ps -> {
			bind(ps, parameters);
			boolean rowsNext = ps.execute();
			// past the settings' results
			for (int setting = 0; setting < settings; setting++) {
				rowsNext = ps.getMoreResults();
			}
			if (!rowsNext) {
				throw new IllegalStateException("The query's rows did not come after its planning settings");
			}
			List<T> read = new ArrayList<>();
			try (ResultSet result = ps.getResultSet()) {
				while (result.next()) {
					read.add(rows.mapRow(result, read.size()));
				}
			}
			return read;
		}));
	}

	private static void bind(PreparedStatement ps, List<?> parameters) throws java.sql.SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			ps.setObject(i + 1, parameters.get(i));
		}
	}

	private static int count(String settings) {
		return settings.isBlank() ? 0 : settings.split(";").length;
	}

}
