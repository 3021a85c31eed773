package org.wopplatform.web.capacity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * Choosing the capacity dimensions of a partnership's working areas, as its coordinator
 * does through the page, each request committed: GWOPA's dimensions or one's own named in
 * each language, a baseline stage from GWOPA's tracker, only the partnership's areas,
 * each dimension once per area, every change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CapacityTests {

	static final SignedInUser COORDINATOR = DemoUsers.COORDINATOR_AFRICA;

	/** VEI (1) mentoring MWAUWASA (5) in WOP-Africa, working on NRW, published. */
	static final long FIXTURE = 950_001;

	static final String PAGE = "/partnerships/" + FIXTURE + "/capacity";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published)"
				+ " values (?, 'CAPACITY-FIXTURE', 'WOP', 'Capacity fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true)")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into partnership_working_area (partnership_id, working_area_code) values (?, 'NRW')")
			.param(FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'CapacityFocus' and entity_id not in"
				+ " (select id from capacity_focus where partnership_id <> ?)")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	private MvcResult send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(String language) throws Exception {
		return mvc.perform(get(PAGE).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count() {
		return jdbc.sql("select count(*) from capacity_focus where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single();
	}

	@Test
	void aCoordinatorChoosesGwopasDimensionsWithABaselineEachOncePerArea() throws Exception {
		MvcResult added = send(PAGE, "workingArea", "NRW", "dimension", "TF_LEADERSHIP", "baselineStage", "2",
				"baselineDescription", "Managers new in post", "objective", "A leadership team that plans NRW work");

		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(page("en")).as("the public reads a published record's capacity page")
			.contains("Leadership", "Stage 2: Initial implementation of activities", "Managers new in post");
		assertThat(page("fr")).contains("Aptitude au Leadership", "Étape 2");
		MvcResult twice = send(PAGE, "workingArea", "NRW", "dimension", "TF_LEADERSHIP", "baselineStage", "1");
		assertThat(twice.getResponse().getStatus()).isEqualTo(400);
		assertThat(twice.getResponse().getContentAsString()).contains("already works on this dimension");
		MvcResult otherArea = send(PAGE, "workingArea", "ASSET_MGMT", "dimension", "TA_SYSTEMS", "baselineStage", "1");
		assertThat(otherArea.getResponse().getStatus()).isEqualTo(400);
		assertThat(count()).isEqualTo(1);
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'CapacityFocus' and action = 'CREATE'"
					+ " and entity_id in (select id from capacity_focus where partnership_id = ?)")
			.param(FIXTURE)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDimensionOfOnesOwnIsNamedInEachLanguageAndABaselineIsAStageOfTheTracker() throws Exception {
		MvcResult unnamed = send(PAGE, "workingArea", "NRW", "dimension", "OWN", "customNameEn", "Meter reading",
				"baselineStage", "7");

		assertThat(unnamed.getResponse().getStatus()).isEqualTo(400);
		assertThat(unnamed.getResponse().getContentAsString()).as("every problem at once")
			.contains("id=\"focus-customNameFr-error\"")
			.contains("id=\"focus-customNameEs-error\"")
			.contains("Choose a stage from 1 to 4.")
			.contains("value=\"Meter reading\"");
		assertThat(count()).isZero();

		MvcResult named = send(PAGE, "workingArea", "NRW", "dimension", "OWN", "customNameEn", "Meter reading",
				"customNameFr", "Relevé des compteurs", "customNameEs", "Lectura de medidores", "baselineStage", "1");
		assertThat(named.getResponse().getStatus()).isEqualTo(302);
		assertThat(page("es")).contains("Lectura de medidores", "una dimensión propia de la alianza");
	}

	@Test
	void removingADimensionIsAuditedAndAStaleVersionIsRefused() throws Exception {
		send(PAGE, "workingArea", "NRW", "dimension", "IN_STAFF_MOTIVATION", "baselineStage", "1");
		long id = jdbc.sql("select id from capacity_focus where partnership_id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single();

		send(PAGE + "/" + id + "/remove", "version", "7");
		assertThat(count()).as("a stale version removes nothing").isEqualTo(1);
		send(PAGE + "/" + id + "/remove", "version", "0");

		assertThat(count()).isZero();
		assertThat(jdbc
			.sql("select count(*) from audit_event where entity_type = 'CapacityFocus' and entity_id = ?"
					+ " and action = 'REMOVED'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
