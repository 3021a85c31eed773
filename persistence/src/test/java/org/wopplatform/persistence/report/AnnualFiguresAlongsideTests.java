package org.wopplatform.persistence.report;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's improved indicators are counted alongside its other figures on a second
 * connection only while one connection stays for everyone else: with a pool of two, two
 * drafts opened at once would each hold one and wait for the other's (every page waiting
 * the pool's 30 s), so they count in turn on their own.
 */
class AnnualFiguresAlongsideTests {

	private static HikariDataSource pool(int size) {
		HikariDataSource pool = new HikariDataSource(); // never opened: only its size is
														// read
		pool.setMaximumPoolSize(size);
		return pool;
	}

	@Test
	void countsRunAlongsideOnlyWhileAConnectionStaysForEveryoneElse() {
		assertThat(AnnualFigureQueries.alongsideAtMost(pool(5))).as("the default pool").isEqualTo(2);
		assertThat(AnnualFigureQueries.alongsideAtMost(pool(20))).isEqualTo(2);
		assertThat(AnnualFigureQueries.alongsideAtMost(pool(3))).isEqualTo(1);
		assertThat(AnnualFigureQueries.alongsideAtMost(pool(2))).isZero();
		assertThat(AnnualFigureQueries.alongsideAtMost(pool(1))).isZero();
	}

}
