package org.wopplatform.web.perf;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
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

	private final AtomicLong count = new AtomicLong();

	public long count() {
		return count.get();
	}

	/** The same DataSource, counting the statements of its connections. */
	public DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, forward(target, (method, result) -> {
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
								new Class<?>[] { Connection.class }, forward(connection, (m, r) -> {
									if (STATEMENTS.contains(m.getName())) {
										count.incrementAndGet();
									}
									return r;
								}));
					}
					return result;
				}));
	}

	private interface After {

		Object apply(Method method, Object result);

	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, args) -> {
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

}
