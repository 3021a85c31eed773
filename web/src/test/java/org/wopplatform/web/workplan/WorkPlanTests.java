package org.wopplatform.web.workplan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.workplan.BudgetSummary;
import org.wopplatform.web.common.JdbcStatements;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A partnership's work plan as its coordinator builds it through the pages, on real
 * PostgreSQL, each request committed: activities inside the partnership's dates, budget
 * lines never negative and never summed across currencies, the budget per contributor,
 * kind and year equal to an independent SQL sum, late activities marked, every change
 * audited, a stale form refused, and the page's statements constant as the plan grows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(JdbcStatements.Configuration.class)
class WorkPlanTests {

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	/** VEI (1) mentoring MWAUWASA (5) in WOP-Africa, planned 2019 to 2022, published. */
	static final long FIXTURE = 940_001;

	static final String PLAN = "/partnerships/" + FIXTURE + "/work-plan";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WorkPlanEditing editing;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published,
						  planned_start, planned_start_precision, planned_end, planned_end_precision, budget_amount, budget_currency)
						values (?, 'PLAN-FIXTURE', 'WOP', 'Plan fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true,
						  date '2019-01-01', 'YEAR', date '2022-12-01', 'MONTH', 5000, 'EUR')""")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (?, ?, 1, 'LEAD_MENTOR', 0), (?, ?, 5, 'LEAD_MENTEE', 1)")
			.params(FIXTURE, FIXTURE, FIXTURE + 1, FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		// The fixture's activities, removed ones included (their rows are gone).
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id not in"
				+ " (select id from activity where partnership_id <> ?)")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	private MvcResult send(SignedInUser who, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(who)).with(csrf()).header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).with(user(COORDINATOR)).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long addActivity(String title, String start, String end) throws Exception {
		MvcResult result = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title", title, "plannedStart",
				start, "plannedEnd", end, "mentorResponsible", "J. Mentor", "menteeResponsible", "A. Mentee");
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
		return jdbc.sql("select id from activity where partnership_id = ? and title = ?")
			.params(FIXTURE, title)
			.query(Long.class)
			.single();
	}

	private long version(long activity) {
		return jdbc.sql("select version from activity where id = ?").param(activity).query(Long.class).single();
	}

	private MvcResult addLine(long activity, String contributor, String kind, String amount, String currency,
			String year) throws Exception {
		return send(COORDINATOR, PLAN + "/activities/" + activity + "/budget", "version",
				Long.toString(version(activity)), "contributorId", contributor, "kind", kind, "amount", amount,
				"currency", currency, "year", year);
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	@Test
	void aCoordinatorBuildsAPlanWhoseBudgetIsAddedUpPerCurrencyAsSqlAddsIt() throws Exception {
		long meters = addActivity("Plan fixture activity: meter replacement", "2019-03", "2020");
		long training = addActivity("Plan fixture activity: NRW training", "2020", "2021-06");
		assertThat(addLine(meters, "1", "CASH", "1,500.50", "eur", "2019").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(meters, "5", "IN_KIND", "2000", "EUR", "2020").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "CASH", "3000", "USD", "2021").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "STAFF_DAYS", "12.5", "", "2020").getResponse().getStatus()).isEqualTo(302);
		assertThat(addLine(training, "1", "CASH", "499.50", "EUR", "2020").getResponse().getStatus()).isEqualTo(302);

		BudgetSummary summary = editing.plan(FIXTURE, new Viewer(COORDINATOR)).budget();
		Map<String, BigDecimal> bySql = jdbc
			.sql("""
					select l.contributor_id || ' ' || l.kind || ' ' || l.budget_year || ' ' || coalesce(l.currency, 'days') k,
					       sum(l.amount) s
					from budget_line l join activity a on a.id = l.activity_id where a.partnership_id = ?
					group by 1""")
			.param(FIXTURE)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(summary.rows()
			.stream()
			.collect(Collectors.toMap(r -> r.contributorId() + " " + r.kind() + " " + r.year() + " " + r.unit(),
					BudgetSummary.Row::amount)))
			.isEqualTo(bySql);
		assertThat(summary.totalByUnit()).containsOnlyKeys("EUR", "USD", "days");
		assertThat(summary.totalByUnit().get("EUR")).isEqualByComparingTo("4000.00");
		assertThat(summary.totalByUnit().get("USD")).isEqualByComparingTo("3000.00");
		assertThat(summary.totalByUnit().get("days")).isEqualByComparingTo("12.50");

		String plan = page(PLAN, "en");
		assertThat(plan).contains("Total in EUR", "EUR 4,000", "Total in USD", "USD 3,000", "12.5 staff-days")
			.as("the stated EUR 5,000 differs from the EUR 4,000 of the lines")
			.contains("Differs: check the record or the plan")
			.contains("<svg")
			.contains("Plan fixture activity: meter replacement");
		assertThat(page(PLAN, "fr")).contains("Total en EUR", "4\u202f000 EUR", "jours-personne");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id in (?, ?)")
			.params(meters, training)
			.query(Long.class)
			.single()).as("2 creations and 5 budget lines, each audited").isEqualTo(7);
	}

	@Test
	void anActivityOutsideThePartnershipsDatesIsRefusedNextToItsEndWithWhatWasTyped() throws Exception {
		MvcResult late = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title",
				"Plan fixture activity: too late", "plannedStart", "2022", "plannedEnd", "2023");
		MvcResult reversed = send(COORDINATOR, PLAN + "/activities", "workingArea", "NRW", "title", "", "plannedStart",
				"2021", "plannedEnd", "2020-05");

		assertThat(late.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(late)).contains("id=\"activity-plannedEnd-error\"")
			.contains("inside the partnership")
			.contains("value=\"Plan fixture activity: too late\"");
		assertThat(reversed.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(reversed)).as("title and dates in one round")
			.contains("id=\"activity-title-error\"")
			.contains("id=\"activity-plannedEnd-error\"");
		assertThat(jdbc.sql("select count(*) from activity where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOutputHasAUnitFromTheListOrInWordsAndATargetForYearsOfItsActivity() throws Exception {
		long activity = addActivity("Plan fixture activity: meters", "2019", "2020");
		String outputs = PLAN + "/activities/" + activity + "/outputs";

		MvcResult unnamed = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "OTHER", "unitOther", "", "targets[2019]", "deux");
		assertThat(unnamed.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(unnamed)).as("both problems in one round")
			.contains("Name the unit in words when it is &quot;other&quot;.")
			.contains("id=\"output-target-2019-error\"")
			.contains("value=\"deux\"");
		MvcResult outside = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "CONNECTIONS", "targets[2030]", "5");
		assertThat(outside.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(outside)).contains("Targets are for the years in which the activity runs.");

		MvcResult saved = send(COORDINATOR, outputs, "version", Long.toString(version(activity)), "title",
				"Meters replaced", "unitCode", "CONNECTIONS", "targets[2019]", "1500", "targets[2020]", "",
				"meansOfVerification", "Meter register", "completion", "2020-06");
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc
			.sql("select o.unit_code || ' ' || o.working_area_code || ' ' || t.target_year || ' ' || t.target"
					+ " from framework_output o join output_target t on t.output_id = o.id where o.activity_id = ?")
			.param(activity)
			.query(String.class)
			.list()).containsExactly("CONNECTIONS NRW 2019 1500.0000");
		assertThat(page(PLAN, "fr")).contains("Meters replaced", "connections", "2019: 1\u202f500", "juin 2020");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?"
					+ " and action = 'OUTPUT_ADDED' and changes like '%Meters replaced%'")
			.param(activity)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void budgetLinesAreNeverNegativeDaysHaveNoCurrencyAndMoneyHasOne() throws Exception {
		long activity = addActivity("Plan fixture activity: leak detection", "2019", "2020");

		assertThat(body(addLine(activity, "1", "CASH", "-5", "EUR", "2019"))).contains("cannot be negative");
		assertThat(body(addLine(activity, "1", "CASH", "500", "", "2019"))).contains("Give the currency");
		assertThat(body(addLine(activity, "1", "STAFF_DAYS", "5", "EUR", "2019")))
			.contains("Staff-days have no currency");
		assertThat(body(addLine(activity, "1", "CASH", "500", "EUR", "2022")))
			.contains("a year in which the activity runs");
		assertThat(body(addLine(activity, "77", "CASH", "500", "EUR", "2019"))).contains("Choose a partner");
		assertThat(addLine(activity, "1", "CASH", "deux", "EUR", "2019").getResponse().getStatus()).isEqualTo(400);

		assertThat(jdbc.sql("select count(*) from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anActivityPastItsEndAndNotDoneIsLateUntilItIsDoneAndDroppingOneSaysWhy() throws Exception {
		long activity = addActivity("Plan fixture activity: billing audit", "2019", "2020-06");
		assertThat(page(PLAN, "en")).contains("1 activity is late").contains("class=\"late\"");
		assertThat(page("/partnerships/" + FIXTURE, "en")).contains("Activities late in the work plan");
		assertThat(page("/partnerships?reporting=ACTIVITIES&platform=WOP_AFRICA", "en")).contains("Plan fixture");

		MvcResult noReason = send(COORDINATOR, PLAN + "/activities/" + activity + "/status", "version",
				Long.toString(version(activity)), "status", "DROPPED", "note", "");
		assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
		assertThat(body(noReason)).contains("Say why the activity is dropped.");

		send(COORDINATOR, PLAN + "/activities/" + activity + "/status", "version", Long.toString(version(activity)),
				"status", "DONE");
		assertThat(page(PLAN, "en")).doesNotContain("activity is late").doesNotContain("class=\"late\"");
		assertThat(page("/partnerships/" + FIXTURE, "en")).doesNotContain("Activities late in the work plan");
		assertThat(page("/partnerships?reporting=ACTIVITIES&platform=WOP_AFRICA", "en")).doesNotContain("Plan fixture");
	}

	@Test
	void aFormOpenedBeforeSomeoneElsesChangeIsRefusedWithWhatItMissed() throws Exception {
		long activity = addActivity("Plan fixture activity: GIS", "2019", "2020");
		long seen = version(activity);
		send(COORDINATOR, PLAN + "/activities/" + activity, "version", Long.toString(seen), "workingArea", "NRW",
				"title", "Plan fixture activity: GIS mapping", "plannedStart", "2019", "plannedEnd", "2020");

		MvcResult stale = send(DemoUsers.SECRETARIAT, PLAN + "/activities/" + activity, "version", Long.toString(seen),
				"workingArea", "NRW", "title", "Plan fixture activity: GIS survey", "plannedStart", "2019",
				"plannedEnd", "2020");

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(stale)).contains("Plan fixture activity: GIS mapping")
			.contains("value=\"Plan fixture activity: GIS survey\"");
		assertThat(jdbc.sql("select title from activity where id = ?").param(activity).query(String.class).single())
			.isEqualTo("Plan fixture activity: GIS mapping");
	}

	@Test
	void removingAnActivityTakesItsLinesAndIsAudited() throws Exception {
		long activity = addActivity("Plan fixture activity: to remove", "2019", "2020");
		addLine(activity, "1", "CASH", "100", "EUR", "2019");

		send(COORDINATOR, PLAN + "/activities/" + activity + "/remove", "version", Long.toString(version(activity)));

		assertThat(jdbc.sql("select count(*) from activity where id = ?").param(activity).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from budget_line where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Activity' and entity_id = ?"
					+ " and action = 'REMOVED'")
			.param(activity)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePlanPageCostsTheSameWithTwoActivitiesAsWithTwoHundred() throws Exception {
		for (int i = 0; i < 2; i++) {
			addLine(addActivity("Plan fixture activity: small " + i, "2019", "2020"), "1", "CASH", "10", "EUR", "2019");
		}
		long small = statements(PLAN);
		jdbc.sql(
				"""
						insert into activity (id, partnership_id, working_area_code, title, planned_start, planned_start_precision,
						  planned_end, planned_end_precision, status)
						select 941000 + n, ?, 'NRW', 'Load activity ' || n, date '2019-01-01', 'YEAR', date '2021-01-01', 'YEAR',
						  'UNDER_WAY' from generate_series(1, 200) n""")
			.param(FIXTURE)
			.update();
		jdbc.sql("""
				insert into budget_line (id, activity_id, contributor_id, kind, amount, currency, budget_year)
				select 941000 + n * 3 + k, 941000 + n, 1, 'CASH', 100, 'EUR', 2019 + k
				from generate_series(1, 200) n, generate_series(0, 2) k""").update();
		long large = statements(PLAN);

		assertThat(large).isEqualTo(small);
		assertThat(small).isBetween(1L, 15L);
		assertThat(page(PLAN, "en")).contains("Load activity 200");
	}

	private long statements(String path) throws Exception {
		mvc.perform(get(path).with(user(COORDINATOR))).andReturn();
		return JdbcStatements.countDuring(() -> mvc.perform(get(path).with(user(COORDINATOR))).andReturn());
	}

}
