package org.wopplatform.web.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement sent through the application's DataSource — Hibernate's and
 * plain JDBC ones alike (Hibernate's statistics see only its own). Import it into a test
 * with {@code @Import(JdbcStatements.Configuration.class)}.
 */
public final class JdbcStatements {

	private static final AtomicLong count = new AtomicLong();

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private JdbcStatements() {
	}

	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	public static long countDuring(Action action) throws Exception {
		long before = count.get();
		action.run();
		return count.get() - before;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
				}
			};
		}

	}

	private static DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(JdbcStatements.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, forward(target, (method, result) -> {
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(JdbcStatements.class.getClassLoader(),
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

		Object apply(java.lang.reflect.Method method, Object result);

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
