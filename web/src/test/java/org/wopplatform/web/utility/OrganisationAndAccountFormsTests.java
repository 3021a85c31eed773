package org.wopplatform.web.utility;

import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

/** The organisation, account and password forms: valid, each bad value, stale version. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationAndAccountFormsTests {

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from audit_event where entity_type in ('Organisation', 'UserAccount')").update();
		jdbc.sql("delete from organisation where name like 'Test %'").update();
		jdbc.sql("delete from user_account where email like 'test.%'").update();
		jdbc.sql("update organisation set city = 'Mwanza', version = 0 where id = 5").update();
	}

	private MvcResult submit(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(SECRETARIAT))
			.with(csrf())
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	@Nested
	class Organisations {

		@Test
		void aValidOrganisationIsSavedAndAudited() throws Exception {
			MvcResult result = submit("/utilities", "name", "Test Water Board", "acronym", "TWB", "type", "UTILITY",
					"country", "KE", "populationServed", "120000", "providesWater", "true");

			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(jdbc.sql(
					"select country_code || ' ' || population_served || ' ' || provides_water from organisation where name = 'Test Water Board'")
				.query(String.class)
				.single()).isEqualTo("KE 120000 true");
			assertThat(jdbc
				.sql("select count(*) from audit_event where entity_type = 'Organisation' and action = 'CREATE'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}

		@Test
		void aNameAlreadyUsedInTheCountryIsRefusedNextToTheNameWhetherNewOrRenamed() throws Exception {
			submit("/utilities", "name", "Test Water Board", "type", "UTILITY", "country", "KE");
			long id = jdbc.sql("select id from organisation where name = 'Test Water Board'")
				.query(Long.class)
				.single();
			submit("/utilities", "name", "Test Lake Board", "type", "UTILITY", "country", "KE");
			long other = jdbc.sql("select id from organisation where name = 'Test Lake Board'")
				.query(Long.class)
				.single();

			MvcResult created = submit("/utilities", "name", "Test Water Board", "type", "UTILITY", "country", "KE");
			MvcResult renamed = submit("/utilities/" + other, "name", "Test Water Board", "type", "UTILITY", "country",
					"KE", "version", "0");

			for (MvcResult result : List.of(created, renamed)) {
				assertThat(result.getResponse().getStatus()).isEqualTo(400);
				assertThat(result.getResponse().getContentAsString()).contains("id=\"organisation-name-error\"")
					.contains("An organisation with this name already exists in this country.");
			}
			assertThat(jdbc.sql("select name from organisation where id = ?").param(other).query(String.class).single())
				.isEqualTo("Test Lake Board");
			assertThat(id).isNotEqualTo(other);
		}

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = '|', value = { "name||This field is required.",
				"populationServed|-3|Cannot be negative.", "connections|many|does not have the expected form",
				"country|XX|This choice does not exist", "type|CASTLE|does not have the expected form",
				"acronym|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|Use at most 60 characters." })
		void aBadValueComesBackNextToItsField(String field, String value, String message) throws Exception {
			java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(
					java.util.Map.of("name", "Test Kept Name", "type", "UTILITY", "city", "Kept city"));
			fields.put(field, value == null ? "" : value);
			MvcResult result = submit("/utilities",
					fields.entrySet()
						.stream()
						.flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
						.toArray(String[]::new));

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			String error = "id=\"organisation-" + field + "-error\"";
			assertThat(page).contains(error);
			assertThat(page.substring(page.indexOf(error))).contains(message);
			assertThat(page).contains("Kept city");
			assertThat(
					jdbc.sql("select count(*) from organisation where name like 'Test %'").query(Long.class).single())
				.isZero();
		}

		@Test
		void aStaleEditIsRefusedAndShowsWhatChanged() throws Exception {
			assertThat(
					submit("/utilities/5", "version", "0", "name", "Mwanza Urban Water Supply and Sanitation Authority",
							"acronym", "MWAUWASA", "type", "UTILITY", "country", "TZ", "city", "Mwanza City")
						.getResponse()
						.getStatus())
				.isEqualTo(302);

			MvcResult stale = submit("/utilities/5", "version", "0", "name",
					"Mwanza Urban Water Supply and Sanitation Authority", "acronym", "MWAUWASA", "type", "UTILITY",
					"country", "TZ", "city", "Typed later");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(stale.getResponse().getContentAsString()).contains("Mwanza City").contains("Typed later");
			assertThat(mvc.perform(get("/utilities/5/history").with(user(SECRETARIAT)))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Mwanza City").contains("secretariat@example.org");
		}

	}

	@Nested
	class Accounts {

		@Test
		void aNewAccountGetsAOneTimeLinkThatSetsItsPassword() throws Exception {
			MvcResult created = submit("/admin/users", "email", "test.person@example.org", "displayName", "Test Person",
					"role", "COORDINATOR", "platform", "WOP_LAC");
			assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/link");
			Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)")
				.matcher(String.valueOf(created.getFlashMap().get("link")));
			assertThat(link.find()).isTrue();
			String path = "/password-reset/" + link.group(1);

			assertThat(mvc.perform(post(path).with(csrf()).param("password", "short").param("repeat", "short"))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Use at least 12 characters");
			assertThat(mvc
				.perform(post(path).with(csrf()).param("password", "a long passphrase").param("repeat", "another"))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("The two passwords differ.");
			assertThat(mvc.perform(
					post(path).with(csrf()).param("password", "a long passphrase").param("repeat", "a long passphrase"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login");
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("used once").isEqualTo(404);
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = {
				"email|not-an-address|COORDINATOR|WOP_AFRICA|account-email-error|This is not an e-mail address.",
				"email|secretariat@example.org|SECRETARIAT||account-email-error|already exists",
				"platform|test.a@example.org|COORDINATOR||account-platform-error|needs a regional platform",
				"organisationId|test.b@example.org|UTILITY_STAFF||account-organisationId-error|need an organisation",
				"role|test.c@example.org|KING||account-role-error|does not have the expected form" })
		void aBadValueComesBackNextToItsField(String field, String email, String role, String platform, String errorId,
				String message) throws Exception {
			MvcResult result = submit("/admin/users", "email", email, "displayName", "Kept Display Name", "role", role,
					"platform", platform == null ? "" : platform);

			assertThat(result.getResponse().getStatus()).as(field).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("id=\"" + errorId + "\"");
			assertThat(page.substring(page.indexOf("id=\"" + errorId + "\""))).contains(message);
			assertThat(page).contains("Kept Display Name");
		}

		@Test
		void aStaleAccountEditIsRefused() throws Exception {
			submit("/admin/users/3", "version", "0", "email", "coordinator.asia@example.org", "displayName", "Renamed",
					"role", "COORDINATOR", "platform", "WATERLINKS");

			MvcResult stale = submit("/admin/users/3", "version", "0", "email", "coordinator.asia@example.org",
					"displayName", "Stale", "role", "COORDINATOR", "platform", "WATERLINKS");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			jdbc.sql("update user_account set display_name = 'Demo Coordinator (WaterLinks)' where id = 3").update();
		}

	}

}
