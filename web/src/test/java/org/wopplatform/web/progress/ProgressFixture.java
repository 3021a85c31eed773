package org.wopplatform.web.progress;

import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people and the partnership the progress tests work with (MWAUWASA's partnership 2
 * in WOP-Africa), with two indicators and a deliverable, and the clean-up after them.
 */
final class ProgressFixture {

	static final SignedInUser UTILITY = DemoUsers.STAFF_MWAUWASA;

	static final SignedInUser OTHER_UTILITY = DemoUsers.STAFF_NCWSC;

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	static final SignedInUser OTHER_COORDINATOR = DemoUsers.COORDINATOR_ASIA;

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	static final long PARTNERSHIP = 2;

	static final String REPORTS = "/partnerships/2/reports";

	/** Non-revenue water, in %, lower is better. */
	static final long NRW = 800_101;

	/** Connections, a count, higher is better. */
	static final long CONNECTIONS = 800_102;

	static final long DELIVERABLE = 800_103;

	private ProgressFixture() {
	}

	/** A form posted by someone, in a language, with its fields as name, value pairs. */
	static MvcResult post(MockMvc mvc, SignedInUser who, String path, String language, String... fields)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
			.with(user(who))
			.with(csrf())
			.header("Accept-Language", language);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	static void create(JdbcClient jdbc) {
		clean(jdbc);
		jdbc.sql("""
				insert into indicator (id, partnership_id, kpi_code, name, unit, better_direction, baseline_value,
				    target_value, frequency)
				values (?, 2, 'IBNET_6_1', 'Non-revenue water', '%', 'LOWER', 40, 25, 'YEARLY'),
				       (?, 2, 'GW_TOTAL_CONNECTIONS', 'Total number of connections', 'connections', 'HIGHER', 80000,
				        100000, 'YEARLY')""").params(NRW, CONNECTIONS).update();
		jdbc.sql("""
				insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position)
				values (?, 2, 'Water balance of the network', '2025-06-01', 'MONTH', 'NOT_REPORTED', 90)""")
			.param(DELIVERABLE)
			.update();
	}

	/**
	 * The demo record gives no start date; a partnership owes reports from its start, so
	 * the tests of deadlines give it one (2019).
	 */
	static void started(JdbcClient jdbc) {
		jdbc.sql("update partnership set planned_start = '2019-01-01', planned_start_precision = 'YEAR' where id = 2")
			.update();
	}

	static void clean(JdbcClient jdbc) {
		jdbc.sql("delete from reminder").update();
		jdbc.sql("delete from framework_output where partnership_id = 2").update();
		jdbc.sql("delete from audit_event where entity_type = 'ProgressReport' or (entity_type = 'Partnership'"
				+ " and action in ('REPORT_APPROVED', 'UPDATE', 'OUTPUT_ADDED', 'OUTPUT_REMOVED') and entity_id = 2)")
			.update();
		jdbc.sql("update progress_report set corrects_report_id = null where partnership_id in (2, 3)").update();
		jdbc.sql("delete from progress_report where partnership_id in (2, 3)").update();
		jdbc.sql("delete from indicator where id in (?, ?)").params(NRW, CONNECTIONS).update();
		jdbc.sql("delete from deliverable where id = ?").param(DELIVERABLE).update();
		jdbc.sql("update partnership set reporting_cadence = 'YEARLY', planned_start = null,"
				+ " planned_start_precision = null where id = 2")
			.update();
	}

}
