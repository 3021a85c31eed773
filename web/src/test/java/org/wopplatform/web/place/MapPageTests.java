package org.wopplatform.web.place;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.web.common.LoadPartnerships;
import org.wopplatform.web.common.PublicPageCache;
import org.wopplatform.web.common.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map draws the land from Natural Earth on the server, each country taking part a
 * link with its name and number of WOPs, each mentor → mentee line a link, nothing from
 * the internet; a regional platform's page shows its region.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapPageTests {

	private static final Projection PROJECTION = new Projection(WorldShapes.load());

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private PublicPageCache pages;

	@Autowired
	private PartnershipMap map;

	private String page(String path, String language) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Published partnerships with a mentor- or mentee-side participant in the country.
	 */
	private long wopsIn(String country) {
		return jdbc
			.sql("""
					select count(distinct p.id) from partnership p join participant x on x.partnership_id = p.id
					join organisation o on o.id = x.organisation_id
					where p.published and o.country_code = ? and x.role in ('LEAD_MENTOR', 'MENTOR', 'CO_MENTOR', 'LEAD_PARTNER',
					  'LEAD_MENTEE', 'MENTEE', 'RECIPIENT', 'BENEFICIARY_PARTNER')""")
			.param(country)
			.query(Long.class)
			.single();
	}

	private static String worldPath(String numericCode) {
		return Projection.path(PROJECTION.rings(numericCode, false), Projection.Box.WORLD);
	}

	@Test
	void drawsTheLandWithKenyaAndTanzaniaInTheirPlaces() throws Exception {
		String html = page("/map", "en");
		String outlines = outlinesOf(svg(html));

		assertThat(html).contains("<use class=\"land\" href=\"" + outlines + "#land\"/>")
			.contains("viewBox=\"0.0 0.0 1000.0 500.0\"");
		String document = mvc.perform(get(outlines))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(document).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\">")
			.contains("<path id=\"n404\" vector-effect=\"non-scaling-stroke\" d=\"" + worldPath("404") + "\"/>")
			.contains("<path id=\"n834\" vector-effect=\"non-scaling-stroke\" d=\"" + worldPath("834") + "\"/>");
		String land = document.substring(document.indexOf("<path id=\"land\""));
		assertThat(land.substring(0, land.indexOf("/>"))).contains(worldPath("404")).contains(worldPath("834"));
	}

	/**
	 * The outlines are one document that browsers keep: compressed for those that accept
	 * it, named by their content, and drawn from one document for the Pacific.
	 */
	@Test
	void theOutlinesAreOneDocumentKeptByBrowsersAndTheMapsDrawFromIt() throws Exception {
		String outlines = outlinesOf(svg(page("/", "en")));
		assertThat(outlinesOf(svg(page("/map", "fr")))).isEqualTo(outlines);
		assertThat(outlines).matches("/maps/outlines-[0-9a-f]{12}\\.svg");
		byte[] plain = mvc.perform(get(outlines)).andReturn().getResponse().getContentAsByteArray();
		MockHttpServletResponse gzipped = mvc.perform(get(outlines).header("Accept-Encoding", "gzip"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("Vary", "Accept-Encoding"))
			.andReturn()
			.getResponse();
		byte[] unzipped = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(gzipped.getContentAsByteArray()))
			.readAllBytes();
		assertThat(unzipped).isEqualTo(plain);
		assertThat(gzipped.getContentAsByteArray().length).isLessThan(plain.length / 2);
		// the Pacific's map, drawn across the antimeridian, from its own document
		String pacific = map.region("PWWA", Locale.ENGLISH).outlines();
		assertThat(pacific).matches("/maps/outlines-pacific-[0-9a-f]{12}\\.svg");
		assertThat(mvc.perform(get(pacific)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("<path id=\"n242\"")
			.isNotEqualTo(new String(plain, java.nio.charset.StandardCharsets.UTF_8));
		mvc.perform(get("/maps/shapes.svg")).andExpect(status().isNotFound());
		// under another name (a page from before the outlines changed): sent, not kept
		mvc.perform(get("/maps/outlines-0.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"));
	}

	/**
	 * Every outline a map draws is in the document it names: the world, a platform's
	 * region, the Pacific's (across the antimeridian) and a report's regional chapter.
	 */
	@Test
	void everyOutlineAMapDrawsIsInItsDocument() throws Exception {
		int uses = 0;
		for (String html : List.of(page("/map", "en"), page("/platforms/WOP_AFRICA", "en"),
				page("/platforms/PWWA", "en"))) {
			Matcher use = Pattern.compile("<use class=\"(land|region|taking-part)\" href=\"([^\"#]+)#([^\"]+)\"/>")
				.matcher(html);
			while (use.find()) {
				assertThat(document(use.group(2))).as(use.group()).contains("<path id=\"" + use.group(3) + "\" ");
				uses++;
			}
		}
		assertThat(uses).isGreaterThan(50);
		// the report's regional chapters (the same fragment as a platform's page)
		for (String platform : List.of("WOP_AFRICA", "WATERLINKS", "WOP_LAC", "PWWA")) {
			PartnershipMap.Drawing region = map.region(platform, Locale.ENGLISH);
			assertThat(region.regionOutlines()).as(platform).isNotEmpty();
			for (String id : region.regionOutlines()) {
				assertThat(document(region.outlines())).as(platform).contains("<path id=\"" + id + "\" ");
			}
		}
	}

	private String document(String address) throws Exception {
		return mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void eachCountryTakingPartIsOneLinkWithItsNameAndNumberOfWops() throws Exception {
		String html = page("/map", "en");
		long kenya = wopsIn("KE");
		assertThat(kenya).isPositive();

		String link = element(html, "<a class=\"country\" href=\"/countries/KE\"");
		assertThat(link).contains("aria-label=\"Kenya: " + kenya + " WOP" + (kenya == 1 ? "" : "s") + "\"")
			.contains("<use class=\"taking-part\" href=\"" + outlinesOf(svg(html)) + "#n404\"/>")
			.contains("<circle class=\"marker\"");
		assertThat(page("/map", "fr")).contains("aria-label=\"Kenya : " + kenya + " WOP\"");
		assertThat(page("/map", "es")).contains("aria-label=\"Kenia: " + kenya + " WOP\"");
	}

	/** The address of the outlines' document a drawing uses. */
	private static String outlinesOf(String svg) {
		Matcher land = Pattern.compile("<use class=\"land\" href=\"([^\"#]+)#land\"/>").matcher(svg);
		assertThat(land.find()).as("the land drawn from the outlines").isTrue();
		return land.group(1);
	}

	@Test
	void everyLinkOfTheDrawingHasAnAccessibleNameAndLeadsToACountry() throws Exception {
		String svg = svg(page("/map", "en"));
		Matcher links = Pattern.compile("<a [^>]*>").matcher(svg);
		int count = 0;
		while (links.find()) {
			assertThat(links.group())
				.matches("<a class=\"(country|link)\" href=\"/countries/[A-Z]{2}\" aria-label=\"[^\"]+\">");
			count++;
		}
		assertThat(count).isGreaterThan(10);
		assertThat(svg).contains("<a class=\"link\" href=\"/countries/KE\" aria-label=\"Netherlands → Kenya: ");
	}

	@Test
	void nothingIsLoadedFromTheInternetAndThereIsNoScript() throws Exception {
		for (String path : List.of("/map", "/platforms/WOP_AFRICA", "/")) {
			String html = page(path, "en");
			assertThat(html.replace("http://www.w3.org/2000/svg", "")).as(path)
				.doesNotContain("http://")
				.doesNotContain("https://")
				.doesNotContain("<script");
		}
	}

	@Test
	void aPlatformsPageShowsItsRegionCroppedWithItsCountriesTakingPart() throws Exception {
		String html = page("/platforms/WOP_AFRICA", "en");
		String svg = svg(html);

		assertThat(svg).doesNotContain("viewBox=\"0.0 0.0 1000.0 500.0\"")
			.contains("<title id=\"map-WOP_AFRICA-title\">Map of WOP-Africa</title>")
			.containsPattern("<use class=\"region\" href=\"/maps/outlines-[0-9a-f]+\\.svg#n\\d+\"/>")
			.contains("href=\"/countries/KE\" aria-label=\"Kenya: ");
		double[] box = viewBox(svg);
		// Africa: from Cape Verde (25° west) to Mauritius (58° east).
		assertThat(box[0]).isBetween(Projection.x(-40), Projection.x(-25));
		assertThat(box[0] + box[2]).isBetween(Projection.x(58), Projection.x(85));
	}

	@Test
	void thePacificPlatformsMapCrossesTheAntimeridianInOnePiece() {
		PartnershipMap.Drawing pacific = map.region("PWWA", Locale.ENGLISH);

		assertThat(pacific.regionCountries()).contains("Fiji", "Papua New Guinea", "Tuvalu");
		assertThat(pacific.islands()).isNotEmpty(); // Tuvalu, Samoa...: too small for the
													// land
		assertThat(pacific.maxX() - pacific.minX()).isLessThan(400);
		assertThat(pacific.minX()).isGreaterThan(Projection.x(100));
	}

	@Test
	@Transactional
	void aMapDrawsAndListsOnlyTheBusiestLinksAndSaysSo() throws Exception {
		pages.clear();
		assertThat(page("/map", "en")).doesNotContain("busiest");
		// VEI (the Netherlands) mentoring a utility in each of 200 other placed
		// countries:
		// 200 more links of one WOP each, beside the demo data's busier ones.
		jdbc.sql(
				"""
						insert into organisation (id, name, type, country_code)
						select 300000 + row_number() over (order by code), 'Utility of ' || code, 'UTILITY', code
						from (select code from country where latitude is not null and code <> 'NL' order by code limit 200) c""")
			.update();
		jdbc.sql("""
				insert into partnership (id, reference_code, kind, title, status, published)
				select id, 'MAP-' || id, 'WOP', 'Map test ' || id, 'IMPLEMENTATION', true
				from organisation where id > 300000""").update();
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				select 2 * id, id, 1, 'LEAD_MENTOR', 0 from organisation where id > 300000
				union all select 2 * id + 1, id, id, 'LEAD_MENTEE', 1 from organisation where id > 300000""").update();
		long busiest = jdbc.sql("""
				select count(distinct p.id) from partnership p
				join participant m on m.partnership_id = p.id and m.organisation_id = 1
				join participant e on e.partnership_id = p.id and e.organisation_id = 5
				where p.published""").query(Long.class).single();
		assertThat(busiest).as("VEI → MWAUWASA in the demo data").isGreaterThan(1);
		pages.clear();

		String page = page("/map", "en");

		assertThat(svg(page).split("<a class=\"link\"", -1)).hasSize(PartnershipListQueries.MAP_LINKS + 1);
		assertThat(page.split("<tr>", -1)).hasSize(PartnershipListQueries.MAP_LINKS + 2); // the
																							// head's
																							// row
																							// too
		assertThat(page).contains("Only the 150 busiest mentor-to-mentee country links are drawn and listed")
			.contains("Netherlands → Tanzania");
		pages.clear();
		assertThat(page("/", "fr")).contains("Seuls les 150 liens");
	}

	@Nested
	class Statements {

		@Test
		@Transactional
		void theMapAndARegionCostTheSameWithTwelveTimesTheData() throws Exception {
			SqlStatements statements = new SqlStatements(entityManagerFactory);
			page("/map", "en");
			pages.clear();
			long world = statements.countDuring(() -> page("/map", "en"));
			pages.clear();
			long region = statements.countDuring(() -> page("/platforms/WOP_AFRICA", "en"));

			LoadPartnerships.add(jdbc, 300);
			pages.clear();
			assertThat(statements.countDuring(() -> page("/map", "en"))).isEqualTo(world).isLessThanOrEqualTo(4);
			pages.clear();
			assertThat(statements.countDuring(() -> page("/platforms/WOP_AFRICA", "en"))).isEqualTo(region)
				.isLessThanOrEqualTo(7);
		}

	}

	private static String svg(String html) {
		return html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
	}

	private static String element(String html, String start) {
		int at = html.indexOf(start);
		assertThat(at).as(start).isNotNegative();
		return html.substring(at, html.indexOf("</a>", at));
	}

	private static double[] viewBox(String svg) {
		Matcher m = Pattern.compile("viewBox=\"([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\"").matcher(svg);
		assertThat(m.find()).isTrue();
		return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
				Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)) };
	}

}
