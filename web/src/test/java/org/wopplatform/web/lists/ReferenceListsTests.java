package org.wopplatform.web.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.DemoUsers;

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
 * The reference lists as the secretariat keeps them through the pages, each request
 * committed: every change audited and shown in the entry's history, a retired entry kept
 * on the records that have it and gone from the choices of the others, errors next to
 * their fields, a stale form refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferenceListsTests {

	/** VEI – Bulawayo (demo, WaterWorX) and another partnership of the demo data. */
	private static final long HAS_IT = 24;

	private static final long OTHER = 3;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReferenceData reference;

	@AfterEach
	void cleanUp() {
		jdbc.sql("update partnership set funding_programme_code = null where funding_programme_code like 'RLT%'")
			.update();
		jdbc.sql("update partnership set funding_programme_code = 'WATERWORX' where id = 24").update();
		jdbc.sql("delete from audit_event where entity_type = 'ReferenceEntry'").update();
		jdbc.sql("delete from funding_programme where code like 'RLT%'").update();
		jdbc.sql("delete from measuring_unit where code like 'RLT%'").update();
		jdbc.sql("delete from currency where code = 'XTS'").update();
		reference.refresh();
	}

	@Test
	void everyChangeIsAuditedAndShownInTheEntrysHistory() throws Exception {
		assertThat(status(send("/admin/lists/units", "code", "", "nameEn", "RLT buckets", "nameFr", "", "nameEs",
				"cubos", "version", "0")))
			.isEqualTo(302);
		assertThat(status(send("/admin/lists/units/RLT_BUCKETS", "nameEn", "RLT buckets", "nameFr", "seaux", "nameEs",
				"cubos", "version", "0")))
			.isEqualTo(302);
		assertThat(status(send("/admin/lists/units/RLT_BUCKETS/retire", "version", "1"))).isEqualTo(302);

		assertThat(jdbc.sql("""
				select action from audit_event where entity_type = 'ReferenceEntry'
				and entity_id = (select id from measuring_unit where code = 'RLT_BUCKETS') order by id""")
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "RETIRE");
		String history = Jsoup.parse(page("/admin/lists/units/RLT_BUCKETS", "fr")).select("ol.history").text();
		assertThat(history).contains("Nom en français", "seaux", "Retirée", "Secretariat");
		assertThat(history).doesNotContain("nameFr", "retired", "true");
	}

	@Test
	void aRetiredProgrammeStaysOnItsPartnershipAndLeavesTheOtherChoices() throws Exception {
		send("/admin/lists/programmes", "code", "RLT_FUND", "nameEn", "RLT fund", "nameFr", "Fonds RLT", "nameEs",
				"Fondo RLT", "version", "0");
		jdbc.sql("update partnership set funding_programme_code = 'RLT_FUND' where id = ?").param(HAS_IT).update();
		send("/admin/lists/programmes/RLT_FUND/retire", "version", "0");

		Document own = Jsoup.parse(page("/partnerships/" + HAS_IT + "/edit/details", "fr"));
		assertThat(own.select("#details-programme option[selected]").text()).isEqualTo("Fonds RLT");
		assertThat(Jsoup.parse(page("/partnerships/new", "en")).select("option[value=RLT_FUND]")).isEmpty();
		assertThat(Jsoup.parse(page("/partnerships/" + OTHER + "/edit/details", "en")).select("option[value=RLT_FUND]"))
			.isEmpty();

		// the partnership that has it is saved unchanged; another cannot take it
		Element form = own.selectFirst("form[action$=/partnerships/" + HAS_IT + "]");
		MvcResult saved = submit(form);
		assertThat(status(saved))
			.as(() -> Jsoup.parse(body(saved)).select(".field-error, .alert").text()
					+ form.select("input[name]").eachAttr("name") + form.select("input[type=email]").outerHtml())
			.isEqualTo(302);
		assertThat(jdbc.sql("select funding_programme_code from partnership where id = ?")
			.param(HAS_IT)
			.query(String.class)
			.single()).isEqualTo("RLT_FUND");
		Element other = Jsoup.parse(page("/partnerships/" + OTHER + "/edit/details", "en"))
			.selectFirst("form[action$=/partnerships/" + OTHER + "]");
		other.selectFirst("#details-programme").appendElement("option").attr("value", "RLT_FUND").attr("selected", "");
		MvcResult refused = submit(other);
		assertThat(status(refused)).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("This entry is retired: choose another one.");
	}

	@Test
	void aRetiredUnitIsGoneFromTheOutputUnitChoices() throws Exception {
		send("/admin/lists/units", "code", "RLT_CRATES", "nameEn", "RLT crates", "version", "0");
		String activity = "/partnerships/24/work-plan/activities/101";
		assertThat(Jsoup.parse(page(activity, "en")).select("option[value=RLT_CRATES]")).hasSize(1);

		send("/admin/lists/units/RLT_CRATES/retire", "version", "0");

		assertThat(Jsoup.parse(page(activity, "en")).select("option[value=RLT_CRATES]")).isEmpty();
		assertThat(Jsoup.parse(page(activity, "en")).select("option[value=M3]")).hasSize(1);
	}

	@Test
	void aRetiredCurrencyIsNoLongerOfferedNorAcceptedForNewMoney() throws Exception {
		send("/admin/lists/currencies", "code", "XTS", "nameEn", "Test currency", "version", "0");
		assertThat(Jsoup.parse(page("/partnerships/new", "en"))
			.select("#partnership-budgetCurrency-list option[value=XTS], datalist option[value=XTS]")).isNotEmpty();

		send("/admin/lists/currencies/XTS/retire", "version", "0");

		assertThat(Jsoup.parse(page("/partnerships/new", "en")).select("datalist option[value=XTS]")).isEmpty();
		assertThat(Jsoup.parse(page("/partnerships/new", "en")).select("datalist option[value=USD]")).isNotEmpty();
	}

	@Test
	void aTakenCodeAndAMissingEnglishNameAreShownNextToTheirFields() throws Exception {
		MvcResult taken = send("/admin/lists/units", "code", "M3", "nameEn", "cubic metres again", "version", "0");
		assertThat(status(taken)).isEqualTo(400);
		Document page = Jsoup.parse(taken.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#entry-code-error").text()).contains("The code M3 is already used in this list");
		assertThat(page.select("#entry-nameEn").val()).isEqualTo("cubic metres again");

		MvcResult noName = send("/admin/lists/units", "code", "RLT_X", "nameEn", " ", "nameFr", "seaux", "version",
				"0");
		assertThat(status(noName)).isEqualTo(400);
		page = Jsoup.parse(noName.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#entry-nameEn-error").text()).isEqualTo("Give the name in English.");
		assertThat(page.select("#entry-nameFr").val()).isEqualTo("seaux");
		assertThat(page.select("#entry-code").val()).isEqualTo("RLT_X");
	}

	@Test
	void aStaleFormIsRefusedAndWhatWasTypedKept() throws Exception {
		send("/admin/lists/units", "code", "RLT_JARS", "nameEn", "RLT jars", "version", "0");
		send("/admin/lists/units/RLT_JARS", "nameEn", "RLT jars", "nameFr", "bocaux", "version", "0");

		MvcResult stale = send("/admin/lists/units/RLT_JARS", "nameEn", "RLT jars", "nameEs", "tarros", "version", "0");

		assertThat(status(stale)).isEqualTo(409);
		Document page = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.text()).contains("Someone else changed this entry", "bocaux");
		assertThat(page.select("#entry-nameEs").val()).isEqualTo("tarros");
		assertThat(
				jdbc.sql("select name_es from measuring_unit where code = 'RLT_JARS'").query(String.class).optional())
			.isEmpty();
	}

	private MvcResult send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.with(user(DemoUsers.SECRETARIAT))
			.header("Accept-Language", "en");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private MvcResult submit(Element form) throws Exception {
		MockHttpServletRequestBuilder request = post(form.attr("action")).with(csrf())
			.with(user(DemoUsers.SECRETARIAT))
			.header("Accept-Language", "en");
		for (var field : form.select("input[name], textarea[name], select[name]")) {
			if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
				continue;
			}
			if (field.tagName().equals("select")) {
				List<Element> selected = field.select("option[selected]");
				request.param(field.attr("name"), selected.isEmpty() ? "" : selected.get(selected.size() - 1).val());
			}
			else {
				request.param(field.attr("name"), field.val());
			}
		}
		return mvc.perform(request).andReturn();
	}

	private String page(String path, String language) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(DemoUsers.SECRETARIAT)).header("Accept-Language", language))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
