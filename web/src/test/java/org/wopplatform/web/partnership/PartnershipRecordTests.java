package org.wopplatform.web.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.record.PartnershipRecord;
import org.wopplatform.persistence.record.PartnershipRecordQueries;
import org.wopplatform.persistence.workplan.ActivityRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record page's read model, read in one round trip, says what the partnership's
 * entities say, for every partnership of the demo data: the same participants, resources,
 * deliverables, working areas and SDG targets in the same order, and nothing of a
 * partnership the reader may not see.
 */
@SpringBootTest
@Transactional
class PartnershipRecordTests {

	@Autowired
	private PartnershipRecordQueries records;

	@Autowired
	private PartnershipDetailsQueries entities;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyDemoPartnershipReadsAsItsEntitiesSay() {
		List<Long> ids = jdbc.sql("select id from partnership order by id").query(Long.class).list();
		assertThat(ids).hasSizeGreaterThan(20);
		for (long id : ids) {
			Partnership entity = entities.find(id, ReadScope.everything()).orElseThrow();
			PartnershipRecord record = records.find(id, ReadScope.everything()).orElseThrow();
			assertThat(record.title()).isEqualTo(entity.title());
			assertThat(record.status()).isEqualTo(entity.status());
			assertThat(record.published()).isEqualTo(entity.isPublished());
			assertThat(record.actualStart()).isEqualTo(entity.actualStart());
			assertThat(record.plannedEnd()).isEqualTo(entity.plannedEnd());
			assertThat(record.budget()).isEqualTo(entity.budget());
			assertThat(record.contact()).isEqualTo(entity.contact());
			assertThat(record.platformCode()).isEqualTo(entity.regionalPlatform().map(r -> r.code()).orElse(null));
			assertThat(record.fundingProgramme().map(p -> p.code()))
				.isEqualTo(entity.fundingProgramme().map(p -> p.code()));
			assertThat(record.reportingCadence()).isEqualTo(entity.reportingCadence());
			assertThat(record.participants()).as("participants of " + id)
				.extracting(p -> p.organisationId() + " " + p.displayName() + " " + p.role() + " "
						+ (p.country() == null ? null : p.country().code()) + " " + p.note())
				.containsExactlyElementsOf(entity.participants()
					.stream()
					.map(p -> p.organisation().id() + " " + p.organisation().displayName() + " " + p.role() + " "
							+ (p.organisation().country() == null ? null : p.organisation().country().code()) + " "
							+ p.note())
					.toList());
			assertThat(record.mentors()).extracting(PartnershipRecord.Party::organisationId)
				.containsExactlyElementsOf(entity.mentors().stream().map(p -> p.organisation().id()).toList());
			assertThat(record.contributions()).as("resources of " + id)
				.extracting(c -> c.category() + " " + c.description() + " " + c.organisationName() + " " + c.amount()
						+ " " + c.sharePercent())
				.containsExactlyElementsOf(entity.contributions()
					.stream()
					.map(c -> c.category() + " " + c.description() + " "
							+ (c.organisation() == null ? null : c.organisation().displayName()) + " " + c.amount()
							+ " " + c.sharePercent())
					.toList());
			assertThat(record.deliverables()).as("deliverables of " + id)
				.extracting(d -> d.title() + " " + d.due() + " " + d.status())
				.containsExactlyElementsOf(
						entity.deliverables().stream().map(d -> d.title() + " " + d.due() + " " + d.status()).toList());
			assertThat(record.workingAreas()).extracting(a -> a.code())
				.containsExactlyElementsOf(entity.workingAreas().stream().map(a -> a.code()).toList());
			assertThat(record.sdgTargets()).extracting(t -> t.code())
				.containsExactlyElementsOf(entity.sdgTargets().stream().map(t -> t.code()).toList());
		}
	}

	@Test
	void aPartnershipOutOfTheReadersScopeIsNotFound() {
		// (rolled back with the test's transaction)
		long unpublished = 1;
		assertThat(jdbc.sql("update partnership set published = false where id = ?").param(unpublished).update())
			.isEqualTo(1);
		String platform = Objects
			.requireNonNull(jdbc.sql("select coalesce(regional_platform_code, 'NONE') from partnership where id = ?")
				.param(unpublished)
				.query(String.class)
				.single());

		assertThat(records.find(unpublished, ReadScope.publicOnly())).isEmpty();
		assertThat(records.find(unpublished, ReadScope.platform("NO_SUCH_PLATFORM"))).isEmpty();
		assertThat(records.find(unpublished, ReadScope.everything())).isPresent();
		if (!platform.equals("NONE")) {
			assertThat(records.find(unpublished, ReadScope.platform(platform))).isPresent();
		}
		assertThat(records.find(Long.MAX_VALUE, ReadScope.everything())).isEmpty();
	}

	/**
	 * Whether a record has activities late, read with the record, follows the work plan's
	 * rule ({@code Activity.isLateOn}) for every activity of the demo data, on the last
	 * day of its planned end (a year, a month or a day), the day after and the day
	 * before; the public's record never says.
	 */
	@Test
	void activitiesAreLateAsTheWorkPlansRuleSays() {
		List<Activity> all = activities.findAll();
		assertThat(all).extracting(a -> a.plannedEnd().precision())
			.contains(DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY);
		int late = 0;
		for (Activity activity : all) {
			long id = activity.partnershipId();
			List<Activity> plan = all.stream().filter(a -> a.partnershipId() == id).toList();
			LocalDate end = activity.plannedEnd().latest();
			for (LocalDate day : List.of(end.minusDays(1), end, end.plusDays(1), activity.plannedEnd().date())) {
				boolean expected = plan.stream().anyMatch(a -> a.isLateOn(day));
				assertThat(records.find(id, ReadScope.everything(), new LateActivities(day))
					.orElseThrow()
					.lateActivities()).as("partnership %d on %s", id, day).isEqualTo(expected);
				late += expected ? 1 : 0;
			}
			assertThat(records.find(id, ReadScope.everything()).orElseThrow().lateActivities()).isFalse();
		}
		assertThat(late).as("days with activities late").isPositive();
	}

	@Autowired
	private ActivityRepository activities;

}
