package org.wopplatform.web.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.OverduePolicy.Judged;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.progress.ReminderStore;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.Owing;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.wopplatform.web.progress.ProgressFixture.COORDINATOR;
import static org.wopplatform.web.progress.ProgressFixture.UTILITY;

/**
 * Overdue and inactive partnerships as people meet them: on the record, in the search
 * filter, in the work lists and in reminders, for yearly and half-yearly reporting; the
 * SQL that finds them agrees with the policy partnership by partnership.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadlinesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReportDeadlines deadlines;

	@Autowired
	private WorkListQueries work;

	@Autowired
	private PartnershipDetailsQueries details;

	@Autowired
	private Reminders reminders;

	@Autowired
	private ReminderStore store;

	private long nextReport = 800_200;

	@BeforeEach
	void fixture() {
		ProgressFixture.create(jdbc);
		ProgressFixture.started(jdbc);
	}

	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
		jdbc.sql("update partnership set reporting_cadence = 'YEARLY'").update();
		jdbc.sql("delete from progress_report where id between 800200 and 800299").update();
	}

	private void approved(long partnership, ReportingPeriod period) {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (?, ?, ?, ?, 1, 'APPROVED', 'ON_TRACK', 'x', 4, 2)""")
			.params(nextReport++, partnership, period.year(), period.half())
			.update();
	}

	private Judged yearly() {
		return deadlines.policy().judged(deadlines.today(), Cadence.YEARLY);
	}

	private Judged halfYearly() {
		return deadlines.policy().judged(deadlines.today(), Cadence.HALF_YEARLY);
	}

	private String page(String path, org.wopplatform.web.security.SignedInUser who) throws Exception {
		var request = get(path).header("Accept-Language", "en");
		if (who != null) {
			request.with(user(who));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theSearchFilterAndTheRecordAgreeWithThePolicyForEveryPartnership() throws Exception {
		approved(3, yearly().before()); // SOMAGEP: overdue, not inactive
		approved(4, yearly().last()); // NWSC: up to date
		jdbc.sql("update partnership set reporting_cadence = 'HALF_YEARLY' where id in (7, 9)").update();
		approved(7, halfYearly().last()); // half-yearly and up to date
		approved(9, yearly().last()); // half-yearly: a yearly report does not count

		WorkScope all = new WorkScope(null, null);
		Set<Long> overdue = ids(work.late(all, deadlines.late(Standing.OVERDUE)));
		Set<Long> inactive = ids(work.late(all, deadlines.late(Standing.INACTIVE)));

		assertThat(overdue).contains(3L).doesNotContain(4L, 7L);
		assertThat(inactive).contains(2L, 9L).doesNotContain(3L, 4L, 7L);
		for (long id = 1; id <= 24; id++) {
			Standing standing = deadlines.standing(details.find(id, ReadScope.everything()).orElseThrow());
			assertThat(overdue.contains(id)).as("partnership %d overdue", id).isEqualTo(standing == Standing.OVERDUE);
			assertThat(inactive.contains(id)).as("partnership %d inactive", id)
				.isEqualTo(standing == Standing.INACTIVE);
		}

		String filtered = page("/partnerships?reporting=INACTIVE", COORDINATOR);
		assertThat(filtered).contains("VEI – MWAUWASA, Mwanza")
			.doesNotContain("World Waternet – SOMAGEP-SA")
			.doesNotContain("Dunea – MWAUWASA");
		assertThat(page("/partnerships?reporting=OVERDUE", COORDINATOR)).contains("World Waternet – SOMAGEP-SA")
			.doesNotContain("VEI – MWAUWASA, Mwanza");
		// The public sees and filters on "inactive", as on the UN SDG registry, but not
		// on
		// "overdue" (working information).
		assertThat(page("/partnerships?reporting=INACTIVE", null)).as("the public filters on inactive")
			.contains("VEI – MWAUWASA, Mwanza")
			.doesNotContain("Dunea – MWAUWASA")
			.doesNotContain("World Waternet – SOMAGEP-SA");
		assertThat(page("/partnerships?reporting=OVERDUE", null)).as("the public cannot filter on overdue")
			.contains("Dunea – MWAUWASA")
			.doesNotContain("value=\"OVERDUE\"");
		assertThat(page("/partnerships/2", COORDINATOR))
			.contains("Inactive: no approved progress report for two periods");
		assertThat(page("/partnerships/3", COORDINATOR)).contains("Overdue with its progress reports");
		assertThat(page("/partnerships/3", null)).doesNotContain("Overdue with its progress reports");
		for (long id = 1; id <= 24; id++) {
			Standing standing = deadlines.standing(details.find(id, ReadScope.everything()).orElseThrow());
			boolean published = jdbc.sql("select published from partnership where id = ?")
				.param(id)
				.query(Boolean.class)
				.single();
			if (published) {
				assertThat(page("/partnerships/" + id, null)).as("partnership %d inactive in public", id)
					.matches(html -> html.contains(
							"Inactive: no approved progress report for two periods") == (standing == Standing.INACTIVE));
			}
		}
	}

	private static Set<Long> ids(List<Owing> owing) {
		Set<Long> ids = new HashSet<>();
		owing.forEach(o -> ids.add(o.id()));
		return ids;
	}

	@Test
	void aCoordinatorSwitchesAPartnershipToHalfYearsAndItsPeriodsFollow() throws Exception {
		long version = jdbc.sql("select version from partnership where id = 2").query(Long.class).single();

		assertThat(mvc
			.perform(post("/partnerships/2/reports/cadence").with(user(UTILITY))
				.with(csrf())
				.param("cadence", "HALF_YEARLY")
				.param("version", Long.toString(version)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		mvc.perform(post("/partnerships/2/reports/cadence").with(user(COORDINATOR))
			.with(csrf())
			.param("cadence", "HALF_YEARLY")
			.param("version", Long.toString(version)));

		String reports = page("/partnerships/2/reports", UTILITY);
		ReportingPeriod current = ReportingPeriod.containing(deadlines.today(), Cadence.HALF_YEARLY);
		assertThat(reports).contains("Every half-year")
			.contains("<option value=\"" + current + "\"")
			.contains("<option value=\"" + current.previous() + "\"");
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'Partnership' and entity_id = 2"
					+ " and action = 'UPDATE'")
			.query(Long.class)
			.single()).isEqualTo(1);

		approved(2, halfYearly().last());
		assertThat(page("/partnerships/2", COORDINATOR)).doesNotContain("Inactive:").doesNotContain("Overdue with");
	}

	@Test
	void aReportIsDueForThePeriodJustEndedUntilItIsSubmitted() {
		ReportingPeriod ended = ReportingPeriod.year(2025);
		WorkScope mwauwasa = new WorkScope(5L, null);

		assertThat(ids(work.due(mwauwasa, ended, null))).contains(2L);

		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by)
				values (800250, 2, 2025, 0, 1, 'SUBMITTED', 'ON_TRACK', 'x', 4)""").update();
		assertThat(ids(work.due(mwauwasa, ended, null))).doesNotContain(2L);
		assertThat(ids(work.due(mwauwasa, null, ReportingPeriod.half(2025, 2)))).as("yearly partnerships only")
			.doesNotContain(2L);
	}

	@Test
	void remindersReachThePeopleConcernedOnceAndShowInTheirWorkListWithoutAMailServer() throws Exception {
		Reminders.Run first = reminders.run();
		Reminders.Run second = reminders.run();

		assertThat(first.reminded()).isPositive();
		assertThat(first.mailed()).as("no mail server configured").isZero();
		assertThat(second.reminded()).as("nobody hears twice").isZero();
		assertThat(store.of(4)).extracting(r -> r.partnershipId() + " " + r.period() + " " + r.kind())
			.contains("2 " + yearly().last() + " OVERDUE")
			.noneMatch(r -> r.startsWith("3 "));
		assertThat(store.of(3)).as("the Asian coordinator hears about Asia only")
			.noneMatch(r -> r.partnershipId() == 2 || r.partnershipId() == 3);
		assertThat(page("/work", UTILITY))
			.contains("The " + yearly().last() + " progress report of VEI – MWAUWASA, Mwanza (WaterWorX) is overdue");

		approved(2, yearly().last());
		assertThat(page("/work", UTILITY)).as("a reminder goes once the report is approved")
			.doesNotContain("progress report of VEI – MWAUWASA, Mwanza (WaterWorX) is overdue");
	}

}
