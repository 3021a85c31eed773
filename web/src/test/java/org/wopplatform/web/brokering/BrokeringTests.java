package org.wopplatform.web.brokering;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Brokering through the web as the real roles: requests and offers with every kind of bad
 * value, the ranked candidates and their explanations, the brokering path up to the new
 * partnership with its audit trail and notifications, the board and the weights. Each
 * test rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class BrokeringTests {

	static final SignedInUser MWAUWASA_STAFF = DemoUsers.STAFF_MWAUWASA;

	static final SignedInUser AFRICA = DemoUsers.COORDINATOR_AFRICA;

	static final SignedInUser ASIA = DemoUsers.COORDINATOR_ASIA;

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	static final long NWSC = 9;

	/** Steps are dated today: a match proposed in a test cannot be introduced before. */
	private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private MvcResult send(SignedInUser who, String path, String... fields) throws Exception {
		return sendIn("en", who, path, fields);
	}

	private MvcResult sendIn(String language, SignedInUser who, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(who))
			.with(csrf())
			.header("Accept-Language", language);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	private String page(SignedInUser who, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(who)).header("Accept-Language", "en")).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static final String[] NRW_REQUEST = { "title", "Reduce NRW in Mwanza", "urgency", "HIGH", "platformCode",
			"WOP_AFRICA", "needs[0].area", "NRW", "needs[0].text", "Commercial losses above 40 %", "languages", "en",
			"languages", "sw", "sdgTargets", "6.1", "version", "0" };

	private long request(SignedInUser who, String... extra) throws Exception {
		List<String> fields = new ArrayList<>(List.of(NRW_REQUEST));
		fields.addAll(List.of(extra));
		MvcResult result = send(who, "/brokering/requests", fields.toArray(String[]::new));
		assertThat(result.getResponse().getStatus()).as(() -> errors(result)).isEqualTo(302);
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	/** The errors a form page shows, to say why a submission was refused. */
	private static String errors(MvcResult result) {
		try {
			if (result.getResolvedException() != null) {
				return String.valueOf(result.getResolvedException());
			}
			return String.join("; ",
					java.util.regex.Pattern
						.compile("class=\"field-error\"[^>]*>([^<]*)<|role=\"alert\">\\s*<p>([^<]*)<")
						.matcher(result.getResponse().getContentAsString())
						.results()
						.map(m -> m.group(1) != null ? m.group(1) : m.group(2))
						.toList());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The candidates of a request's page, each as its HTML. */
	private static List<String> candidates(String page) {
		int start = page.indexOf("<ol class=\"candidates\">");
		if (start < 0) {
			return List.of();
		}
		String list = page.substring(start, page.indexOf("</ol>", start));
		List<String> candidates = new ArrayList<>(List.of(list.split("<li class=\"candidate\">")));
		candidates.remove(0);
		return candidates;
	}

	private static int indexOf(List<String> candidates, String name) {
		for (int i = 0; i < candidates.size(); i++) {
			if (candidates.get(i).contains("class=\"candidate-name\">" + name + "<")) {
				return i;
			}
		}
		throw new AssertionError(name + " is not among the candidates");
	}

	/** Utilities in Kenya with an open offer in non-revenue water, in English. */
	private void addUtilitiesWithOffers(int count) {
		jdbc.sql("""
				insert into organisation (id, name, type, country_code)
				select 950000 + n, 'Offering utility ' || n, 'UTILITY', 'KE' from generate_series(1, :n) n;
				insert into mentor_offer (id, organisation_id, capacity, available_from, status)
				select 950000 + n, 950000 + n, 2, date '2026-01-01', 'OPEN' from generate_series(1, :n) n;
				insert into mentor_offer_strength select 950000 + n, 'NRW', 'Evidence' from generate_series(1, :n) n;
				insert into mentor_offer_language select 950000 + n, 'en' from generate_series(1, :n) n""")
			.param("n", count)
			.update();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Nested
	class Requests {

		@Test
		void aUtilityAsksForItselfWhateverTheFormSaysAndTheRequestIsAudited() throws Exception {
			long id = request(MWAUWASA_STAFF, "organisationId", "20");

			assertThat(jdbc
				.sql("select organisation_id || ' ' || regional_platform_code || ' ' || status"
						+ " from support_request where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("5 WOP_AFRICA OPEN");
			assertThat(count("select count(*) from audit_event where entity_type = 'SupportRequest'"
					+ " and entity_id = ? and action = 'CREATE' and actor_id = 4", id))
				.isEqualTo(1);
		}

		@Test
		void aCoordinatorsRequestIsBrokeredByTheirOwnPlatform() throws Exception {
			long id = request(ASIA, "organisationId", "29");

			assertThat(jdbc.sql("select regional_platform_code from support_request where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("WATERLINKS");
		}

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = '|',
				value = { "needs[0].text||request-needs[0].text-error|Say what is needed in this area.",
						"needs[0].area||request-needs[0].area-error|Choose the working area of this need.",
						"needs[0].area|CASTLES|request-needs[0].area-error|This choice does not exist",
						"languages|xx|request-languages-error|This choice does not exist",
						"title||request-title-error|This field is required.",
						"urgency|NOW|request-urgency-error|does not have the expected form" })
		void aBadValueComesBackNextToItsFieldWithEverythingTypedKept(String field, String value, String errorId,
				String message) throws Exception {
			List<String> fields = new ArrayList<>();
			for (int i = 0; i < NRW_REQUEST.length; i += 2) {
				if (!NRW_REQUEST[i].equals(field)) {
					fields.add(NRW_REQUEST[i]);
					fields.add(NRW_REQUEST[i + 1]);
				}
			}
			fields.add(field);
			fields.add(value == null ? "" : value);
			fields.add("context");
			fields.add("Kept context");

			MvcResult result = send(MWAUWASA_STAFF, "/brokering/requests", fields.toArray(String[]::new));

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("id=\"" + errorId + "\"");
			assertThat(page.substring(page.indexOf("id=\"" + errorId + "\""))).contains(message);
			assertThat(page).contains("Kept context");
			assertThat(count("select count(*) from support_request")).isZero();
		}

		@Test
		void missingNeedsAndLanguagesAreBothShownInTheReadersLanguage() throws Exception {
			MvcResult result = sendIn("fr", MWAUWASA_STAFF, "/brokering/requests", "title", "Titre garde", "urgency",
					"LOW", "platformCode", "WOP_AFRICA", "needs[1].area", "NRW", "version", "0");

			String page = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(page).contains("Indiquez ce dont vous avez besoin dans ce domaine.")
				.contains("Choisissez au moins une langue de travail.")
				.contains("Titre garde");
		}

		@Test
		void aStaleEditIsRefusedWithTheMissedChangeAndTheTypedTextKept() throws Exception {
			long id = request(MWAUWASA_STAFF);
			List<String> edit = new ArrayList<>(List.of(NRW_REQUEST));
			edit.addAll(List.of("context", "Seen first by the coordinator"));
			assertThat(send(AFRICA, "/brokering/requests/" + id, edit.toArray(String[]::new)).getResponse().getStatus())
				.isEqualTo(302);

			edit.set(edit.size() - 1, "Typed later by the utility");
			MvcResult stale = send(MWAUWASA_STAFF, "/brokering/requests/" + id, edit.toArray(String[]::new));

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(stale.getResponse().getContentAsString()).contains("Seen first by the coordinator")
				.contains("Typed later by the utility");
			assertThat(
					jdbc.sql("select context from support_request where id = ?").param(id).query(String.class).single())
				.isEqualTo("Seen first by the coordinator");
		}

		@Test
		void theRequestPageRanksCandidatesWithTheirReasonsForItsBrokersOnly() throws Exception {
			long id = request(MWAUWASA_STAFF);

			String brokers = page(AFRICA, "/brokering/requests/" + id);
			assertThat(brokers).contains("Candidate mentors")
				.contains("with utilities in Eastern Africa")
				.contains("Weights in force");
			int ethekwini = brokers.indexOf("eThekwini Water &amp; Sanitation Services");
			int dunea = brokers.indexOf("Dunea N.V.");
			assertThat(ethekwini).isPositive().isLessThan(dunea);
			assertThat(page(MWAUWASA_STAFF, "/brokering/requests/" + id)).doesNotContain("Candidate mentors")
				.contains("Reduce NRW in Mwanza");
			assertThat(mvc.perform(get("/brokering/requests/" + id)).andReturn().getResponse().getStatus())
				.isEqualTo(404);
		}

		@Test
		void theCandidatesAreFoldedAndTheFirstTenShownWithMoreOnRequestWithinABound() throws Exception {
			addUtilitiesWithOffers(60);
			long id = request(MWAUWASA_STAFF);

			String first = page(AFRICA, "/brokering/requests/" + id);
			assertThat(candidates(first)).hasSize(10).allSatisfy(candidate -> {
				assertThat(candidate).contains("<details>").contains("<summary>").contains("score ");
				// The summary gives the name, the score and the strongest reasons in one
				// line.
				String summary = candidate.substring(candidate.indexOf("<summary>"), candidate.indexOf("</summary>"));
				assertThat(summary).contains("class=\"candidate-name\"").contains("class=\"candidate-reasons\"");
			});
			assertThat(first).containsPattern("10 of \\d\\d candidates shown").doesNotContain("<details open");
			assertThat(first).contains("href=\"/brokering/requests/" + id + "?shown=20#candidates\"")
				.contains("Show 10 more candidates");

			assertThat(candidates(page(AFRICA, "/brokering/requests/" + id + "?shown=20"))).hasSize(20);
			String most = page(AFRICA, "/brokering/requests/" + id + "?shown=5000");
			assertThat(candidates(most)).hasSize(MatchPath.MOST_SHOWN);
			assertThat(most).doesNotContain("more candidates");
			assertThat(candidates(page(AFRICA, "/brokering/requests/" + id + "?shown=-3"))).hasSize(10);
		}

		@Test
		void aLaboratoryIsFlaggedAndRankedAfterEveryUtility() throws Exception {
			long id = request(MWAUWASA_STAFF);

			List<String> candidates = candidates(page(AFRICA, "/brokering/requests/" + id + "?shown=50"));

			int laboratory = indexOf(candidates, "Het Waterlaboratorium");
			assertThat(candidates.get(laboratory)).contains(">Not a utility</span>");
			int lastUtility = 0;
			for (int i = 0; i < candidates.size(); i++) {
				if (!candidates.get(i).contains(">Not a utility</span>")) {
					lastUtility = i;
				}
			}
			assertThat(laboratory).isGreaterThan(lastUtility);
			assertThat(candidates.get(indexOf(candidates, "Dunea N.V."))).doesNotContain("Not a utility");
			assertThat(page(AFRICA, "/brokering/requests/" + id)).contains(
					"Organisations that are not water or sanitation utilities (laboratories, consultancies, associations…) are marked and listed after every utility");
		}

		@Test
		void aCandidateThatMentorsTheUtilityIsFlaggedAndStaysInTheList() throws Exception {
			jdbc.sql("""
					insert into partnership (id, reference_code, kind, title, status) values
					    (940001, 'NOW-1', 'WOP', 'Under way', 'IMPLEMENTATION');
					insert into participant (id, partnership_id, organisation_id, role, position) values
					    (940002, 940001, 23, 'LEAD_MENTOR', 0), (940003, 940001, 5, 'LEAD_MENTEE', 1)""").update();
			long id = request(MWAUWASA_STAFF);

			List<String> candidates = candidates(page(AFRICA, "/brokering/requests/" + id));

			String ethekwini = candidates.get(indexOf(candidates, "eThekwini Water &amp; Sanitation Services"));
			String summary = ethekwini.substring(0, ethekwini.indexOf("</summary>"));
			assertThat(summary).contains("class=\"candidate-flag\">Already mentors this utility</span>")
				.contains("covers 1 of 1 requested areas · track record here (2 completed, 0 KPI improvements)");
			assertThat(ethekwini).contains(
					"It is on the mentor side of a partnership with Mwanza Urban Water Supply and Sanitation Authority (MWAUWASA) that is not over: a new match may duplicate it, or build on it.")
				.contains("Propose eThekwini");
			// Dunea mentored MWAUWASA in a partnership closed in 2016.
			assertThat(candidates.get(indexOf(candidates, "Dunea N.V.")))
				.contains("class=\"candidate-flag\">Has mentored this utility</span>");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|',
				value = { "en|Not a utility|Already mentors this utility|Show 10 more candidates",
						"fr|Pas un opérateur|Déjà mentor de cet opérateur|Afficher 10 candidats de plus",
						"es|No es un operador|Ya es mentor de este operador|Mostrar 10 candidatos más" })
		void flagsAndReasonsAreInTheReadersLanguage(String language, String notUtility, String mentors, String more)
				throws Exception {
			addUtilitiesWithOffers(20);
			jdbc.sql("""
					insert into partnership (id, reference_code, kind, title, status) values
					    (940001, 'NOW-1', 'WOP', 'Under way', 'IMPLEMENTATION');
					insert into participant (id, partnership_id, organisation_id, role, position) values
					    (940002, 940001, 23, 'LEAD_MENTOR', 0), (940003, 940001, 5, 'LEAD_MENTEE', 1)""").update();
			long id = request(MWAUWASA_STAFF);

			String first = mvc
				.perform(get("/brokering/requests/" + id).with(user(AFRICA)).header("Accept-Language", language))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String all = mvc
				.perform(get("/brokering/requests/" + id + "?shown=50").with(user(AFRICA))
					.header("Accept-Language", language))
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(first).contains(more).doesNotContain("match.flag").doesNotContain("match.reason");
			assertThat(all).contains(notUtility).contains(mentors).doesNotContain("??");
		}

		@Test
		void aPublicRequestIsReadByThePublicWithoutItsMatches() throws Exception {
			long id = request(MWAUWASA_STAFF, "publicVisible", "true");
			send(AFRICA, "/brokering/requests/" + id + "/matches", "mentorId", Long.toString(NWSC));

			String publicPage = mvc.perform(get("/brokering/requests/" + id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(publicPage).contains("Reduce NRW in Mwanza")
				.contains(">Open<")
				.doesNotContain("Shortlisted")
				.doesNotContain("Proposed mentors")
				.doesNotContain("Candidate mentors");
			assertThat(mvc.perform(get("/brokering/requests")).andReturn().getResponse().getContentAsString())
				.contains("Reduce NRW in Mwanza");
		}

		@Test
		void onlyTheUtilityItselfMakesItsRequestPublic() throws Exception {
			long byCoordinator = request(AFRICA, "organisationId", "5", "publicVisible", "true");
			assertThat(count("select count(*) from support_request where id = ? and public_visible", byCoordinator))
				.isZero();

			List<String> edit = new ArrayList<>(List.of(NRW_REQUEST));
			edit.addAll(List.of("publicVisible", "true"));
			send(MWAUWASA_STAFF, "/brokering/requests/" + byCoordinator, edit.toArray(String[]::new));
			assertThat(count("select count(*) from support_request where id = ? and public_visible", byCoordinator))
				.isEqualTo(1);
		}

		@Test
		void listsKeepToTheReadersScopeAndFilters() throws Exception {
			request(MWAUWASA_STAFF);

			assertThat(page(AFRICA, "/brokering/requests?area=NRW&status=OPEN")).contains("Reduce NRW in Mwanza");
			assertThat(page(AFRICA, "/brokering/requests?area=ASSET_MGMT")).doesNotContain("Reduce NRW in Mwanza");
			assertThat(page(ASIA, "/brokering/requests")).doesNotContain("Reduce NRW in Mwanza");
			assertThat(mvc.perform(get("/brokering/requests")).andReturn().getResponse().getContentAsString())
				.doesNotContain("Reduce NRW in Mwanza");
		}

		@Test
		void closingNeedsAReasonAndIsAudited() throws Exception {
			long id = request(MWAUWASA_STAFF);

			MvcResult noReason = send(MWAUWASA_STAFF, "/brokering/requests/" + id + "/close", "version", "0");
			assertThat(noReason.getFlashMap().get("closeError")).isEqualTo("request.closeReason.required");
			send(MWAUWASA_STAFF, "/brokering/requests/" + id + "/close", "version", "0", "reason",
					"Funding found elsewhere");

			assertThat(jdbc.sql("select status || ': ' || close_reason from support_request where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("CLOSED: Funding found elsewhere");
			assertThat(count("select count(*) from audit_event where entity_id = ? and action = 'CLOSED'", id))
				.isEqualTo(1);
		}

	}

	@Nested
	class Path {

		private long propose(long request) throws Exception {
			MvcResult result = send(AFRICA, "/brokering/requests/" + request + "/matches", "mentorId",
					Long.toString(NWSC));
			assertThat(result.getResponse().getRedirectedUrl()).startsWith("/brokering/matches/");
			return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		}

		@Test
		void fromProposalToAPartnershipInPipelineEveryStepAuditedAndTold() throws Exception {
			long request = request(MWAUWASA_STAFF);
			long match = propose(request);
			// The request's history says it was shortlisted, by whom and from what.
			assertThat(jdbc.sql("""
					select changes from audit_event
					where entity_type = 'SupportRequest' and entity_id = ? and action = 'SHORTLISTED'""")
				.param(request)
				.query(String.class)
				.single()).contains("OPEN").contains("SHORTLISTED");
			assertThat(send(AFRICA, "/brokering/matches/" + match + "/introduce", "version", "0", "introducedOn", TODAY,
					"introducedBy", "WOP-Africa coordinator")
				.getResponse()
				.getStatus()).isEqualTo(302);
			MockMultipartFile note = new MockMultipartFile("file", "concept-note.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes());
			assertThat(mvc
				.perform(multipart("/brokering/matches/" + match + "/concept-note").file(note)
					.param("version", "1")
					.param("title", "NRW reduction concept note")
					.with(user(AFRICA))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(302);
			send(AFRICA, "/brokering/matches/" + match + "/agreement", "version", "2", "kind", "LETTER_OF_INTENT",
					"signedOn", TODAY);
			MvcResult converted = send(AFRICA, "/brokering/matches/" + match + "/convert", "version", "3");

			long partnership = Long.parseLong(converted.getResponse().getRedirectedUrl().replace("/partnerships/", ""));
			assertThat(jdbc
				.sql("""
						select p.status || ' ' || p.regional_platform_code || ' ' || p.published || ' '
						    || (select string_agg(organisation_id || ':' || role, ',' order by position) from participant where partnership_id = p.id)
						    || ' ' || (select string_agg(working_area_code, ',') from partnership_working_area where partnership_id = p.id)
						    || ' ' || (select string_agg(sdg_target_code, ',') from partnership_sdg_target where partnership_id = p.id)
						from partnership p where p.id = ?""")
				.param(partnership)
				.query(String.class)
				.single()).isEqualTo("PIPELINE WOP_AFRICA false 9:LEAD_MENTOR,5:LEAD_MENTEE NRW 6.1");
			assertThat(jdbc.sql("select status from support_request where id = ?")
				.param(request)
				.query(String.class)
				.single()).isEqualTo("MATCHED");
			assertThat(jdbc
				.sql("select action from audit_event where entity_type = 'Match' and entity_id = ?" + " order by id")
				.param(match)
				.query(String.class)
				.list()).containsExactly("PROPOSED", "INTRODUCED", "CONCEPT_NOTE", "AGREEMENT", "CONVERTED");
			// The mentee's staff and the platform's coordinator heard of each of the five
			// steps (NWSC has no account).
			assertThat(jdbc.sql("select user_id, count(*) from notification group by user_id order by user_id")
				.query((rs, n) -> rs.getLong(1) + "×" + rs.getLong(2))
				.list()).containsExactly("2×5", "4×5");
			assertThat(page(MWAUWASA_STAFF, "/work")).contains("was created");
			assertThat(page(AFRICA, "/brokering/matches/" + match)).contains("Partnership created")
				.contains("concept-note.pdf");
		}

		@Test
		void aDeclineAfterTheAgreementPutsTheRequestBackAndClosingDeclinesWhatIsUnderWay() throws Exception {
			long request = request(MWAUWASA_STAFF);
			long nwsc = propose(request);
			long ethekwini = Long.parseLong(
					send(SECRETARIAT, "/brokering/requests/" + request + "/matches", "mentorId", "23").getResponse()
						.getRedirectedUrl()
						.replaceAll(".*/", ""));
			send(AFRICA, "/brokering/matches/" + nwsc + "/introduce", "version", "0", "introducedOn", TODAY,
					"introducedBy", "Coordinator");
			send(AFRICA, "/brokering/matches/" + nwsc + "/concept-note", "version", "1", "title", "Note");
			send(AFRICA, "/brokering/matches/" + nwsc + "/agreement", "version", "2", "kind", "AGREEMENT", "signedOn",
					TODAY);
			assertThat(status(request)).isEqualTo("MATCHED");

			send(AFRICA, "/brokering/matches/" + nwsc + "/decline", "version", "3", "reason", "Board did not ratify");
			assertThat(status(request)).isEqualTo("SHORTLISTED");

			send(MWAUWASA_STAFF, "/brokering/requests/" + request + "/close", "version",
					Long.toString(count("select version from support_request where id = ?", request)), "reason",
					"Solved locally");
			assertThat(jdbc.sql("select stage || ': ' || declined_reason from brokering_match where id = ?")
				.param(ethekwini)
				.query(String.class)
				.single()).isEqualTo("DECLINED: Solved locally");
			MvcResult late = send(AFRICA, "/brokering/matches/" + ethekwini + "/introduce", "version", "1",
					"introducedOn", TODAY, "introducedBy", "Coordinator");
			assertThat(late.getResponse().getStatus()).isEqualTo(400);
			assertThat(late.getResponse().getContentAsString()).contains("This request is already closed.");
			assertThat(jdbc.sql("select stage from brokering_match where id = ?")
				.param(ethekwini)
				.query(String.class)
				.single()).isEqualTo("DECLINED");
			assertThat(jdbc
				.sql("select changes from audit_event where entity_type = 'Match' and entity_id = ?"
						+ " and action = 'INTRODUCED'")
				.param(nwsc)
				.query(String.class)
				.single()).contains(TODAY).contains("Coordinator");
		}

		private String status(long request) {
			return jdbc.sql("select status from support_request where id = ?")
				.param(request)
				.query(String.class)
				.single();
		}

		@Test
		void aStepOutOfOrderIsRefusedAndNothingMoves() throws Exception {
			long match = propose(request(MWAUWASA_STAFF));

			MvcResult result = send(AFRICA, "/brokering/matches/" + match + "/agreement", "version", "0", "kind",
					"AGREEMENT", "signedOn", TODAY);

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).contains("This step is not possible");
			assertThat(jdbc.sql("select stage from brokering_match where id = ?")
				.param(match)
				.query(String.class)
				.single()).isEqualTo("PROPOSED");
		}

		@Test
		void anIntroductionWithoutDateOrIntroducerShowsBothErrors() throws Exception {
			long match = propose(request(MWAUWASA_STAFF));

			String page = send(AFRICA, "/brokering/matches/" + match + "/introduce", "version", "0", "introducedOn",
					"next week")
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("id=\"step-introducedOn-error\"")
				.contains("Write a day as YYYY-MM-DD")
				.contains("id=\"step-introducedBy-error\"")
				.contains("next week");
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|',
				value = { "en|The introduction cannot come before the match was proposed.",
						"fr|La mise en contact ne peut pas précéder la proposition du mentor.",
						"es|La presentación no puede ser anterior a la propuesta del mentor." })
		void anIntroductionDatedBeforeTheProposalIsRefusedNextToItsDateWithWhatWasTypedKept(String language,
				String message) throws Exception {
			long match = propose(request(MWAUWASA_STAFF));
			String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();

			MvcResult result = sendIn(language, AFRICA, "/brokering/matches/" + match + "/introduce", "version", "0",
					"introducedOn", monthAgo, "introducedBy", "Typed by the coordinator");

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("id=\"step-introducedOn-error\"");
			String error = page.substring(page.indexOf("id=\"step-introducedOn-error\""));
			assertThat(error.substring(0, error.indexOf("</p>"))).contains(message);
			assertThat(page).contains("value=\"" + monthAgo + "\"").contains("value=\"Typed by the coordinator\"");
			assertThat(jdbc.sql("select stage from brokering_match where id = ?")
				.param(match)
				.query(String.class)
				.single()).isEqualTo("PROPOSED");
		}

		@Test
		void aFileThatIsNotADocumentIsRefusedAsAConceptNote() throws Exception {
			long match = propose(request(MWAUWASA_STAFF));
			send(AFRICA, "/brokering/matches/" + match + "/introduce", "version", "0", "introducedOn", TODAY,
					"introducedBy", "Coordinator");

			MvcResult result = mvc
				.perform(multipart("/brokering/matches/" + match + "/concept-note")
					.file(new MockMultipartFile("file", "note.pdf", "application/pdf", "<html>hi</html>".getBytes()))
					.param("version", "1")
					.param("title", "Kept title")
					.with(user(AFRICA))
					.with(csrf()))
				.andReturn();

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			assertThat(result.getResponse().getContentAsString()).contains("id=\"step-file-error\"")
				.contains("Kept title");
		}

		@Test
		void aStaleStepIsRefusedAsAConflict() throws Exception {
			long match = propose(request(MWAUWASA_STAFF));
			send(AFRICA, "/brokering/matches/" + match + "/decline", "version", "0", "reason", "Mentor busy");

			MvcResult stale = send(SECRETARIAT, "/brokering/matches/" + match + "/introduce", "version", "0",
					"introducedOn", TODAY, "introducedBy", "Secretariat");

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(stale.getResponse().getContentAsString()).contains("Someone else moved this match");
		}

		@Test
		void onlyARankedCandidateCanBeProposedAndOnlyOnce() throws Exception {
			long request = request(MWAUWASA_STAFF);

			assertThat(send(AFRICA, "/brokering/requests/" + request + "/matches", "mentorId", "5").getFlashMap()
				.get("proposeError")).isEqualTo("match.notACandidate");
			propose(request);
			assertThat(send(AFRICA, "/brokering/requests/" + request + "/matches", "mentorId", Long.toString(NWSC))
				.getFlashMap()
				.get("proposeError")).isEqualTo("match.alreadyProposed");
			assertThat(jdbc.sql("select status from support_request where id = ?")
				.param(request)
				.query(String.class)
				.single()).isEqualTo("SHORTLISTED");
		}

		@Test
		void theBoardShowsEachStageWithItsCount() throws Exception {
			long open = request(MWAUWASA_STAFF);
			propose(request(MWAUWASA_STAFF, "title", "Second request"));

			String board = page(AFRICA, "/brokering/board");

			String openColumn = board.substring(board.indexOf("id=\"column-OPEN\""),
					board.indexOf("id=\"column-PROPOSED\""));
			assertThat(openColumn).contains("(1)").contains("/brokering/requests/" + open);
			String proposed = board.substring(board.indexOf("id=\"column-PROPOSED\""),
					board.indexOf("id=\"column-INTRODUCED\""));
			assertThat(proposed).contains("(1)")
				.contains("National Water and Sewerage Corporation")
				.contains("0 days in this stage");
			assertThat(page(ASIA, "/brokering/board")).doesNotContain("Second request");
		}

	}

	@Nested
	class Offers {

		private static final String[] OFFER = { "organisationId", "20", "strengths[0].area", "NRW", "strengths[0].text",
				"NRW from 45 % to 30 % in five years", "languages", "en", "languages", "sw", "capacity", "2",
				"availableFrom", "2026-01-01", "version", "0" };

		@Test
		void aUtilityOffersMentoringForItselfAndBecomesACandidate() throws Exception {
			MvcResult result = send(MWAUWASA_STAFF, "/brokering/offers", OFFER);

			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(count("select count(*) from mentor_offer where organisation_id = 5 and status = 'OPEN'"))
				.isEqualTo(1);
			long request = request(AFRICA, "organisationId", "20");
			assertThat(page(AFRICA, "/brokering/requests/" + request))
				.contains("Mwanza Urban Water Supply and Sanitation Authority")
				.contains("Has an open offer, available now.");
		}

		@ParameterizedTest(name = "{0}={1}")
		@CsvSource(delimiter = '|',
				value = { "capacity|many|offer-capacity-error|Write a whole number",
						"capacity|80|offer-capacity-error|Capacity is a whole number from 1 to 50.",
						"availableFrom|tomorrow|offer-availableFrom-error|Write a day as YYYY-MM-DD",
						"strengths[0].text||offer-strengths[0].text-error|Give the evidence for this strength." })
		void aBadValueComesBackNextToItsField(String field, String value, String errorId, String message)
				throws Exception {
			List<String> fields = new ArrayList<>();
			for (int i = 0; i < OFFER.length; i += 2) {
				if (!OFFER[i].equals(field)) {
					fields.add(OFFER[i]);
					fields.add(OFFER[i + 1]);
				}
			}
			fields.addAll(List.of(field, value == null ? "" : value, "summary", "Kept summary"));

			MvcResult result = send(SECRETARIAT, "/brokering/offers", fields.toArray(String[]::new));

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page.substring(page.indexOf("id=\"" + errorId + "\""))).contains(message);
			assertThat(page).contains("Kept summary");
			assertThat(count("select count(*) from mentor_offer")).isZero();
		}

		@Test
		void aWindowThatEndsBeforeItStartsIsRefused() throws Exception {
			List<String> fields = new ArrayList<>(List.of(OFFER));
			fields.addAll(List.of("availableUntil", "2025-12-31"));

			String page = send(SECRETARIAT, "/brokering/offers", fields.toArray(String[]::new)).getResponse()
				.getContentAsString();

			assertThat(page).contains("id=\"offer-availableUntil-error\"")
				.contains("The end of the window comes before its start.");
		}

		@Test
		void aWithdrawnOfferIsNoLongerListedAsOpen() throws Exception {
			String location = send(MWAUWASA_STAFF, "/brokering/offers", OFFER).getResponse().getRedirectedUrl();
			send(MWAUWASA_STAFF, location + "/withdraw", "version", "0");

			assertThat(page(AFRICA, "/brokering/offers")).doesNotContain(location + "\"");
			assertThat(page(AFRICA, "/brokering/offers?all=true")).contains(location + "\"").contains("Withdrawn");
		}

	}

	@Nested
	class Weights {

		private String[] weights(String coverage, String region, String trackRecord, String version) {
			return new String[] { "COVERAGE", coverage, "LANGUAGE", "4", "REGION", region, "SIZE", "1", "TRACK_RECORD",
					trackRecord, "LOAD", "2", "AVAILABILITY", "1", "version", version };
		}

		@Test
		void theSecretariatsWeightsChangeTheRankingAndTheExplanationShowsThem() throws Exception {
			long request = request(MWAUWASA_STAFF);
			String before = page(AFRICA, "/brokering/requests/" + request);
			assertThat(before.indexOf("eThekwini Water")).isLessThan(before.indexOf("National Water and Sewerage"));

			// Region counts most, track record not at all: NWSC, in the requester's own
			// sub-region, comes first.
			assertThat(send(SECRETARIAT, "/brokering/weights", weights("5", "10", "0", "0")).getResponse().getStatus())
				.isEqualTo(302);

			String after = page(AFRICA, "/brokering/requests/" + request);
			assertThat(after.indexOf("National Water and Sewerage")).isLessThan(after.indexOf("eThekwini Water"));
			assertThat(after).contains("Region / South–South 10").contains("Track record 0");
			assertThat(count("select count(*) from audit_event where entity_type = 'MatchWeights'")).isEqualTo(1);
		}

		@Test
		void aWeightOutOfRangeComesBackNextToItsFieldAndNothingChanges() throws Exception {
			MvcResult result = send(SECRETARIAT, "/brokering/weights", weights("11", "2", "3", "0"));

			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page.substring(page.indexOf("id=\"weight-COVERAGE-error\""))).contains("from 0 to 10");
			assertThat(page).contains("value=\"11\"");
			assertThat(count("select weight from match_weight where component = 'COVERAGE'")).isEqualTo(5);
		}

		@Test
		void allZeroAndStaleWeightsAreRefused() throws Exception {
			String[] zeros = { "COVERAGE", "0", "LANGUAGE", "0", "REGION", "0", "SIZE", "0", "TRACK_RECORD", "0",
					"LOAD", "0", "AVAILABILITY", "0", "version", "0" };
			assertThat(send(SECRETARIAT, "/brokering/weights", zeros).getResponse().getContentAsString())
				.contains("At least one part must count");

			send(SECRETARIAT, "/brokering/weights", weights("6", "2", "3", "0"));
			MvcResult stale = send(SECRETARIAT, "/brokering/weights", weights("7", "2", "3", "0"));

			assertThat(stale.getResponse().getStatus()).isEqualTo(409);
			assertThat(count("select weight from match_weight where component = 'COVERAGE'")).isEqualTo(6);
		}

	}

}
