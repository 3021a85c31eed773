package org.wopplatform.web.common;

import javax.sql.DataSource;

import org.wopplatform.web.perf.StatementCounter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement sent through the application's DataSource — Hibernate's and
 * plain JDBC ones alike (Hibernate's statistics see only its own), with the benchmark's
 * {@link StatementCounter}. Import it into a test with
 * {@code @Import(JdbcStatements.Configuration.class)}.
 */
public final class JdbcStatements {

	private static final StatementCounter counter = new StatementCounter();

	private JdbcStatements() {
	}

	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	public static long countDuring(Action action) throws Exception {
		long before = counter.count();
		action.run();
		return counter.count() - before;
	}

	/**
	 * The texts prepared during the action, oldest first: one per round trip (a batch of
	 * statements is one text).
	 */
	public static java.util.List<String> textsDuring(Action action) throws Exception {
		long before = counter.texts();
		action.run();
		int prepared = (int) (counter.texts() - before);
		java.util.List<String> recent = counter.recent();
		if (prepared > recent.size()) {
			throw new IllegalStateException(prepared + " texts prepared, only the last " + recent.size() + " kept");
		}
		return recent.subList(recent.size() - prepared, recent.size());
	}

	/** How many transactions were committed during the action. */
	public static long commitsDuring(Action action) throws Exception {
		long before = counter.commits();
		action.run();
		return counter.commits() - before;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? counter.counting(dataSource) : bean;
				}
			};
		}

	}

}
