package org.wopplatform.web.report;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A year's report is written once until the data changes, then placed in each signed-in
 * reader's page (KeptFragments): the secretariat's second view of a draft reads only the
 * report's row (who may see it), a change is shown at once, and a reader who may not see
 * the draft is still refused it after it was kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class ReportBodyKeptTests {

	private static final int YEAR = 2031;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void remove() {
		transaction
			.executeWithoutResult(t -> jdbc.sql("delete from annual_report where year = ?").param(YEAR).update());
	}

	private void write(String sql) {
		transaction.executeWithoutResult(t -> jdbc.sql(sql).param(YEAR).update());
	}

	private String page(SignedInUser who) throws Exception {
		return mvc.perform(get("/reports/" + YEAR).with(user(who)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> texts() throws Exception {
		return JdbcStatements.textsDuring(() -> page(DemoUsers.SECRETARIAT));
	}

	/**
	 * A statement other than reading the report's own row (who may see it) and keeping
	 * the test's session.
	 */
	private static boolean writesTheBody(List<String> texts) {
		return texts.stream()
			.map(sql -> sql.toLowerCase(java.util.Locale.ROOT))
			.anyMatch(sql -> !sql.contains("annual_report") && !sql.contains("spring_session"));
	}

	@Test
	void theReportIsWrittenOnceUntilTheDataChangesAndShowsTheChange() throws Exception {
		mvc.perform(
				post("/reports").param("year", Integer.toString(YEAR)).with(user(DemoUsers.SECRETARIAT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		write("update annual_report set introduction = 'Kept report, first words' where year = ?");
		assertThat(writesTheBody(texts())).isTrue();
		// kept once this node has heard the change's notification too (a moment later)
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(writesTheBody(texts())).isFalse());
		assertThat(page(DemoUsers.SECRETARIAT)).contains("Kept report, first words");

		write("update annual_report set introduction = 'Kept report, changed' where year = ?");
		assertThat(writesTheBody(texts())).as("after a change").isTrue();
		assertThat(page(DemoUsers.SECRETARIAT)).contains("Kept report, changed").doesNotContain("first words");

		// kept, yet a coordinator may not see a draft
		mvc.perform(get("/reports/" + YEAR).with(user(DemoUsers.COORDINATOR_AFRICA))).andExpect(status().isNotFound());
	}

}
