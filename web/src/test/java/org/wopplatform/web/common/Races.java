package org.wopplatform.web.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two requests made to meet where a race really happens: a third transaction holds what
 * both need (a row lock, or an uncommitted row with the same key) until both are waiting
 * for it, then lets go, so that both have read the same state and both try to write.
 * Without the hold, which request ran first would be luck, and the race rarely seen.
 */
public final class Races {

	private Races() {
	}

	/**
	 * Runs both requests while {@code hold} (SQL run in a transaction of its own) keeps
	 * what they need, until {@code waiting} of them wait on a lock; then rolls the holder
	 * back and returns both answers.
	 */
	public static List<MvcResult> meetAt(PlatformTransactionManager transactions, JdbcClient jdbc, String hold,
			int waiting, Callable<MvcResult> first, Callable<MvcResult> second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			CountDownLatch held = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Future<?> holder = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				jdbc.sql(hold).query().listOfRows();
				held.countDown();
				await(release);
				tx.setRollbackOnly();
			}));
			await(held);
			List<Future<MvcResult>> answers = List.of(threads.submit(first), threads.submit(second));
			Awaitility.await("both requests waiting for the holder")
				.atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> waitingOnLocks(jdbc) >= waiting);
			release.countDown();
			holder.get(30, TimeUnit.SECONDS);
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> answer : answers) {
				results.add(answer.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static long waitingOnLocks(JdbcClient jdbc) {
		return jdbc.sql(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Timed out");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
