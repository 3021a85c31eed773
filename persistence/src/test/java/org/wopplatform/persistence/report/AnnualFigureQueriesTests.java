package org.wopplatform.persistence.report;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's figures are the same whether counted in a reading transaction (the improved
 * indicators alongside, on a connection of their own) or in a writing one (all in turn).
 */
@SpringBootTest
class AnnualFigureQueriesTests {

	@Autowired
	private AnnualFigureQueries queries;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void countedAlongsideOrInTurnTheFiguresAreTheSame() {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		TransactionTemplate writing = new TransactionTemplate(transactions);
		for (int year : new int[] { 2020, 2024 }) {
			AnnualFigures alongside = reading.execute(t -> queries.live(year));
			AnnualFigures inTurn = writing.execute(t -> queries.live(year));
			assertThat(alongside).isEqualTo(inTurn);
			assertThat(alongside.count("ACTIVE")).isPositive();
		}
		AnnualFigures withResults = reading.execute(t -> queries.live(2025));
		assertThat(withResults.results()).isNotEmpty();
		assertThat(withResults.improvedIndicators()).isEqualTo(withResults.results().size());
	}

}
