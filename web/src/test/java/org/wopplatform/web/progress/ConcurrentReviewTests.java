package org.wopplatform.web.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.SignedInUser;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.SECRETARIAT;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * Two people acting on the same report at the same moment, in two threads with their own
 * transactions against PostgreSQL: one wins, the other is told about the conflict, and
 * nothing of the winner's work is lost or overwritten.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentReviewTests {

	private static final long REPORT = 800_120;

	private static final String PATH = ProgressFixture.REPORTS + "/" + REPORT;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReportWorkflow workflow;

	@Autowired
	private PlatformTransactionManager transactions;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void submittedReport() {
		ProgressFixture.create(jdbc);
		jdbc.sql("""
				insert into progress_report (id, version, partnership_id, period_year, period_half, revision, status,
				    health, health_reason, submitted_by)
				values (?, 3, 2, 2025, 0, 1, 'SUBMITTED', 'ON_TRACK', 'Leak campaign done', 4)""")
			.param(REPORT)
			.update();
		jdbc.sql("insert into indicator_value (id, report_id, indicator_id, value) values (800121, ?, ?, 31.5)")
			.params(REPORT, NRW)
			.update();
	}

	@AfterEach
	void cleanUp() {
		threads.shutdownNow();
		ProgressFixture.clean(jdbc);
	}

	private String status() {
		return jdbc.sql("select status from progress_report where id = ?").param(REPORT).query(String.class).single();
	}

	/**
	 * Both transactions read the report before either writes, then both write: the
	 * database's version check decides.
	 */
	@Test
	void anApprovalAndAReturnAtTheSameMomentLeaveOneWinner() throws Exception {
		CyclicBarrier bothHaveRead = new CyclicBarrier(2);
		TransactionTemplate template = new TransactionTemplate(transactions);
		Callable<String> approve = () -> template.execute(tx -> {
			Viewer coordinator = new Viewer(COORDINATOR);
			workflow.report(2, REPORT, coordinator);
			await(bothHaveRead);
			workflow.approve(2, REPORT, 3, coordinator);
			return "APPROVED";
		});
		Callable<String> returnIt = () -> template.execute(tx -> {
			Viewer secretariat = new Viewer(SECRETARIAT);
			workflow.report(2, REPORT, secretariat);
			await(bothHaveRead);
			workflow.returnReport(2, REPORT, 3, "Add the water balance", secretariat);
			return "RETURNED";
		});

		List<Future<String>> outcomes = List.of(threads.submit(approve), threads.submit(returnIt));
		List<String> winners = new ArrayList<>();
		List<Throwable> losers = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			try {
				winners.add(outcome.get(30, TimeUnit.SECONDS));
			}
			catch (java.util.concurrent.ExecutionException ex) {
				losers.add(ex.getCause());
			}
		}

		assertThat(winners).hasSize(1);
		assertThat(losers).hasSize(1);
		assertThat(losers.get(0)).isInstanceOf(ConcurrencyFailureException.class);
		assertThat(status()).isEqualTo(winners.get(0));
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'ProgressReport' and entity_id = ?"
					+ " and action in ('APPROVE', 'RETURN')")
			.param(REPORT)
			.query(Long.class)
			.single()).as("only the winner's step is recorded").isEqualTo(1);
		assertThat(jdbc.sql("select value from indicator_value where report_id = ?")
			.param(REPORT)
			.query(String.class)
			.single()).isEqualTo("31.5000");
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Callable<MvcResult> post(SignedInUser who, String path, String... fields) {
		return () -> ProgressFixture.post(mvc, who, path, "en", fields);
	}

	/**
	 * Through the web, as the two people see it: the loser gets 409 with a clear message,
	 * and when they were editing, their typed values come back to them.
	 */
	@Test
	void twoPeopleSavingTheSameDraftAtOnceOneIsToldAndKeepsWhatTheyTyped() throws Exception {
		jdbc.sql("update progress_report set status = 'DRAFT', submitted_by = null where id = ?")
			.param(REPORT)
			.update();
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<MvcResult> utility = post(UTILITY, PATH, "version", "3", "health", "ON_TRACK", "healthReason",
				"From the utility", "values[" + NRW + "]", "30.1");
		Callable<MvcResult> coordinator = post(COORDINATOR, PATH, "version", "3", "health", "POTENTIAL_RISKS",
				"healthReason", "From the coordinator", "values[" + NRW + "]", "29.9");

		Future<MvcResult> first = threads.submit(() -> {
			await(start);
			return utility.call();
		});
		Future<MvcResult> second = threads.submit(() -> {
			await(start);
			return coordinator.call();
		});
		MvcResult a = first.get(30, TimeUnit.SECONDS);
		MvcResult b = second.get(30, TimeUnit.SECONDS);

		List<Integer> statuses = List.of(a.getResponse().getStatus(), b.getResponse().getStatus());
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		MvcResult loser = a.getResponse().getStatus() == 409 ? a : b;
		String typed = loser == a ? "From the utility" : "From the coordinator";
		String kept = loser == a ? "From the coordinator" : "From the utility";
		assertThat(loser.getResponse().getContentAsString()).contains("Someone else changed this report")
			.contains(typed);
		assertThat(jdbc.sql("select health_reason from progress_report where id = ?")
			.param(REPORT)
			.query(String.class)
			.single()).isEqualTo(kept);
	}

}
