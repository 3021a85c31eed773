package org.wopplatform.web.perf;

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
	void aSemicolonInAQuotedTextSeparatesNothing() {
		assertThat(statements("select 'a;b'; select ';'")).isEqualTo(2);
	}

}
