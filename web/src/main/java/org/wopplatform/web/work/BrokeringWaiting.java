package org.wopplatform.web.work;

import java.util.List;

import org.wopplatform.domain.brokering.MatchStage;
import org.wopplatform.persistence.brokering.BrokeringQueries.Card;

/**
 * How much brokering waits for a broker, from the board's cards (whose counts cover the
 * whole column): open requests without a match, and matches at a stage still under way.
 */
public record BrokeringWaiting(long withoutMatch, long matchesWaiting) {

	static boolean isWaiting(String column) {
		return !column.equals("OPEN") && MatchStage.valueOf(column).isUnderWay();
	}

	static BrokeringWaiting of(List<Card> cards) {
		long open = 0;
		long waiting = 0;
		java.util.Set<String> counted = new java.util.HashSet<>();
		for (Card card : cards) {
			if (!counted.add(card.column())) {
				continue;
			}
			if (card.column().equals("OPEN")) {
				open = card.columnCount();
			}
			else if (isWaiting(card.column())) {
				waiting += card.columnCount();
			}
		}
		return new BrokeringWaiting(open, waiting);
	}

}
