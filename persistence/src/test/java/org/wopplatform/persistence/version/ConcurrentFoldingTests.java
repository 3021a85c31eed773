package org.wopplatform.persistence.version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several application nodes on one database each fold the data version's rows when they
 * pile up, possibly at the same moment, while people write: two folders folding over and
 * over on connections of their own, while two writers commit changes, never lose or count
 * twice a committed change, and a reader never sees the version go back.
 */
@SpringBootTest
class ConcurrentFoldingTests {

	private static final int WRITES_PER_WRITER = 150;

	@Autowired
	private DataVersion version;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void twoNodesFoldingAtOnceWhileOthersWriteLoseNothing() throws Exception {
		Version before = version.read();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger folds = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(5);
		try {
			List<Future<BigDecimal>> writers = new ArrayList<>();
			for (int w = 0; w < 2; w++) {
				writers.add(threads.submit(writer()));
			}
			List<Future<?>> others = new ArrayList<>();
			for (int f = 0; f < 2; f++) {
				others.add(threads.submit(() -> {
					while (writing.get()) {
						version.fold();
						folds.incrementAndGet();
					}
					return null;
				}));
			}
			others.add(threads.submit(() -> {
				long seen = before.transactions();
				while (writing.get()) {
					long now = version.read().transactions();
					assertThat(now).as("the version a reader sees never goes back").isGreaterThanOrEqualTo(seen);
					seen = now;
				}
				return null;
			}));
			BigDecimal txSum = BigDecimal.ZERO;
			for (Future<BigDecimal> writer : writers) {
				txSum = txSum.add(writer.get(3, TimeUnit.MINUTES));
			}
			writing.set(false);
			for (Future<?> other : others) {
				other.get(1, TimeUnit.MINUTES);
			}

			assertThat(folds.get()).as("folds done while writing").isGreaterThan(10);
			Version after = version.read();
			int committed = 2 * WRITES_PER_WRITER;
			assertThat(after.transactions()).isEqualTo(before.transactions() + committed);
			assertThat(after.writes()).isEqualTo(before.writes() + committed);
			assertThat(after.txSum()).isEqualByComparingTo(before.txSum().add(txSum));
			version.fold();
			assertThat(version.read()).isEqualTo(after);
			assertThat(jdbc.sql("select count(*) from data_change").query(Long.class).single()).isEqualTo(1);
		}
		finally {
			writing.set(false);
			threads.shutdownNow();
		}
	}

	/** Commits changes one by one; returns the sum of their transaction ids. */
	private Callable<BigDecimal> writer() {
		return () -> {
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < WRITES_PER_WRITER; i++) {
				Long tx = transaction.execute(t -> {
					jdbc.sql("update working_area set name_en = name_en where code = 'NRW'").update();
					return jdbc.sql("select txid_current()").query(Long.class).single();
				});
				sum = sum.add(BigDecimal.valueOf(tx));
			}
			return sum;
		};
	}

}
