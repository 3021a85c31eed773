package org.wopplatform.web.home;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.DemoUsers;

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
 * The home page's report in brief (the latest published report's figures and stories) is
 * read once until the data changes, for signed-in readers too, whom the page cache never
 * serves; a report published since shows at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class FrontDoorKeptTests {

	private static final int YEAR = 2032;

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

	private String page() throws Exception {
		return mvc.perform(get("/").with(user(DemoUsers.COORDINATOR_AFRICA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static boolean readsTheReport(List<String> texts) {
		return texts.stream().anyMatch(sql -> sql.contains("annual_report"));
	}

	@Test
	void theReportInBriefIsReadOnceUntilTheDataChanges() throws Exception {
		// the secretariat publishes a report: the home page shows it at once
		mvc.perform(
				post("/reports").param("year", Integer.toString(YEAR)).with(user(DemoUsers.SECRETARIAT)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + YEAR + "/publish").param("version", "0")
			.with(user(DemoUsers.SECRETARIAT))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(readsTheReport(JdbcStatements.textsDuring(this::page))).isTrue();
		assertThat(page()).contains("The " + YEAR + " annual report in figures");
		// then read once until the next change (once this node has heard its own)
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(readsTheReport(JdbcStatements.textsDuring(this::page))).isFalse());
		assertThat(page()).contains("The " + YEAR + " annual report in figures");
	}

}
