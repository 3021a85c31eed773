package org.wopplatform.web.place;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The world map's markup is written once until the data changes for each kind of reader
 * (MapsOnPages): a partnership not yet published, in the Africa coordinator's region, is
 * counted on their map at once, on the home page and the map page alike, and never on the
 * public's, though both were kept before the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorldMapKeptTests {

	private static final long PARTNERSHIP = 990_301;

	private static final String REGION = "/platforms/WOP_AFRICA";

	private static final Pattern TANZANIA = Pattern.compile("aria-label=\"Tanzania: (\\d+) WOP");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void remove() {
		transaction.executeWithoutResult(t -> {
			jdbc.sql("delete from participant where partnership_id = ?").param(PARTNERSHIP).update();
			jdbc.sql("delete from partnership where id = ?").param(PARTNERSHIP).update();
		});
	}

	private int tanzania(String address, SignedInUser who) throws Exception {
		MockHttpServletRequestBuilder request = get(address).header("Accept-Language", "en");
		String page = mvc.perform(who == null ? request : request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher count = TANZANIA.matcher(page);
		assertThat(count.find()).as("Tanzania on the map of " + address).isTrue();
		return Integer.parseInt(count.group(1));
	}

	@Test
	void eachKindOfReaderSeesTheirOwnMapAndAChangeAtOnce() throws Exception {
		// ?lang=en: never from the public page cache, so the public's map is written or
		// kept here too
		int publicBefore = tanzania("/?lang=en", null);
		int africaBefore = tanzania("/", DemoUsers.COORDINATOR_AFRICA);
		int publicRegionBefore = tanzania(REGION + "?lang=en", null);
		int africaRegionBefore = tanzania(REGION, DemoUsers.COORDINATOR_AFRICA);
		assertThat(tanzania("/map", DemoUsers.COORDINATOR_AFRICA)).isEqualTo(africaBefore);
		assertThat(tanzania("/?lang=en", null)).as("kept, the same").isEqualTo(publicBefore);

		transaction.executeWithoutResult(t -> jdbc.sql("""
				insert into partnership (id, reference_code, kind, title, status, published, regional_platform_code,
				    planned_start, planned_start_precision)
				values (:id, 'MAP-KEPT', 'WOP', 'Kept map, not yet published', 'PIPELINE', false, 'WOP_AFRICA',
				    date '2026-01-01', 'YEAR');
				insert into participant (id, partnership_id, organisation_id, role, position)
				values (:id, :id, 9, 'LEAD_MENTOR', 0), (:id + 1, :id, 5, 'LEAD_MENTEE', 1)""")
			.param("id", PARTNERSHIP)
			.update());

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(tanzania("/", DemoUsers.COORDINATOR_AFRICA)).isEqualTo(africaBefore + 1));
		assertThat(tanzania("/map", DemoUsers.COORDINATOR_AFRICA)).isEqualTo(africaBefore + 1);
		assertThat(tanzania("/?lang=en", null)).as("the public: not published").isEqualTo(publicBefore);
		assertThat(tanzania("/map?lang=en", null)).isEqualTo(publicBefore);
		assertThat(tanzania(REGION, DemoUsers.COORDINATOR_AFRICA)).as("the region's map")
			.isEqualTo(africaRegionBefore + 1);
		assertThat(tanzania(REGION + "?lang=en", null)).isEqualTo(publicRegionBefore);
	}

}
