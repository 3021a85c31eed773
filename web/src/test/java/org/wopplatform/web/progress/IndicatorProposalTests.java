package org.wopplatform.web.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.progress.IndicatorProposalQueries;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
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
import static org.wopplatform.web.progress.ProgressFixture.OTHER_COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.OTHER_UTILITY;
import static org.wopplatform.web.progress.ProgressFixture.REPORTS;
import static org.wopplatform.web.progress.ProgressFixture.SECRETARIAT;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * Indicators proposed by a partnership's utility staff (issue 19): a proposal stays out
 * of the report until the region's coordinator accepts it; a declined one shows its
 * reason to the proposer; only the partnership's own people take part; every step is
 * audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorProposalTests {

	private static final String PROPOSALS = "/partnerships/2/indicator-proposals";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private IndicatorProposalQueries queries;

	@BeforeEach
	void fixture() {
		cleanUp();
		ProgressFixture.create(jdbc);
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from indicator_proposal where partnership_id = 2").update();
		jdbc.sql("delete from indicator where partnership_id = 2 and name = 'Metered connections'").update();
		jdbc.sql("delete from audit_event where entity_type = 'Partnership' and entity_id = 2"
				+ " and action like 'INDICATOR%'")
			.update();
		ProgressFixture.clean(jdbc);
	}

	private MvcResult as(SignedInUser who, String path, String... fields) throws Exception {
		return ProgressFixture.post(mvc, who, path, "en", fields);
	}

	private String page(SignedInUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long propose(String name) throws Exception {
		MvcResult proposed = as(UTILITY, PROPOSALS, "name", name, "unit", "%", "betterDirection", "HIGHER",
				"baselineValue", "60", "targetValue", "90");
		assertThat(proposed.getResponse().getRedirectedUrl()).isEqualTo(PROPOSALS);
		return jdbc.sql("select id from indicator_proposal where name = ?").param(name).query(Long.class).single();
	}

	private long version(long proposal) {
		return jdbc.sql("select version from indicator_proposal where id = ?")
			.param(proposal)
			.query(Long.class)
			.single();
	}

	/**
	 * The coordinator's start page counts every proposal waiting in their region, beyond
	 * the five oldest it lists (the count carried by the listed rows: one statement), and
	 * not those decided.
	 */
	@Test
	void theStartPageCountsEveryProposalWaitingAndListsTheOldest() throws Exception {
		for (int i = 1; i <= 8; i++) {
			propose("Proposed indicator " + i);
		}
		long declined = jdbc.sql("select id from indicator_proposal where name = 'Proposed indicator 1'")
			.query(Long.class)
			.single();
		as(COORDINATOR, PROPOSALS + "/" + declined + "/decline", "version", Long.toString(version(declined)), "reason",
				"Already measured by the framework's NRW indicator");

		IndicatorProposalQueries.Waiting waiting = queries.waiting(new WorkScope(null, "WOP_AFRICA"), 5);
		assertThat(waiting.count()).isEqualTo(7);
		assertThat(waiting.first()).extracting(IndicatorProposalQueries.ProposalRow::name)
			.containsExactly("Proposed indicator 2", "Proposed indicator 3", "Proposed indicator 4",
					"Proposed indicator 5", "Proposed indicator 6");
		String start = page(COORDINATOR, "/work");
		String section = start.substring(start.indexOf("<section id=\"proposals\""));
		assertThat(section.substring(0, section.indexOf("</section>"))).contains("(7)")
			.contains(">Proposed indicator 6<")
			.doesNotContain(">Proposed indicator 7<")
			.doesNotContain(">Proposed indicator 1<");
		assertThat(queries.waiting(new WorkScope(null, "WATERLINKS"), 5).count()).isZero();
		assertThat(queries.waiting(new WorkScope(null, "WOP_AFRICA"), 1).count()).isEqualTo(7);
	}

	@Test
	void aProposalStaysOutOfTheReportUntilTheCoordinatorAcceptsIt() throws Exception {
		String report = as(UTILITY, REPORTS, "period", "2025").getResponse().getRedirectedUrl();
		assertThat(page(UTILITY, report)).contains("/partnerships/2/indicator-proposals#proposal-form");

		long proposal = propose("Metered connections");

		assertThat(page(UTILITY, report)).doesNotContain("Metered connections");
		assertThat(page(UTILITY, PROPOSALS)).contains("Metered connections (%)").contains("Waiting for a decision");
		assertThat(page(COORDINATOR, "/partnerships/2/edit/framework"))
			.contains("One indicator proposed by the utility waits for a decision")
			.contains("#proposal-" + proposal);
		IndicatorProposalQueries.Waiting waiting = queries.waiting(new WorkScope(null, "WOP_AFRICA"), 5);
		assertThat(waiting.count()).isEqualTo(1);
		assertThat(waiting.first()).extracting(IndicatorProposalQueries.ProposalRow::name)
			.containsExactly("Metered connections");
		assertThat(queries.waiting(new WorkScope(null, "WATERLINKS"), 5).count()).isZero();

		MvcResult accepted = as(COORDINATOR, PROPOSALS + "/" + proposal + "/accept", "version",
				Long.toString(version(proposal)));

		assertThat(accepted.getFlashMap().get("flash")).isEqualTo("proposal.accepted");
		long indicator = jdbc
			.sql("select id from indicator where partnership_id = 2 and name = 'Metered connections'"
					+ " and unit = '%' and better_direction = 'HIGHER' and baseline_value = 60 and target_value = 90")
			.query(Long.class)
			.single();
		assertThat(page(UTILITY, report)).contains("id=\"value-" + indicator + "\"").contains("Metered connections");
		assertThat(page(UTILITY, PROPOSALS)).contains("Accepted: part of the results framework");
		assertThat(queries.waiting(new WorkScope(null, "WOP_AFRICA"), 5).count()).isZero();
		assertThat(jdbc
			.sql("select action from audit_event where entity_type = 'Partnership' and entity_id = 2"
					+ " and action like 'INDICATOR%' order by id")
			.query(String.class)
			.list()).containsExactly("INDICATOR_PROPOSED", "INDICATOR_ADDED", "INDICATOR_PROPOSAL_ACCEPTED");
		assertThat(as(COORDINATOR, PROPOSALS + "/" + proposal + "/accept", "version", Long.toString(version(proposal)))
			.getFlashMap()
			.get("flash")).as("decided once").isEqualTo("proposal.rule.decided");
	}

	@Test
	void aDeclinedProposalShowsItsReasonToTheProposer() throws Exception {
		long proposal = propose("Metered connections");

		MvcResult blank = as(SECRETARIAT, PROPOSALS + "/" + proposal + "/decline", "version",
				Long.toString(version(proposal)), "reason", " ");
		assertThat(blank.getFlashMap().get("declineError")).isEqualTo("proposal.reason.required");
		assertThat(jdbc.sql("select status from indicator_proposal where id = ?")
			.param(proposal)
			.query(String.class)
			.single()).isEqualTo("PROPOSED");

		as(COORDINATOR, PROPOSALS + "/" + proposal + "/decline", "version", Long.toString(version(proposal)), "reason",
				"Already measured by the KPI on metering ratio");

		assertThat(page(UTILITY, PROPOSALS)).contains("Declined")
			.contains("Reason for declining")
			.contains("Already measured by the KPI on metering ratio");
		assertThat(jdbc.sql("select count(*) from indicator where partnership_id = 2 and name = 'Metered connections'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Partnership' and entity_id = 2"
					+ " and action = 'INDICATOR_PROPOSAL_DECLINED'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyThePartnershipsOwnPeopleProposeAndOnlyItsReviewersDecide() throws Exception {
		long proposal = propose("Metered connections");
		String accept = PROPOSALS + "/" + proposal + "/accept";

		assertThat(as(OTHER_UTILITY, PROPOSALS, "name", "Intruder").getResponse().getStatus()).isEqualTo(403);
		assertThat(as(OTHER_COORDINATOR, accept, "version", "0").getResponse().getStatus()).isEqualTo(403);
		assertThat(as(OTHER_COORDINATOR, PROPOSALS + "/" + proposal + "/decline", "version", "0", "reason", "No")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(as(UTILITY, accept, "version", "0").getResponse().getStatus()).isEqualTo(403);
		assertThat(as(COORDINATOR, PROPOSALS, "name", "Coordinators add indicators directly").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(jdbc.sql("select status from indicator_proposal where id = ?")
			.param(proposal)
			.query(String.class)
			.single()).isEqualTo("PROPOSED");
	}

	@Test
	void aProposalWithoutANameOrKpiIsRefusedNextToTheNameKeepingWhatWasTyped() throws Exception {
		MvcResult refused = as(UTILITY, PROPOSALS, "name", " ", "unit", "m3/day", "baselineValue", "abc");

		String page = refused.getResponse().getContentAsString();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(page).contains("id=\"proposal-name-error\"")
			.contains("id=\"proposal-baselineValue-error\"")
			.contains("value=\"m3/day\"")
			.contains("value=\"abc\"");
	}

}
