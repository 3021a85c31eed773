package org.wopplatform.web.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.Races;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.NRW;
import static org.wopplatform.web.progress.ProgressFixture.SECRETARIAT;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * Two people (or two uploads) starting the same period's report at the same moment, both
 * having seen no report for it: one draft is made, and the other person is told that the
 * report exists and where to open it; never a duplicate key, never a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StartingRaceTests {

	/**
	 * A transaction that has inserted the same period's report and not yet committed:
	 * both requests must wait for it, whatever they do first.
	 */
	private static final String SAME_PERIOD_UNCOMMITTED = """
			insert into progress_report (id, partnership_id, period_year, period_half, revision, status)
			values (800190, 2, 2024, 0, 1, 'DRAFT') returning id""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void fixture() {
		ProgressFixture.create(jdbc);
	}

	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
	}

	private long reportsOf2024() {
		return jdbc.sql("select count(*) from progress_report where partnership_id = 2 and period_year = 2024")
			.query(Long.class)
			.single();
	}

	private Callable<MvcResult> start(SignedInUser who) {
		return () -> ProgressFixture.post(mvc, who, ProgressFixture.REPORTS, "en", "period", "2024");
	}

	private Callable<MvcResult> upload(SignedInUser who) {
		return () -> mvc
			.perform(MockMvcRequestBuilders.multipart("/work/bulk")
				.file(new MockMultipartFile("file", "values.csv", "text/csv",
						("indicator_id,period,value,comment\n" + NRW + ",2024,31.5,From " + who.email())
							.getBytes(StandardCharsets.UTF_8)))
				.with(user(who))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andReturn();
	}

	@Test
	void twoPeopleStartingTheSamePeriodGetOneDraftAndAClearMessage() throws Exception {
		List<MvcResult> answers = Races.meetAt(transactions, jdbc, SAME_PERIOD_UNCOMMITTED, 2, start(UTILITY),
				start(COORDINATOR));

		assertThat(answers).extracting(a -> a.getResponse().getStatus()).containsOnly(302);
		assertThat(answers).extracting(a -> a.getResponse().getRedirectedUrl())
			.containsExactlyInAnyOrder(ProgressFixture.REPORTS,
					ProgressFixture.REPORTS + "/"
							+ jdbc.sql("select id from progress_report where partnership_id = 2 and period_year = 2024")
								.query(Long.class)
								.single());
		assertThat(answers).extracting(a -> a.getFlashMap().get("flash")).contains("report.period.exists");
		assertThat(reportsOf2024()).isEqualTo(1);
	}

	@Test
	void twoUploadsCreatingTheSameDraftAtOnceBothLandInOneDraft() throws Exception {
		List<MvcResult> answers = Races.meetAt(transactions, jdbc, SAME_PERIOD_UNCOMMITTED, 2, upload(COORDINATOR),
				upload(SECRETARIAT));

		assertThat(answers).extracting(a -> a.getResponse().getStatus()).containsOnly(302);
		assertThat(reportsOf2024()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select v.comment from indicator_value v join progress_report r on r.id = v.report_id
				where r.partnership_id = 2 and r.period_year = 2024""").query(String.class).single())
			.as("the later upload's value, written over the draft the first one made")
			.startsWith("From ");
		assertThat(jdbc.sql("""
				select count(*) from audit_event e join progress_report r on r.id = e.entity_id
				where e.entity_type = 'ProgressReport' and r.partnership_id = 2 and r.period_year = 2024
				  and e.action = 'BULK_IMPORT'""").query(Long.class).single())
			.as("both imports are in the report's history")
			.isEqualTo(2);
	}

}
