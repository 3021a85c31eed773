package org.wopplatform.web.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the tests of every route share: the kinds of reader relative to the fixture
 * partnership (unpublished, of WOP-Africa, whose mentee is MWAUWASA), the fixture rows
 * every route's path variables point at, and the routes the application maps.
 */
final class RouteFixture {

	/** Who reads, relative to the fixture partnership. */
	enum Who {

		PUBLIC, UTILITY_OWN, UTILITY_OTHER, COORDINATOR_OWN, COORDINATOR_OTHER, SECRETARIAT

	}

	static final long PARTNERSHIP = 2; // WWX-VEI-MWAUWASA, WOP-Africa, unpublished here

	static final long PARTICIPANT = 5; // its lead mentor

	/** The id of every fixture row (a resource, a deliverable, a report...). */
	static final long FIXTURE_ROW = 900_001;

	private RouteFixture() {
	}

	/** Every route the application maps, as "METHOD /pattern". */
	static Set<String> mappedRoutes(RequestMappingHandlerMapping mappings) {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach(m -> mapped.add(m.name() + " " + pattern));
			}
		});
		return mapped;
	}

	/**
	 * Inserts the fixture rows (in the caller's transaction, rolled back after each
	 * test).
	 */
	static void insert(JdbcClient jdbc) {
		unpublishTheFixture(jdbc);
		brokeringFixture(jdbc);
		draftReportFixture(jdbc);
	}

	private static void unpublishTheFixture(JdbcClient jdbc) {
		jdbc.sql("update partnership set published = false where id = ?").param(PARTNERSHIP).update();
		jdbc.sql(
				"insert into contribution (id, partnership_id, category, description, position) values (?, ?, 'IN_KIND', 'Staff time', 0)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql(
				"insert into indicator (id, partnership_id, name, frequency) values (?, ?, 'Fixture indicator', 'YEARLY')")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,"
				+ " health_reason, submitted_by) values (?, ?, 2024, 0, 1, 'SUBMITTED', 'ON_TRACK', 'On plan', 4)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into indicator_proposal (id, partnership_id, name, status, proposed_by, proposed_at)"
				+ " values (?, ?, 'Fixture proposal', 'PROPOSED', 4, now())")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql(
				"insert into framework_output (id, partnership_id, working_area_code, title) values (?, ?, 'NRW', 'Plan')")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into report_evidence (id, report_id, file_name, media_type, size_bytes, content, uploaded_at)"
				+ " values (?, ?, 'plan.pdf', 'application/pdf', 8, '%PDF-1.4'::bytea, now())")
			.params(FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql(
				"""
						insert into activity (id, partnership_id, working_area_code, title, planned_start, planned_start_precision,
						  planned_end, planned_end_precision, status)
						values (?, ?, 'NRW', 'Fixture activity', date '2019-01-01', 'YEAR', date '2020-01-01', 'YEAR', 'UNDER_WAY')""")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into budget_line (id, activity_id, contributor_id, kind, amount, currency, budget_year)"
				+ " values (?, ?, 1, 'CASH', 1000, 'EUR', 2019)")
			.params(FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql("insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage)"
				+ " values (?, ?, 'NRW', 'TF_LEADERSHIP', 1)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("update framework_output set activity_id = ?, unit_code = 'M3' where id = ?")
			.params(FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql(
				"insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position) values (?, ?, 'Plan', '2018-01-01', 'YEAR', 'NOT_REPORTED', 0)")
			.params(FIXTURE_ROW, PARTNERSHIP)
			.update();
		jdbc.sql("insert into activity_deliverable (activity_id, deliverable_id) values (?, ?)")
			.params(FIXTURE_ROW, FIXTURE_ROW)
			.update();
	}

	private static void brokeringFixture(JdbcClient jdbc) {
		jdbc.sql("""
				insert into support_request (id, organisation_id, regional_platform_code, title, urgency, status)
				values (?, 5, 'WOP_AFRICA', 'Fixture request', 'HIGH', 'SHORTLISTED')""").param(FIXTURE_ROW).update();
		jdbc.sql("insert into support_request_need values (?, 'NRW', 'Losses')").param(FIXTURE_ROW).update();
		jdbc.sql("insert into support_request_language values (?, 'en')").param(FIXTURE_ROW).update();
		jdbc.sql(
				"""
						insert into brokering_match (id, request_id, mentor_organisation_id, stage, score, explanation, proposed_by,
						    proposed_at, stage_changed_at, concept_note_title, concept_note_file_name)
						values (?, ?, 9, 'PROPOSED', 70, '{"score":70,"requestedAreas":1,"parts":[]}', 'Fixture', now(), now(),
						    'Note', 'note.pdf');
						insert into brokering_match_document (match_id, media_type, content)
						values (?, 'application/pdf', '%PDF-1.4'::bytea)""")
			.params(FIXTURE_ROW, FIXTURE_ROW, FIXTURE_ROW)
			.update();
		jdbc.sql("""
				insert into mentor_offer (id, organisation_id, capacity, available_from, status, created_by)
				values (?, 5, 2, date '2026-01-01', 'OPEN', 2)""").param(FIXTURE_ROW).update();
		jdbc.sql("insert into mentor_offer_strength values (?, 'NRW', 'NRW from 40 % to 30 %')")
			.param(FIXTURE_ROW)
			.update();
		jdbc.sql("insert into mentor_offer_language values (?, 'en')").param(FIXTURE_ROW).update();
	}

	private static void draftReportFixture(JdbcClient jdbc) {
		jdbc.sql("""
				insert into annual_report (id, year, status, chapters)
				values (?, 2031, 'DRAFT', 'HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,STORIES,REGIONS');
				insert into annual_report_story (id, report_id, partnership_id, position, title, text, source)
				values (?, ?, 1, 0, 'Story', 'Text', 'record');
				insert into annual_report_story_picture (story_id, media_type, content, caption, credit)
				values (?, 'image/png', decode('89504e470d0a1a0a', 'hex'), 'Caption', 'Credit')""")
			.params(FIXTURE_ROW, FIXTURE_ROW, FIXTURE_ROW, FIXTURE_ROW)
			.update();
	}

	/** The address of a mapped route pattern, with the fixture's ids in it. */
	static String path(String pattern) {
		return pattern.replace("/partnerships/{id}", "/partnerships/" + PARTNERSHIP)
			.replace("/brokering/requests/{id}", "/brokering/requests/" + FIXTURE_ROW)
			.replace("/brokering/offers/{id}", "/brokering/offers/" + FIXTURE_ROW)
			.replace("/brokering/matches/{id}", "/brokering/matches/" + FIXTURE_ROW)
			.replace("/reports/{year}", "/reports/2031")
			.replace("{storyId}", Long.toString(FIXTURE_ROW))
			.replace("/chapters/{chapter}/{direction}", "/chapters/STORIES/up")
			.replace("/tables/{name}.{format}", "/tables/headlines.csv")
			.replace("/maps/{name}.svg", "/maps/outlines-0.svg")
			.replace("{participantId}", Long.toString(PARTICIPANT))
			.replace("{contributionId}", Long.toString(FIXTURE_ROW))
			.replace("{deliverableId}", Long.toString(FIXTURE_ROW))
			.replace("{reportId}", Long.toString(FIXTURE_ROW))
			.replace("{indicatorId}", Long.toString(FIXTURE_ROW))
			.replace("{proposalId}", Long.toString(FIXTURE_ROW))
			.replace("{evidenceId}", Long.toString(FIXTURE_ROW))
			.replace("{outputId}", Long.toString(FIXTURE_ROW))
			.replace("{activityId}", Long.toString(FIXTURE_ROW))
			.replace("{lineId}", Long.toString(FIXTURE_ROW))
			.replace("{focusId}", Long.toString(FIXTURE_ROW))
			.replace("/utilities/{id}", "/utilities/5")
			.replace("/admin/users/{id}", "/admin/users/4")
			.replace("{slug}", "platforms")
			.replace("{code}",
					pattern.startsWith("/sdg") ? "6.1" : pattern.startsWith("/countries") ? "TZ" : "WOP_AFRICA")
			.replace("{token}", "no-such-link");
	}

	static SignedInUser reader(Who who) {
		return switch (who) {
			case UTILITY_OWN -> DemoUsers.STAFF_MWAUWASA;
			case UTILITY_OTHER -> DemoUsers.STAFF_NCWSC;
			case COORDINATOR_OWN -> DemoUsers.COORDINATOR_AFRICA;
			case COORDINATOR_OTHER -> DemoUsers.COORDINATOR_ASIA;
			case SECRETARIAT -> DemoUsers.SECRETARIAT;
			case PUBLIC -> throw new IllegalArgumentException("The public has no account");
		};
	}

}
