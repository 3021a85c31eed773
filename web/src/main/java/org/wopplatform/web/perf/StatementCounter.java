package org.wopplatform.web.perf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts every SQL statement prepared through a DataSource — Hibernate's and plain JDBC
 * ones alike. Used by the benchmark (statements per request) and by the tests that check
 * a page costs the same whatever the data.
 */
public final class StatementCounter {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	/** How many statement texts {@link #recent()} keeps. */
	static final int RECENT = 64;

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong commits = new AtomicLong();

	private final AtomicLong texts = new AtomicLong();

	private final Deque<String> recent = new ArrayDeque<>();

	public long count() {
		return count.get();
	}

	/**
	 * Statement texts prepared: one per round trip to the database, whether it holds one
	 * statement or a batch of them ({@link #count()} counts each).
	 */
	public long texts() {
		return texts.get();
	}

	/** Transactions committed (each a round trip of its own to the database). */
	public long commits() {
		return commits.get();
	}

	/**
	 * The texts of the last {@value #RECENT} statements prepared, oldest first (to look
	 * at their plans).
	 */
	public List<String> recent() {
		synchronized (recent) {
			return List.copyOf(recent);
		}
	}

	/**
	 * The statements of one prepared text: one, or each of a batch sent in one round trip
	 * (statements separated by semicolons, as the record page's read model sends them),
	 * so that a batch costs what its statements do in the counts.
	 */
	static long statementsIn(Object[] args) {
		if (args == null || args.length == 0 || !(args[0] instanceof String sql)) {
			return 1;
		}
		long statements = 0;
		boolean quoted = false;
		boolean empty = true;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == ';' && !quoted) {
				statements += empty ? 0 : 1;
				empty = true;
			}
			else if (!Character.isWhitespace(c)) {
				empty = false;
			}
		}
		return Math.max(1, statements + (empty ? 0 : 1));
	}

	private void prepared(Object[] args) {
		if (args != null && args.length > 0 && args[0] instanceof String sql) {
			synchronized (recent) {
				if (recent.size() == RECENT) {
					recent.removeFirst();
				}
				recent.addLast(sql);
			}
		}
	}

	/** The same DataSource, counting the statements of its connections. */
	public DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, forward(target, (method, args, result) -> {
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
								new Class<?>[] { Connection.class }, forward(connection, (m, a, r) -> {
									if (STATEMENTS.contains(m.getName())) {
										count.addAndGet(statementsIn(a));
										texts.incrementAndGet();
										prepared(a);
									}
									else if (m.getName().equals("commit")) {
										commits.incrementAndGet();
									}
									return r;
								}));
					}
					return result;
				}));
	}

	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

}
