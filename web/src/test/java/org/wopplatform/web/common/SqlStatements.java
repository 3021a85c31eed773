package org.wopplatform.web.common;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while something runs (a page request). */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	public long countDuring(Action action) throws Exception {
		statistics.clear();
		action.run();
		return statistics.getPrepareStatementCount();
	}

}
