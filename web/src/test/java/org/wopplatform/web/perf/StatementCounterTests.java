package org.wopplatform.web.perf;

import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's and the tests' statement counts: a batch sent in one round trip counts
 * as the statements it holds, so that it cannot hide work from the counts.
 */
class StatementCounterTests {

	private static long statements(String sql) {
		return StatementCounter.statementsIn(new Object[] { sql });
	}

	@Test
	void aBatchCountsEachOfItsStatements() {
		assertThat(statements("select 1")).isEqualTo(1);
		assertThat(statements("select 1;")).isEqualTo(1);
		assertThat(statements("select 1; select 2;\n select 3")).isEqualTo(3);
		assertThat(statements("select 1;\n  ;\n")).as("empty statements between semicolons").isEqualTo(1);
	}

	@Test
	void aSemicolonInAQuotedTextOrACommentSeparatesNothing() {
		assertThat(statements("select 'a;b'; select ';'")).isEqualTo(2);
		assertThat(statements("select 'it''s; here'; select \"a;b\" from t")).isEqualTo(2);
		assertThat(statements("select 1 -- it's; a comment\n; select 2")).isEqualTo(2);
		assertThat(statements("select 1 /* a; b's */; select 2")).isEqualTo(2);
		assertThat(statements("select $$a;b$$; select $f$ ; $f$")).isEqualTo(2);
		assertThat(statements("-- only a comment; really\n")).isEqualTo(1);
	}

	@Test
	void stoppedItCountsNothingAndHandsOutTheConnectionsAsTheyAre() throws Exception {
		Connection plain = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> null);
		DataSource source = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> plain);
		StatementCounter counter = new StatementCounter();
		DataSource counting = counter.counting(source);

		counting.getConnection().prepareStatement("select 1; select 2");
		assertThat(counter.count()).isEqualTo(2);

		counter.counting(false);
		Connection taken = counting.getConnection();
		taken.prepareStatement("select 3");
		assertThat(taken).as("the DataSource's own connection").isSameAs(plain);
		assertThat(counter.count()).isEqualTo(2);

		counter.counting(true);
		counting.getConnection().prepareStatement("select 4");
		assertThat(counter.count()).isEqualTo(3);
	}

}
