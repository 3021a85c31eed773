package org.wopplatform.web.report;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.domain.report.Chapter;
import org.wopplatform.web.common.Races;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Two secretariat sessions saving the same draft's introduction at the same moment, both
 * from version 0: one is saved, the other is told that someone else changed the draft,
 * with 409, its own text still in the form and the change it missed listed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnualEditorRaceTests {

	private static final long REPORT = 910_001;

	private static final int YEAR = 2033;

	private static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	void draft() {
		jdbc.sql("""
				insert into annual_report (id, year, status, chapters)
				values (?, ?, 'DRAFT', 'HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,STORIES,REGIONS')""")
			.params(REPORT, YEAR)
			.update();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from audit_event where entity_type = 'AnnualReport' and entity_id = ?").param(REPORT).update();
		jdbc.sql("delete from annual_report where id = ?").param(REPORT).update();
	}

	private Callable<MvcResult> save(String introduction) {
		return () -> {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/reports/" + YEAR)
				.with(user(SECRETARIAT))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("version", "0")
				.param("introduction", introduction);
			for (Chapter chapter : Chapter.values()) {
				request.param("position[" + chapter.name() + "]", Integer.toString(chapter.ordinal() + 1));
			}
			return mvc.perform(request).andReturn();
		};
	}

	@Test
	void twoSessionsSavingAtOnceLeaveOneTextAndTellTheOtherWithItsTextKept() throws Exception {
		List<MvcResult> answers = Races.meetAt(transactions, jdbc,
				"select id from annual_report where id = " + REPORT + " for update", 2,
				save("Introduction by the first session"), save("Introduction by the second session"));

		List<MvcResult> byStatus = answers.stream()
			.sorted(Comparator.comparingInt(a -> a.getResponse().getStatus()))
			.toList();
		assertThat(byStatus).extracting(a -> a.getResponse().getStatus()).containsExactly(302, 409);
		String saved = jdbc.sql("select introduction from annual_report where id = ?")
			.param(REPORT)
			.query(String.class)
			.single();
		String lost = saved.contains("first") ? "Introduction by the second session"
				: "Introduction by the first session";
		String conflictPage = byStatus.get(1).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(conflictPage).contains("Someone else changed this draft in the meantime")
			.as("the loser's text is still in the form")
			.contains(lost)
			.as("the change it missed is listed")
			.contains(saved);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'AnnualReport' and entity_id = ?")
			.param(REPORT)
			.query(Long.class)
			.single()).as("only the saved change is recorded").isEqualTo(1);
	}

}
