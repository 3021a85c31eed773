package org.wopplatform.persistence.version;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.ReadScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count is made once while the data stays the same and again as soon as it changed;
 * never kept for a transaction that writes; a list's total is always the true one.
 */
@SpringBootTest
class RecountTests {

	@Autowired
	private Recount recount;

	@Autowired
	private PartnershipListQueries lists;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	private TransactionTemplate reading() {
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		return reading;
	}

	private final AtomicInteger countings = new AtomicInteger();

	private long count(String question) {
		return recount.count(question, () -> 100 + countings.incrementAndGet());
	}

	@Test
	void theSameQuestionIsCountedOnceUntilTheDataChanges() {
		String question = "question " + System.nanoTime();
		long first = reading().execute(t -> count(question));
		long again = reading().execute(t -> count(question));
		assertThat(again).isEqualTo(first);
		assertThat(countings).hasValue(1);

		reading().execute(t -> count(question + " other"));
		assertThat(countings).hasValue(2);

		new TransactionTemplate(transactions).executeWithoutResult(
				t -> jdbc.sql("update working_area set name_en = name_en where code = 'NRW'").update());
		long afterChange = reading().execute(t -> count(question));
		assertThat(afterChange).isNotEqualTo(first);
		assertThat(countings).hasValue(3);
	}

	@Test
	void listsOrdersAreKeptApartFromCountsAndAtMostSoMany() {
		String question = "order " + System.nanoTime();
		long[] first = reading().execute(t -> recount.keepOrder(question, 100, 10_000, depth -> new long[depth]));
		long[] again = reading().execute(t -> recount.keepOrder(question, 100, 10_000, depth -> new long[depth]));
		assertThat(again).isSameAs(first);
		long counted = reading().execute(t -> count(question));
		assertThat(counted).as("a count of the same question is its own").isEqualTo(101);
		long countedAgain = reading().execute(t -> count(question));
		assertThat(countedAgain).isEqualTo(counted);

		AtomicInteger readings = new AtomicInteger();
		java.util.function.Consumer<String> order = asked -> reading()
			.execute(t -> recount.keepOrder(asked, 100, 10_000, depth -> {
				readings.incrementAndGet();
				return new long[depth];
			}));
		String other = question + " other";
		// a list of its own first: the map may hold others' lists from earlier tests
		order.accept(other + " one more");
		int before = readings.get();
		order.accept(other);
		for (int more = 1; more < Recount.ORDERS_KEPT; more++) {
			order.accept(other + " " + more);
		}
		order.accept(other);
		int readNow = readings.get() - before;
		// the bound reached at most once in these lists: the first kept unless the map
		// was emptied on the way
		assertThat(readNow).isBetween(Recount.ORDERS_KEPT, Recount.ORDERS_KEPT + 1);
		for (int more = 1; more <= Recount.ORDERS_KEPT; more++) {
			order.accept(other + " again " + more);
		}
		int beforeLast = readings.get();
		order.accept(other);
		assertThat(readings.get() - beforeLast).as("forgotten once more lists were kept than the bound").isEqualTo(1);
	}

	@Test
	void aListsOrderIsReadAsDeepAsAskedRoundedUpAndDeeperWhenAskedFurtherDown() {
		String question = "depth " + System.nanoTime();
		List<Integer> depths = new ArrayList<>();
		java.util.function.LongFunction<long[]> ending = end -> reading()
			.execute(t -> recount.keepOrder(question, end, 10_000, depth -> {
				depths.add(depth);
				return new long[depth];
			}));
		assertThat(ending.apply(120)).hasSize(1_024);
		assertThat(ending.apply(1_024)).hasSize(1_024);
		assertThat(ending.apply(1_025)).hasSize(2_048);
		assertThat(ending.apply(9_990)).hasSize(10_000);
		assertThat(ending.apply(10_000)).hasSize(10_000);
		assertThat(depths).containsExactly(1_024, 2_048, 10_000);

		String whole = "whole " + System.nanoTime();
		List<Integer> read = new ArrayList<>();
		java.util.function.LongFunction<long[]> shortList = end -> reading()
			.execute(t -> recount.keepOrder(whole, end, 10_000, depth -> {
				read.add(depth);
				return new long[300];
			}));
		shortList.apply(200);
		shortList.apply(5_000);
		assertThat(read).as("a list shorter than it was read for is all of it").containsExactly(1_024);
	}

	@Test
	void aWritingTransactionAlwaysCounts() {
		String question = "written " + System.nanoTime();
		TransactionTemplate writing = new TransactionTemplate(transactions);
		writing.execute(t -> count(question));
		writing.execute(t -> count(question));
		assertThat(countings).hasValue(2);
	}

	@Test
	void aListsTotalFollowsACommittedChange() {
		long before = reading().execute(t -> lists.published(PageRequest.of(0, 20)).getTotalElements());
		TransactionTemplate writing = new TransactionTemplate(transactions);
		try {
			writing.executeWithoutResult(t -> jdbc
				.sql("""
						insert into partnership (id, reference_code, kind, title, status, published, planned_start,
						    planned_start_precision)
						values (990001, 'RECOUNT-1', 'WOP', 'Counted again', 'IMPLEMENTATION', true, date '2024-01-01', 'YEAR')""")
				.update());
			long after = reading().execute(t -> lists.published(PageRequest.of(0, 20)).getTotalElements());
			assertThat(after).isEqualTo(before + 1);
		}
		finally {
			writing.executeWithoutResult(t -> jdbc.sql("delete from partnership where id = 990001").update());
		}
		long cleaned = reading().execute(t -> lists.published(PageRequest.of(0, 20)).getTotalElements());
		assertThat(cleaned).isEqualTo(before);
	}

	@Test
	void aKeptListFollowsACommittedChange() {
		java.util.function.Supplier<Long> tanzania = () -> reading()
			.execute(t -> lists.countryCounts(ReadScope.publicOnly(), null)
				.stream()
				.filter(c -> c.country().equals("TZ"))
				.mapToLong(PartnershipListQueries.CountryCount::partnerships)
				.sum());
		long before = tanzania.get();
		assertThat(tanzania.get()).isEqualTo(before);
		TransactionTemplate writing = new TransactionTemplate(transactions);
		try {
			writing.executeWithoutResult(t -> {
				jdbc.sql("""
						insert into partnership (id, reference_code, kind, title, status, published)
						values (990002, 'RECOUNT-2', 'WOP', 'Kept again', 'IMPLEMENTATION', true)""").update();
				jdbc.sql("""
						insert into participant (id, partnership_id, organisation_id, role, position)
						values (990003, 990002, 1, 'LEAD_MENTOR', 0), (990004, 990002, 5, 'LEAD_MENTEE', 1)""")
					.update();
			});
			assertThat(tanzania.get()).isEqualTo(before + 1);
		}
		finally {
			writing.executeWithoutResult(t -> {
				jdbc.sql("delete from participant where partnership_id = 990002").update();
				jdbc.sql("delete from partnership where id = 990002").update();
			});
		}
		assertThat(tanzania.get()).isEqualTo(before);
	}

}
