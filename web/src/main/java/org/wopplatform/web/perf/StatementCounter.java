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

	private volatile boolean counting = true;

	/**
	 * Counts from now on, or stops counting: a connection taken while stopped is the
	 * DataSource's own, without the counting proxy, whose reflective calls took 2–3 % of
	 * a page's requests/s (side by side; a profile put them at 6 % of a record page's
	 * processor time). The benchmark counts a page's statements on a few requests, then
	 * measures its speed without counting, as production runs.
	 */
	public void counting(boolean on) {
		this.counting = on;
	}

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
	 * The last {@value #RECENT} texts prepared, oldest first (to look at their plans):
	 * one per round trip, a batch of statements as one text.
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
		boolean empty = true;
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			int skipped = skipped(sql, i);
			if (skipped > i) {
				// a quoted text or name, or a comment: no separator in it
				empty &= sql.startsWith("--", i) || sql.startsWith("/*", i);
				i = skipped;
				continue;
			}
			if (c == ';') {
				statements += empty ? 0 : 1;
				empty = true;
			}
			else if (!Character.isWhitespace(c)) {
				empty = false;
			}
			i++;
		}
		return Math.max(1, statements + (empty ? 0 : 1));
	}

	/**
	 * Where what starts at {@code i} ends, when it is a quoted text ('...', with ''
	 * inside), a quoted name ("..."), a dollar-quoted text ($$...$$ or $tag$...$tag$) or
	 * a comment; {@code i} otherwise.
	 */
	private static int skipped(String sql, int i) {
		if (sql.startsWith("--", i)) {
			int end = sql.indexOf('\n', i);
			return end < 0 ? sql.length() : end + 1;
		}
		if (sql.startsWith("/*", i)) {
			int end = sql.indexOf("*/", i + 2);
			return end < 0 ? sql.length() : end + 2;
		}
		char c = sql.charAt(i);
		if (c == '\'' || c == '"') {
			int end = sql.indexOf(c, i + 1);
			return end < 0 ? sql.length() : end + 1;
		}
		if (c == '$') {
			java.util.regex.Matcher tag = DOLLAR_TAG.matcher(sql).region(i, sql.length());
			if (tag.lookingAt()) {
				int end = sql.indexOf(tag.group(), tag.end());
				return end < 0 ? sql.length() : end + tag.group().length();
			}
		}
		return i;
	}

	private static final java.util.regex.Pattern DOLLAR_TAG = java.util.regex.Pattern
		.compile("\\$[A-Za-z_][A-Za-z_0-9]*\\$|\\$\\$");

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
					if (counting && result instanceof Connection connection) {
						return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
								new Class<?>[] { Connection.class }, forward(connection, (m, a, r) -> {
									if (STATEMENTS.contains(m.getName())) {
										count.addAndGet(statementsIn(a));
										if (a != null && a.length > 0 && a[0] instanceof String) {
											texts.incrementAndGet();
										}
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
