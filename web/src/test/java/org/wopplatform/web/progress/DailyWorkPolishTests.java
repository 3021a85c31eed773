package org.wopplatform.web.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.SECRETARIAT;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * Daily-work fixes a user notices (issue 19): the periods "Start a report" offers respect
 * the partnership's dates and its reports; nobody is shown Approve and Return on a report
 * they submitted; a utility's page says its role in each partnership; lists and
 * time-frames read as sentences; illustrative demo values say so.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DailyWorkPolishTests {

	/** Dunea – MWAUWASA, 1 January 2012 to 3 January 2016. */
	private static final String DUNEA_REPORTS = "/partnerships/5/reports";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport'").update();
		jdbc.sql("update progress_report set corrects_report_id = null where partnership_id = 5").update();
		jdbc.sql("delete from progress_report where partnership_id = 5").update();
	}

	private String page(SignedInUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void periodsOfferedRespectDatesAndReports() throws Exception {
		String offered = page(UTILITY, DUNEA_REPORTS);
		assertThat(offered).contains("<option value=\"2012\">", "<option value=\"2016\">")
			.doesNotContain("<option value=\"2011\">", "<option value=\"2017\">", "<option value=\"2021\">");

		MvcResult outside = ProgressFixture.post(mvc, UTILITY, DUNEA_REPORTS, "en", "period", "2021");
		assertThat(outside.getResponse().getRedirectedUrl()).isEqualTo(DUNEA_REPORTS);
		assertThat(mvc
			.perform(get(DUNEA_REPORTS).with(user(UTILITY))
				.header("Accept-Language", "en")
				.cookie(outside.getResponse().getCookies()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Choose a period within the partnership");
		assertThat(jdbc.sql("select count(*) from progress_report where partnership_id = 5").query(Long.class).single())
			.isZero();

		MvcResult started = ProgressFixture.post(mvc, UTILITY, DUNEA_REPORTS, "en", "period", "2014");
		assertThat(started.getResponse().getRedirectedUrl()).startsWith(DUNEA_REPORTS + "/");
		assertThat(page(UTILITY, DUNEA_REPORTS)).as("a period with a report is not offered again")
			.doesNotContain("<option value=\"2014\">")
			.contains("<option value=\"2013\">");
		MvcResult again = ProgressFixture.post(mvc, UTILITY, DUNEA_REPORTS, "en", "period", "2014");
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(DUNEA_REPORTS);
		assertThat(jdbc.sql("select count(*) from progress_report where partnership_id = 5").query(Long.class).single())
			.isOne();
	}

	@Test
	void approveAndReturnAreNotShownToTheSubmitter() throws Exception {
		String location = ProgressFixture.post(mvc, COORDINATOR, ProgressFixture.REPORTS, "en", "period", "2023")
			.getResponse()
			.getRedirectedUrl();
		ProgressFixture.post(mvc, COORDINATOR, location, "en", "version", "0", "health", "ON_TRACK", "healthReason",
				"Going well");
		long version = jdbc.sql("select version from progress_report where id = ?")
			.param(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single();
		assertThat(ProgressFixture.post(mvc, COORDINATOR, location + "/submit", "en", "version", Long.toString(version))
			.getResponse()
			.getStatus()).isEqualTo(302);

		assertThat(page(COORDINATOR, location)).doesNotContain(location + "/approve\"", location + "/return\"")
			.contains("You submitted this report");
		assertThat(page(SECRETARIAT, location)).contains(location + "/approve\"", location + "/return\"")
			.doesNotContain("You submitted this report");
	}

	@Test
	void aUtilityPageSaysItsRoleInEachPartnershipAndListsServicesAsASentence() throws Exception {
		String utility = page(UTILITY, "/utilities/5");
		assertThat(utility).contains("Role of this organisation", "<td class=\"roles\">Lead Mentee</td>")
			.contains("water, sanitation")
			.doesNotContain("water\n");
	}

	@Test
	void aTimeFrameWithoutDatesSaysSoOnce() throws Exception {
		String record = page(UTILITY, "/partnerships/2");
		assertThat(record).doesNotContain("No date specified").doesNotContain("not stated\n        –");
		assertThat(page(UTILITY, "/partnerships/5")).contains("2012 – ").contains("2016");
	}

	@Test
	void illustrativeDemoValuesAreLabelled() throws Exception {
		assertThat(mvc.perform(get("/partnerships/24")).andReturn().getResponse().getContentAsString())
			.contains("Illustrative demo values");
		assertThat(page(COORDINATOR, "/partnerships/24/reports/103")).contains("Illustrative demo values");
		assertThat(page(COORDINATOR, "/partnerships/24/dashboard")).contains("Illustrative demo values");
		assertThat(page(UTILITY, "/partnerships/2")).doesNotContain("Illustrative demo values");
	}

}
