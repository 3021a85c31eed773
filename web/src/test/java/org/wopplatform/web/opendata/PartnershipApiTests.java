package org.wopplatform.web.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API's contract, against the demo data: field names and types, pagination,
 * filters, published records only, and a JSON 400 for any parameter it cannot use.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PartnershipApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private JsonNode getJson(String url) throws Exception {
		String body = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(item -> values.add(field == null ? item.asString() : item.get(field).asString()));
		return values;
	}

	private static List<String> referenceCodes(JsonNode page) {
		return texts(page.get("items"), "referenceCode");
	}

	@Nested
	class OnePartnership {

		@Test
		void hasEveryFieldWithItsTypeForAKnownDemoWop() throws Exception {
			JsonNode p = getJson("/api/v1/partnerships/1");

			assertThat(fieldNames(p)).containsExactlyInAnyOrder("id", "referenceCode", "title", "description", "status",
					"kind", "plannedStart", "plannedEnd", "actualStart", "actualEnd", "regionalPlatform",
					"fundingProgramme", "budget", "participants", "workingAreas", "sdgTargets", "url",
					"capacityResults");
			assertThat(p.get("id").isIntegralNumber()).isTrue();
			assertThat(p.get("id").asLong()).isEqualTo(1);
			assertThat(p.get("referenceCode").asString()).isEqualTo("WWX-VEI-NAKURU");
			assertThat(p.get("title").asString()).startsWith("VEI – Nakuru County");
			assertThat(p.get("description").asString()).contains("Nakuru County");
			assertThat(p.get("status").asString()).isEqualTo("CLOSED");
			assertThat(p.get("kind").asString()).isEqualTo("WOP");
			assertThat(p.get("plannedStart").asString()).isEqualTo("2017");
			assertThat(p.get("plannedEnd").asString()).isEqualTo("2021");
			assertThat(p.get("actualStart").asString()).isEqualTo("2017");
			assertThat(p.get("actualEnd").asString()).isEqualTo("2021");
			assertThat(p.get("regionalPlatform").get("code").asString()).isEqualTo("WOP_AFRICA");
			assertThat(p.get("regionalPlatform").get("name").isString()).isTrue();
			assertThat(p.get("fundingProgramme").get("code").asString()).isEqualTo("WATERWORX");
			assertThat(p.get("budget").isNull()).isTrue();
			assertThat(p.get("workingAreas").isArray()).isTrue();
			assertThat(texts(p.get("workingAreas"), null)).contains("NRW", "CUSTOMER_SERVICE", "WATER_SUPPLY_EXTENSION",
					"SANITATION_HYGIENE");
			// in the working areas' list order
			assertThat(texts(p.get("workingAreas"), null)).containsExactlyElementsOf(jdbc
				.sql("""
						select w.working_area_code from partnership_working_area w
						join working_area a on a.code = w.working_area_code where w.partnership_id = 1 order by a.sort_order""")
				.query(String.class)
				.list());
			assertThat(p.get("sdgTargets").isArray()).isTrue();
			assertThat(p.get("sdgTargets")).isEmpty();
			assertThat(p.get("url").asString()).isEqualTo("http://localhost:8080/partnerships/1");

			JsonNode mentor = p.get("participants").get(0);
			assertThat(fieldNames(mentor)).containsExactlyInAnyOrder("organisationId", "name", "acronym", "country",
					"role", "side");
			assertThat(mentor.get("organisationId").asLong()).isEqualTo(1);
			assertThat(mentor.get("name").asString()).isEqualTo("Vitens Evides International");
			assertThat(mentor.get("acronym").asString()).isEqualTo("VEI");
			assertThat(mentor.get("country").asString()).isEqualTo("NL");
			assertThat(mentor.get("role").asString()).isEqualTo("LEAD_MENTOR");
			assertThat(mentor.get("side").asString()).isEqualTo("MENTOR");
			assertThat(texts(p.get("participants"), "side")).containsExactly("MENTOR", "MENTEE", "MENTEE", "MENTEE");
			assertThat(texts(p.get("participants"), "country")).containsOnly("NL", "KE");
		}

		@Test
		void givesTheBudgetAsADecimalStringAndFullDates() throws Exception {
			JsonNode p = getJson("/api/v1/partnerships/5");

			assertThat(p.get("budget").get("amount").isString()).isTrue();
			assertThat(p.get("budget").get("amount").asString()).isEqualTo("2754000.00");
			assertThat(p.get("budget").get("currency").asString()).isEqualTo("USD");
			assertThat(p.get("plannedStart").asString()).isEqualTo("2012-01-01");
			assertThat(p.get("actualEnd").asString()).isEqualTo("2016-01-03");
			assertThat(p.get("fundingProgramme").isNull()).isTrue();
		}

		@Test
		void givesAMonthAsTheSourceStatesIt() throws Exception {
			JsonNode p = getJson("/api/v1/partnerships/21");

			assertThat(p.get("actualStart").asString()).isEqualTo("2011-07");
			assertThat(p.get("plannedStart").isNull()).isTrue();
		}

		@Test
		void givesTheSdgTargetsOfGwopasNetworkByGoal() throws Exception {
			JsonNode p = getJson("/api/v1/partnerships/25");

			assertThat(p.get("kind").asString()).isEqualTo("NETWORK");
			assertThat(texts(p.get("sdgTargets"), null)).containsExactly("6.1", "6.2", "6.3", "6.4", "6.a", "6.b",
					"11.1", "11.6", "11.a", "11.b", "11.c", "17.3", "17.6", "17.7", "17.16", "17.17");
			assertThat(texts(p.get("participants"), "side")).hasSize(11).containsOnly("OTHER");
			assertThat(p.get("plannedEnd").isNull()).isTrue();
		}

		@Test
		void isTheSameAsInTheList() throws Exception {
			JsonNode listed = null;
			for (JsonNode item : getJson("/api/v1/partnerships?q=WWX-VEI-NAKURU").get("items")) {
				listed = item;
			}

			assertThat(listed).isEqualTo(getJson("/api/v1/partnerships/1"));
		}

		@Test
		void anUnpublishedPartnershipIsNotFound() throws Exception {
			jdbc.sql("update partnership set published = false where id = 1").update();

			String body = mvc.perform(get("/api/v1/partnerships/1"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(json.readTree(body).get("error").asString()).isNotBlank();
			assertThat(body).doesNotContain("Nakuru");
		}

		@Test
		void anUnknownIdIsNotFound() throws Exception {
			mvc.perform(get("/api/v1/partnerships/999999")).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Pages {

		@Test
		void theFirstPageHoldsFiftyByDefault() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships");

			assertThat(fieldNames(page)).containsExactlyInAnyOrder("page", "size", "totalElements", "totalPages",
					"next", "items");
			assertThat(page.get("page").asInt()).isEqualTo(1);
			assertThat(page.get("size").asInt()).isEqualTo(50);
			assertThat(page.get("totalElements").asLong()).isEqualTo(published());
			assertThat(page.get("totalPages").asInt()).isEqualTo(1);
			assertThat(page.get("items")).hasSize((int) published());
		}

		@Test
		void pagesCountFromOneAndDoNotOverlap() throws Exception {
			Set<String> seen = new TreeSet<>();
			List<String> all = new ArrayList<>();
			for (int number = 1; number <= 3; number++) {
				JsonNode page = getJson("/api/v1/partnerships?size=10&page=" + number);
				assertThat(page.get("page").asInt()).isEqualTo(number);
				assertThat(page.get("size").asInt()).isEqualTo(10);
				assertThat(page.get("totalPages").asInt()).isEqualTo(3);
				all.addAll(referenceCodes(page));
			}
			seen.addAll(all);

			assertThat(all).hasSize((int) published());
			assertThat(seen).hasSize((int) published());
		}

		@Test
		void eachPageLinksToTheNextUntilTheLast() throws Exception {
			JsonNode first = getJson("/api/v1/partnerships?size=10&sort=newest");
			JsonNode last = getJson("/api/v1/partnerships?size=10&sort=newest&page=" + first.get("totalPages").asInt());

			assertThat(first.get("next").asString()).isEqualTo("/api/v1/partnerships?size=10&sort=newest&page=2");
			assertThat(last.get("next").isNull()).as("after the last page").isTrue();
		}

		@Test
		void theNextLinkKeepsTheAddressAsItCame() throws Exception {
			String body = mvc.perform(get(java.net.URI.create("/api/v1/partnerships?size=2&x=a%20b&y=a=b")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(json.readTree(body).get("next").asString())
				.isEqualTo("/api/v1/partnerships?size=2&x=a%20b&y=a=b&page=2");
		}

		@Test
		void readWithAfterEveryPublishedPartnershipComesOnceInIdOrder() throws Exception {
			jdbc.sql("update partnership set published = false where reference_code = 'CCWD-BWS'").update();
			List<Long> read = new ArrayList<>();
			String next = "/api/v1/partnerships?size=7&after=0";
			for (int pages = 0; next != null; pages++) {
				assertThat(pages).as("pages read").isLessThan(50);
				JsonNode page = getJson(next);
				assertThat(page.has("page")).as("a page read after an id has no number").isFalse();
				assertThat(page.get("size").asInt()).isEqualTo(7);
				assertThat(page.get("totalElements").asLong()).isEqualTo(published());
				page.get("items").forEach(item -> read.add(item.get("id").asLong()));
				next = page.get("next").isNull() ? null : page.get("next").asString();
				if (next != null) {
					assertThat(next).isEqualTo("/api/v1/partnerships?size=7&after=" + read.get(read.size() - 1));
				}
			}

			assertThat(read)
				.isEqualTo(jdbc.sql("select id from partnership where published order by id").query(Long.class).list());
		}

		@Test
		void afterKeepsTheFilters() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships?status=implementation&size=2&after=0");

			assertThat(texts(page.get("items"), "status")).containsOnly("IMPLEMENTATION");
			assertThat(page.get("totalElements").asLong())
				.isEqualTo(jdbc.sql("select count(*) from partnership where published and status = 'IMPLEMENTATION'")
					.query(Long.class)
					.single());
			assertThat(page.get("next").asString())
				.startsWith("/api/v1/partnerships?status=implementation&size=2&after=");
		}

		@Test
		void pageNumbersReachTenThousandPartnershipsDownAListAfterGoesFurther() throws Exception {
			assertThat(getJson("/api/v1/partnerships?size=50&page=200").get("items")).isEmpty();

			mvc.perform(get("/api/v1/partnerships?size=50&page=201"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("read on with after")));
		}

		@Test
		void aPageAfterTheLastIsEmpty() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships?page=9&size=200");

			assertThat(page.get("items")).isEmpty();
			assertThat(page.get("totalElements").asLong()).isEqualTo(published());
		}

		@Test
		void unpublishedPartnershipsAreNotListed() throws Exception {
			jdbc.sql("update partnership set published = false where reference_code = 'CCWD-BWS'").update();

			JsonNode page = getJson("/api/v1/partnerships?size=200");

			assertThat(referenceCodes(page)).doesNotContain("CCWD-BWS").hasSize((int) published());
			assertThat(page.get("totalElements").asLong()).isEqualTo(published());
		}

		private long published() {
			return jdbc.sql("select count(*) from partnership where published").query(Long.class).single();
		}

	}

	@Nested
	class Filters {

		@Test
		void byStatusInAnyCase() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships?status=closed&size=200");

			assertThat(texts(page.get("items"), "status")).isNotEmpty().containsOnly("CLOSED");
			assertThat(page.get("totalElements").asLong())
				.isEqualTo(jdbc.sql("select count(*) from partnership where published and status = 'CLOSED'")
					.query(Long.class)
					.single());
		}

		@Test
		void byPlatformProgrammeAndWorkingArea() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships?platform=wop_africa&programme=OFID_GWOPA&area=NRW");

			assertThat(referenceCodes(page)).containsExactlyInAnyOrder("OFID-NWSC-NCWSC", "OFID-ONEA-SEG",
					"OFID-ETHEKWINI-CRWB", "OFID-ETHEKWINI-BWB");
			assertThat(page.get("items")).allSatisfy(item -> {
				assertThat(item.get("regionalPlatform").get("code").asString()).isEqualTo("WOP_AFRICA");
				assertThat(item.get("fundingProgramme").get("code").asString()).isEqualTo("OFID_GWOPA");
				assertThat(texts(item.get("workingAreas"), null)).contains("NRW");
			});
		}

		@Test
		void byCountryOfAParticipant() throws Exception {
			JsonNode page = getJson("/api/v1/partnerships?country=ke&size=200");

			assertThat(page.get("items")).isNotEmpty()
				.allSatisfy(item -> assertThat(texts(item.get("participants"), "country")).contains("KE"));
			assertThat(referenceCodes(page)).contains("WWX-VEI-NAKURU", "OFID-NWSC-NCWSC");
		}

		@Test
		void bySdgTarget() throws Exception {
			assertThat(referenceCodes(getJson("/api/v1/partnerships?target=6.a"))).containsExactly("SDGACTION-25745");
		}

		@Test
		void byYearUnderWay() throws Exception {
			List<String> codes = referenceCodes(getJson("/api/v1/partnerships?year=2014&size=200"));

			assertThat(codes).contains("OFID-NWSC-NCWSC", "DUNEA-MWAUWASA-2012", "SDGACTION-25745")
				.doesNotContain("WWX-VEI-NAKURU", "EUWOP-DJII-TIAMAN");
		}

		@Test
		void byFreeTextInTitlesAndPartnerNames() throws Exception {
			assertThat(referenceCodes(getJson("/api/v1/partnerships?q=mwauwasa&size=200"))).contains("WWX-VEI-MWAUWASA",
					"DUNEA-MWAUWASA-2012", "EUWOP-VEI-MWAUWASA");
		}

		@Test
		void sortedByNewestStart() throws Exception {
			List<String> codes = referenceCodes(getJson("/api/v1/partnerships?sort=newest&size=200"));

			assertThat(codes.indexOf("EUWOP-DJII-TIAMAN")).isLessThan(codes.indexOf("SDGACTION-25745"));
		}

		@Test
		void blankFiltersAreIgnored() throws Exception {
			assertThat(getJson("/api/v1/partnerships?status=&platform=&year=&page=&size=").get("items"))
				.hasSize(jdbc.sql("select count(*) from partnership where published").query(Integer.class).single());
		}

	}

	@Nested
	class BadParameters {

		@ParameterizedTest
		@ValueSource(strings = { "status=FINISHED", "page=0", "page=-1", "page=abc", "page=100001", "size=0",
				"size=1000", "size=ten", "year=abc", "year=20", "platform=NOWHERE", "country=XX", "area=SWIMMING",
				"target=99.9", "programme=NONE", "sort=random", "q[0]=x", "after=abc", "after=-1", "after=5&page=2",
				"after=5&sort=title", "page=201&size=50", "page=11&size=1000" })
		void areRefusedWithAJson400(String parameter) throws Exception {
			String body = mvc.perform(get("/api/v1/partnerships?" + parameter))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andReturn()
				.getResponse()
				.getContentAsString();

			JsonNode error = json.readTree(body);
			assertThat(fieldNames(error)).containsExactly("error");
			assertThat(error.get("error").asString()).isNotBlank().doesNotContain("Exception");
		}

		@Test
		void sayWhatWasWrong() throws Exception {
			mvc.perform(get("/api/v1/partnerships?size=1000"))
				.andExpect(status().isBadRequest())
				.andExpect(content().json("{\"error\":\"size must be a whole number from 1 to 200, not '1000'\"}"));
			mvc.perform(get("/api/v1/partnerships?status=FINISHED"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Unknown status 'FINISHED'")));
		}

		@Test
		void anIdThatIsNotANumberIsA400() throws Exception {
			mvc.perform(get("/api/v1/partnerships/abc"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
		}

	}

	@Nested
	class Description {

		@Test
		void theOpenApiDocumentDescribesTheEndpointsAndTheFieldsTheApiGives() throws Exception {
			JsonNode api = getJson("/api/v1/openapi.json");

			assertThat(api.get("openapi").asString()).isEqualTo("3.1.0");
			assertThat(fieldNames(api.get("paths"))).containsExactlyInAnyOrder("/api/v1/partnerships",
					"/api/v1/partnerships/{id}", "/api/v1/iati/activities.xml");
			JsonNode schemas = api.get("components").get("schemas");
			assertThat(fieldNames(schemas.get("Partnership").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(getJson("/api/v1/partnerships/1")));
			assertThat(fieldNames(schemas.get("Participant").get("properties"))).containsExactlyInAnyOrderElementsOf(
					fieldNames(getJson("/api/v1/partnerships/1").get("participants").get(0)));
			assertThat(fieldNames(schemas.get("PartnershipPage").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(getJson("/api/v1/partnerships")));
			JsonNode capacity = getJson("/api/v1/partnerships/24").get("capacityResults").get(0);
			assertThat(fieldNames(schemas.get("CapacityResult").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(capacity));
			assertThat(fieldNames(schemas.get("CapacityPeriod").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(capacity.get("periods").get(0)));
			assertThat(fieldNames(schemas.get("Names").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(capacity.get("name")));
			assertThat(fieldNames(schemas.get("Budget").get("properties")))
				.containsExactlyInAnyOrderElementsOf(fieldNames(getJson("/api/v1/partnerships/5").get("budget")));
			List<String> parameters = new ArrayList<>();
			api.get("components").get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
			assertThat(parameters).containsExactlyInAnyOrder("q", "platform", "country", "status", "area", "target",
					"programme", "year", "sort", "page", "size", "after");
		}

		@Test
		void otherSitesMayReadTheApi() throws Exception {
			mvc.perform(get("/api/v1/partnerships/1").header("Origin", "https://example.org"))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		}

	}

	/**
	 * Capacity results: what the capacity_result view calls approved and effective, and
	 * nothing else.
	 */
	@Nested
	class CapacityResults {

		/**
		 * Each dimension as "area dimension baseline | period stage degree contribution
		 * consensus...".
		 */
		private List<String> results(JsonNode partnership) {
			List<String> lines = new ArrayList<>();
			partnership.get("capacityResults").forEach(r -> {
				StringBuilder line = new StringBuilder(r.get("workingArea").asString() + " "
						+ r.get("dimension").asString() + " " + r.get("baselineStage").asInt());
				r.get("periods")
					.forEach(p -> line.append(" | ")
						.append(p.get("period").asString())
						.append(' ')
						.append(p.get("stage").asInt())
						.append(' ')
						.append(p.get("degree").asInt())
						.append(' ')
						.append(p.get("contribution").asInt())
						.append(' ')
						.append(p.get("consensus").asString()));
				lines.add(line.toString());
			});
			return lines;
		}

		@Test
		void aPartnershipCarriesItsApprovedResultsPerDimensionAndPeriod() throws Exception {
			JsonNode bulawayo = getJson("/api/v1/partnerships/24");

			assertThat(results(bulawayo)).containsExactlyInAnyOrder(
					"NRW TA_WORKING_ROUTINES 1 | 2023 1 1 2 BOTH_PARTNERS | 2024 3 1 2 AGREED_IN_REVIEW",
					"NRW IN_SKILLS_ABILITIES 2 | 2023 2 1 1 ONE_PARTNER | 2024 3 1 1 BOTH_PARTNERS",
					"CUSTOMER_SERVICE TA_SYSTEMS 1 | 2023 1 0 0 ONE_PARTNER | 2024 2 1 2 ONE_PARTNER");
			JsonNode first = bulawayo.get("capacityResults").get(0);
			assertThat(first.get("category").asString()).isIn("TRANSACTIONAL", "INDIVIDUAL");
			assertThat(first.get("illustrative").asBoolean()).isTrue();
			assertThat(first.get("name").get("fr").asString()).isNotBlank();
			// the sides' own words and the evidence stay private
			assertThat(bulawayo.toString()).doesNotContain("Illustrative:");
			JsonNode page = getJson("/api/v1/partnerships?size=200");
			page.get("items").forEach(item -> {
				if (item.get("id").asLong() == 24) {
					assertThat(results(item)).isEqualTo(results(bulawayo));
				}
			});
		}

		@Test
		void draftsSubmittedReportsAndDisagreementsNeverAppear() throws Exception {
			List<String> before = results(getJson("/api/v1/partnerships/24"));
			// the submitted 2025 report (103) and a draft for 2026
			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status)
					values (900101, 24, 2026, 0, 1, 'DRAFT')""").update();
			// an approved 2022 report where the sides disagree on one dimension and agree
			// on another
			jdbc.sql("""
					insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
					    submitted_by, reviewed_by)
					values (900102, 24, 2022, 0, 1, 'APPROVED', 'ON_TRACK', 4, 2)""").update();
			jdbc.sql("""
					insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution,
					    explanation, evidence)
					values (103, 101, 'MENTEE', 4, 2, 2, 'submitted words', 'https://example.org/evidence'),
					    (900101, 101, 'MENTOR', 4, 2, 2, 'draft words', null),
					    (900102, 102, 'MENTOR', 1, 0, 1, 'mentor words', null),
					    (900102, 102, 'MENTEE', 2, 1, 1, 'mentee words', null),
					    (900102, 103, 'MENTOR', 1, 0, 1, null, 'https://example.org/private'),
					    (900102, 103, 'MENTEE', 1, 0, 1, null, null)""").update();

			JsonNode bulawayo = getJson("/api/v1/partnerships/24");

			assertThat(results(bulawayo))
				.containsExactlyInAnyOrderElementsOf(before.stream()
					.map(line -> line.replace("CUSTOMER_SERVICE TA_SYSTEMS 1 |",
							"CUSTOMER_SERVICE TA_SYSTEMS 1 | 2022 1 0 1 BOTH_PARTNERS |"))
					.toList())
				.noneMatch(line -> line.contains("2025") || line.contains("2026"))
				.noneMatch(line -> line.startsWith("NRW IN_SKILLS_ABILITIES") && line.contains("2022"));
			assertThat(bulawayo.toString()).doesNotContain("words").doesNotContain("example.org");
		}

		@Test
		void anUnpublishedPartnershipsResultsAreNowhere() throws Exception {
			jdbc.sql("update partnership set published = false where id = 24").update();

			mvc.perform(get("/api/v1/partnerships/24")).andExpect(status().isNotFound());
			JsonNode page = getJson("/api/v1/partnerships?size=200");
			List<String> dimensions = new ArrayList<>();
			page.get("items")
				.forEach(item -> item.get("capacityResults")
					.forEach(r -> dimensions.add(r.get("dimension").asString())));
			assertThat(dimensions).containsExactly("TF_VISION_MISSION_STRATEGY");
		}

	}

	private static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

}
