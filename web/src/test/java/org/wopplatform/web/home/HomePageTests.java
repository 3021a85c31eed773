package org.wopplatform.web.home;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.persistence.report.AnnualFigureQueries.StorySeed;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.common.PublicPageCache;
import org.wopplatform.web.common.SqlStatements;
import org.wopplatform.web.security.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page is the front door: the latest published annual report's headline figures
 * and stories, the map, the search box, a path for each kind of visitor, and the
 * published partnerships from the database, in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PublicPageCache pages;

	@Autowired
	private AnnualFigureQueries figures;

	private String page(int number, String language) throws Exception {
		return mvc.perform(get("/").param("page", Integer.toString(number)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String allPages(String language) throws Exception {
		return page(1, language) + page(2, language);
	}

	@Test
	void listsEveryPublishedPartnershipOverTwoPages() throws Exception {
		List<String> published = jdbc.sql("select reference_code from partnership where published")
			.query(String.class)
			.list();
		assertThat(published).hasSize(25);

		String pages = allPages("en");

		assertThat(published).allSatisfy(code -> assertThat(pages).contains(code));
		assertThat(page(1, "en")).contains("25 published partnerships, page 1 of 2").contains("rel=\"next\"");
	}

	@Test
	void showsMentorToMenteeCountriesYearsStatusAndWorkingAreas() throws Exception {
		String row = rowOf(allPages("en"), "WWX-VEI-NAKURU");

		assertThat(row).contains("<abbr title=\"Vitens Evides International\">VEI</abbr>")
			.containsSubsequence("VEI", "→", "NAWASSCO", "NARUWASCO", "NAIVAWASSCO")
			.contains("Netherlands, ")
			.contains("Kenya")
			.contains("2017 – 2021")
			.contains("Closed")
			.contains("Non-Revenue Water (NRW 1): Commercial Losses Management")
			.contains("Customer Service");
	}

	@Test
	void showsGwopasOwnRecordAsANetworkWithAnOpenEnd() throws Exception {
		String row = rowOf(allPages("en"), "SDGACTION-25745");

		assertThat(row).contains("Global Water Operators&#39; Partnerships Alliance (GWOPA)")
			.contains("Network of 11 partners")
			.contains("2009 – no end date specified");
	}

	@Test
	void saysSoWhenTheSourcesGiveNoYears() throws Exception {
		assertThat(rowOf(allPages("en"), "COPASA-EMSAPUNO")).contains("Not stated in the sources");
		assertThat(rowOf(allPages("fr"), "COPASA-EMSAPUNO")).contains("Non précisées dans les sources");
	}

	/** The table row of one partnership, found by its reference code. */
	private static String rowOf(String html, String referenceCode) {
		int code = html.indexOf(referenceCode);
		assertThat(code).as(referenceCode + " listed").isPositive();
		return html.substring(html.lastIndexOf("<tr", code), html.indexOf("</tr>", code));
	}

	@Test
	@Transactional
	void anUnpublishedPartnershipIsNotListed() throws Exception {
		jdbc.sql("update partnership set published = false where reference_code = 'CCWD-BWS'").update();

		String pages = allPages("en");

		assertThat(pages).doesNotContain("CCWD-BWS").contains("24 published partnerships");
	}

	/** The secretariat opens the 2020 report, gives it a story and publishes it. */
	private StorySeed publish2020() throws Exception {
		send("/reports", "year", "2020");
		StorySeed seed = figures.storySeeds(2020).get(0);
		send("/reports/2020/stories", "partnershipId", Long.toString(seed.partnershipId()), "source", seed.source());
		send("/reports/2020/publish", "version", "0");
		pages.clear();
		return seed;
	}

	private void send(String path, String... fields) throws Exception {
		var request = post(path).with(user(DemoUsers.SECRETARIAT)).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		mvc.perform(request).andExpect(status().isFound());
	}

	@Nested
	class FrontDoor {

		@Test
		void withoutAPublishedReportSaysSoAndLinksTheReports() throws Exception {
			String html = page(1, "en");

			assertThat(html).contains("No annual report has been published yet.").contains("href=\"/reports\"");
		}

		@Test
		@Transactional
		void showsTheLatestPublishedReportsHeadlineFiguresAndStories() throws Exception {
			send("/reports", "year", "2019");
			StorySeed story = publish2020();
			long active = figures.live(2020).count("ACTIVE");

			String html = page(1, "en");

			assertThat(html).contains("The 2020 annual report in figures")
				.contains("<a href=\"/reports/2020/partnerships?figure=ACTIVE\">" + active + "</a>")
				.contains("href=\"/reports/2020\"")
				.contains("Stories from the 2020 report")
				.contains("<h3>" + story.partnership().replace("&", "&amp;").replace("'", "&#39;") + "</h3>")
				.doesNotContain("No annual report has been published yet.");
			assertThat(page(1, "fr")).contains("Le rapport annuel 2020 en chiffres");
			assertThat(page(1, "es")).contains("El informe anual 2020 en cifras");
		}

		@Test
		void hasTheSearchBoxWithALabel() throws Exception {
			String html = page(1, "en");

			assertThat(html)
				.contains("<form class=\"front-search\" method=\"get\" action=\"/partnerships\" role=\"search\"")
				.contains("<label for=\"home-q\">Search the partnerships</label>")
				.contains("<input id=\"home-q\" name=\"q\" type=\"search\"");
		}

		@Test
		void offersAPathToEachKindOfVisitor() throws Exception {
			String html = page(1, "en");

			assertThat(html).contains("Browse the partnerships")
				.contains("href=\"/brokering/requests/new\">Ask for support</a>")
				.contains("href=\"/brokering/offers/new\">Offer mentoring</a>")
				.contains("href=\"/login\">Sign in</a>");
		}

		@Test
		void showsTheMapWithItsLand() throws Exception {
			String html = page(1, "en");

			assertThat(html).contains("class=\"land\"")
				.contains("<a class=\"country\" href=\"/countries/KE\" aria-label=\"Kenya: ")
				.contains("href=\"/map\"");
		}

	}

	@Nested
	class Languages {

		@Test
		void followsTheBrowsersLanguage() throws Exception {
			String french = allPages("fr-FR,fr;q=0.9");

			assertThat(french).contains("<html lang=\"fr\"")
				.contains("Partenariats")
				.contains("Pays-Bas")
				.contains("Terminé")
				.contains("Gestion des actifs")
				.contains("2009 – sans date de fin précisée");
		}

		@Test
		void spanishNamesReferenceDataWhereTheSourceGivesThem() throws Exception {
			String spanish = allPages("es");

			assertThat(spanish).contains("<html lang=\"es\"")
				.contains("Alianzas")
				.contains("Países Bajos")
				.contains("Gestión de activos")
				.contains("Cerrada");
		}

		@Test
		void theSwitcherRemembersTheChoice() throws Exception {
			MvcResult switched = mvc.perform(get("/").param("lang", "es").header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(cookie().value("wop-lang", "es"))
				.andReturn();
			assertThat(switched.getResponse().getContentAsString()).contains("<html lang=\"es\"");

			String later = mvc
				.perform(get("/").cookie(switched.getResponse().getCookie("wop-lang")).header("Accept-Language", "en"))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(later).contains("<html lang=\"es\"");
		}

		@Test
		void theSwitcherLinksKeepThePage() throws Exception {
			String body = mvc.perform(get("/?page=2").header("Accept-Language", "en"))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(body).contains("href=\"/?page=2&amp;lang=fr\"").contains("href=\"/?page=2&amp;lang=es\"");
		}

		@Test
		void aLanguageCookieNamingAnotherLanguageGivesEnglish() throws Exception {
			// what is kept per language (number formats, sorted countries) stays three
			for (String value : new String[] { "de", "fr_CH", "zz_ZZ_x" }) {
				String page = mvc
					.perform(get("/partnerships").cookie(new jakarta.servlet.http.Cookie("wop-lang", value))
						.header("Accept-Language", "es"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(page).as(value).contains(value.startsWith("fr") ? "<html lang=\"fr\"" : "<html lang=\"en\"");
			}
		}

		@Test
		void anUnsupportedLanguageIsIgnored() throws Exception {
			mvc.perform(get("/").param("lang", "de").header("Accept-Language", "fr"))
				.andExpect(status().isOk())
				.andExpect(cookie().doesNotExist("wop-lang"));
		}

	}

	@Nested
	class Robustness {

		@Test
		void aPageNumberThatIsNotANumberIsABadRequestWithoutAStackTrace() throws Exception {
			String body = mvc.perform(get("/").param("page", "abc").header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
		}

		@Test
		void aPageBeyondTheEndIsEmptyNotAnError() throws Exception {
			assertThat(page(99, "en")).contains("25 published partnerships, page 99 of 2")
				.doesNotContain("WWX-VEI-NAKURU");
		}

	}

	@Nested
	class SqlStatementsPerPage {

		private SqlStatements statements;

		@BeforeEach
		void count() throws Exception {
			statements = new SqlStatements(entityManagerFactory);
			// what a first request of the application reads once (run alone, this class's
			// first test counted 20 statements for a full page and 1 for the next)
			produced(99);
		}

		/** The page produced, not served from memory. */
		private String produced(int page) throws Exception {
			pages.clear();
			return page(page, "en");
		}

		@Test
		void aFullPageAndAShortPageCostTheSame() throws Exception {
			long full = statements.countDuring(() -> produced(1));
			long shortPage = statements.countDuring(() -> produced(2));

			assertThat(full).isEqualTo(shortPage).isLessThanOrEqualTo(6);
		}

		@Test
		@Transactional
		void withAPublishedReportTwelveTimesTheDataCostsTheSame() throws Exception {
			publish2020();
			long small = statements.countDuring(() -> produced(1));
			LoadPartnerships.add(jdbc, 300);

			long large = statements.countDuring(() -> produced(1));

			// the list's page as ids, then their rows
			assertThat(large).isEqualTo(small).isLessThanOrEqualTo(9);
		}

		@Test
		@Transactional
		void twelveTimesTheDataCostsTheSame() throws Exception {
			long small = statements.countDuring(() -> produced(1));
			LoadPartnerships.add(jdbc, 300);

			long large = statements.countDuring(() -> produced(1));
			long deep = statements.countDuring(() -> produced(15));

			assertThat(large).isEqualTo(small);
			assertThat(deep).isEqualTo(small);
			assertThat(page(1, "en")).contains("325 published partnerships");
		}

	}

}
