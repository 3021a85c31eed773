package org.wopplatform.web.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.report.CountedPartnership;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.persistence.report.AnnualFigures;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * How the annual report counts (issue 18), on a fixed dataset built here (the demo
 * partnerships removed in the test's transaction): each rule's figure equals an
 * independent count in plain SQL, the domain's {@link CountedPartnership} and the SQL
 * agree on every partnership and year, and a published report never reveals a record
 * withdrawn since. Rolls back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnnualCountingTests {

	static final SignedInUser SECRETARIAT = DemoUsers.SECRETARIAT;

	@Autowired
	private AnnualFigureQueries queries;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * W1 NWSC → Nairobi (901), under way since March 2019, planned to end in 2021: still
	 * running in 2023. W2 (902) under way 2020, closed June 2024 (recorded history):
	 * under way at the end of 2023, completed in 2024. W3 (903) under way 2021, cancelled
	 * May 2022: active in 2021, not in 2022. N4 (904) a network since 2009 with SDG
	 * targets and a partner. W5 (905) under way, no dates at all. W6 (906) closed in
	 * September 2023 with no known start. W7 (907) started February 2023 with EUR 1,000
	 * financing and a stated budget of USD 5,000, and an NRW indicator with no direction
	 * of its own (its catalogue KPI's is LOWER) improved 40 → 30 in an approved 2023
	 * report. NWSC (9) is mentor in W1 and mentee in W7.
	 */
	@BeforeEach
	void fixedDataset() {
		jdbc.sql("delete from partnership").update();
		jdbc.sql(
				"""
						insert into partnership (id, reference_code, kind, title, status, published, regional_platform_code,
						    planned_start, planned_start_precision, planned_end, planned_end_precision,
						    actual_start, actual_start_precision, actual_end, actual_end_precision, budget_amount, budget_currency) values
						(901, 'T-W1', 'WOP', 'W1 NWSC Nairobi', 'IMPLEMENTATION', true, 'WOP_AFRICA',
						    '2019-01-01', 'YEAR', '2021-01-01', 'YEAR', '2019-03-01', 'MONTH', null, null, null, null),
						(902, 'T-W2', 'WOP', 'W2 eThekwini Kisumu', 'CLOSED', true, 'WOP_AFRICA',
						    null, null, null, null, '2020-01-01', 'YEAR', '2024-06-30', 'DAY', null, null),
						(903, 'T-W3', 'WOP', 'W3 cancelled', 'CANCELLED', true, 'WATERLINKS',
						    null, null, null, null, '2021-01-01', 'YEAR', '2022-05-01', 'DAY', null, null),
						(904, 'T-N4', 'NETWORK', 'N4 network of associations', 'IMPLEMENTATION', true, null,
						    '2009-01-01', 'YEAR', null, null, null, null, null, null, null, null),
						(905, 'T-W5', 'WOP', 'W5 without dates', 'IMPLEMENTATION', true, null,
						    null, null, null, null, null, null, null, null, null, null),
						(906, 'T-W6', 'WOP', 'W6 closed without start', 'CLOSED', true, 'WATERLINKS',
						    null, null, null, null, null, null, '2023-09-30', 'DAY', null, null),
						(907, 'T-W7', 'WOP', 'W7 Mwanza NWSC', 'IMPLEMENTATION', true, 'WOP_AFRICA',
						    null, null, '2025-01-01', 'YEAR', '2023-02-01', 'MONTH', null, null, 5000, 'USD');
						insert into partnership_status_change (partnership_id, position, status, changed_on) values
						(901, 0, 'IMPLEMENTATION', '2019-03-01'),
						(902, 0, 'IMPLEMENTATION', '2020-01-01'), (902, 1, 'FINALISATION', '2024-01-15'),
						(902, 2, 'CLOSED', '2024-06-30'),
						(903, 0, 'IMPLEMENTATION', '2021-01-01'), (903, 1, 'CANCELLED', '2022-05-01');
						insert into participant (id, partnership_id, organisation_id, role, position) values
						(9011, 901, 9, 'LEAD_MENTOR', 0), (9012, 901, 20, 'LEAD_MENTEE', 1),
						(9021, 902, 23, 'LEAD_MENTOR', 0), (9022, 902, 41, 'LEAD_MENTEE', 1),
						(9031, 903, 42, 'LEAD_MENTOR', 0), (9032, 903, 43, 'LEAD_MENTEE', 1),
						(9041, 904, 26, 'MENTOR', 0),
						(9051, 905, 40, 'LEAD_MENTOR', 0), (9052, 905, 27, 'LEAD_MENTEE', 1),
						(9061, 906, 26, 'LEAD_MENTOR', 0), (9062, 906, 24, 'LEAD_MENTEE', 1),
						(9071, 907, 23, 'LEAD_MENTOR', 0), (9072, 907, 9, 'LEAD_MENTEE', 1), (9073, 907, 5, 'MENTEE', 2);
						insert into participant (id, partnership_id, organisation_id, role, position)
						select 9074, 907, id, 'FUNDER', 3 from organisation where type = 'FUNDER' order by id limit 1;
						insert into partnership_sdg_target values (901, '6.1'), (904, '6.1'), (904, '17.17'), (907, '6.4');
						insert into partnership_working_area values (901, 'NRW'), (904, 'NRW'), (907, 'NRW');
						insert into contribution (id, partnership_id, category, description, amount, currency, position) values
						(9101, 907, 'FINANCING', 'Grant', 1000, 'EUR', 0), (9102, 901, 'IN_KIND', 'Staff time', 300, 'EUR', 0);
						insert into indicator (id, partnership_id, name, unit, kpi_code, better_direction, baseline_value, frequency) values
						(9201, 907, 'Non-revenue water', '%', 'IBNET_6_1', null, 40, 'YEARLY'),
						(9202, 901, 'Metering', '%', 'IBNET_7_1', null, 50, 'YEARLY');
						insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
						    health_reason, submitted_by, reviewed_by) values
						(9301, 907, 2023, 0, 1, 'APPROVED', 'ON_TRACK', 'On plan', 4, 2),
						(9302, 901, 2023, 0, 1, 'APPROVED', 'ON_TRACK', 'On plan', 4, 2);
						insert into indicator_value (id, report_id, indicator_id, value) values (9401, 9301, 9201, 30), (9402, 9302, 9202, 70)""")
			.update();
	}

	/** WOPs active in :y, written independently of the application. */
	private static final String ACTIVE = """
			select p.id from partnership p
			where p.published and p.kind = 'WOP'
			  and extract(year from coalesce(p.actual_start, p.planned_start)) <= :y
			  and (extract(year from p.actual_end) >= :y
			       or (p.actual_end is null and (p.status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED')
			           or p.planned_end is null or extract(year from p.planned_end) >= :y)))
			  and (select s.status from partnership_status_timeline s
			       where s.partnership_id = p.id and extract(year from s.changed_on) <= :y
			       order by s.changed_on desc, s.position desc limit 1) not in ('PIPELINE', 'CANCELLED')""";

	private long sql(String query, int year) {
		return jdbc.sql(query.replace("ACTIVE", ACTIVE)).param("y", year).query(Long.class).single();
	}

	private List<Long> ids(String query, int year) {
		return jdbc.sql(query.replace("ACTIVE", ACTIVE) + " order by 1").param("y", year).query(Long.class).list();
	}

	private List<Long> members(int year, String figure) {
		return queries.counted(year, null, figure, 0, 1000).stream().map(c -> c.id()).sorted().toList();
	}

	@Nested
	class Rules {

		@Test
		void aPartnershipUnderWayPastItsPlannedEndStaysActiveAndIsShownSo() {
			assertThat(members(2023, "ACTIVE")).isEqualTo(ids("ACTIVE", 2023)).contains(901L);
			assertThat(members(2023, "PAST_PLANNED_END")).isEqualTo(
					ids("""
							select a.id from (ACTIVE) a join partnership p on p.id = a.id
							where extract(year from p.planned_end) < :y and coalesce(p.actual_end, date '9999-12-31') > make_date(:y, 12, 31)""",
							2023))
				.containsExactly(901L);
		}

		@Test
		void theStatusOfAYearIsTheStatusAtItsEndFromTheHistory() {
			// W2 closed in 2024: under way at the end of 2023, as the page's status table
			// says.
			assertThat(members(2023, "STATUS/IMPLEMENTATION")).contains(902L);
			assertThat(members(2023, "STATUS/CLOSED")).doesNotContain(902L);
			// W3 cancelled in May 2022 counts in 2021 and not in 2022.
			assertThat(members(2021, "ACTIVE")).contains(903L).isEqualTo(ids("ACTIVE", 2021));
			assertThat(members(2022, "ACTIVE")).doesNotContain(903L).isEqualTo(ids("ACTIVE", 2022));
			for (String status : List.of("IMPLEMENTATION", "FINALISATION", "CLOSED")) {
				assertThat(queries.live(2024).count("STATUS/" + status)).as(status).isEqualTo(sql("""
						select count(*) from (ACTIVE) a where (select s.status from partnership_status_timeline s
						where s.partnership_id = a.id and s.changed_on <= make_date(:y, 12, 31)
						order by s.changed_on desc, s.position desc limit 1) = '%s'""".formatted(status), 2024));
			}
		}

		@Test
		void partnershipsWithoutKnownDatesAreCountedAsNotDated() {
			assertThat(members(2023, "NOT_DATED")).isEqualTo(ids("""
					select p.id from partnership p where p.published and p.kind = 'WOP'
					and p.actual_start is null and p.planned_start is null and p.status not in ('PIPELINE', 'CANCELLED')
					and (p.actual_end is null or extract(year from p.actual_end) >= :y)""", 2023))
				.containsExactly(905L, 906L);
			assertThat(members(2024, "NOT_DATED")).containsExactly(905L);
		}

		@Test
		void networksAreCountedApartAndMakeNoTargetOrCountry() {
			AnnualFigures f = queries.live(2012);
			assertThat(members(2012, "NETWORK")).containsExactly(904L);
			assertThat(f.count("ACTIVE")).isZero();
			assertThat(f.count("TARGET/6.1")).isZero();
			assertThat(f.count("TARGET/17.17")).isZero();
			assertThat(f.engagement().menteeCountries()).isZero();
			assertThat(queries.live(2023).count("TARGET/6.1")).isEqualTo(sql(
					"select count(*) from partnership_sdg_target where sdg_target_code = '6.1' and partnership_id in (ACTIVE)",
					2023))
				.isEqualTo(1);
		}

		@Test
		void aClosedPartnershipWithAnActualEndButNoStartIsCompleted() {
			String completed = """
					select p.id from partnership p where p.published and p.kind = 'WOP' and p.status = 'CLOSED'
					and extract(year from p.actual_end) = :y""";
			assertThat(members(2023, "COMPLETED")).isEqualTo(ids(completed, 2023)).containsExactly(906L);
			assertThat(members(2024, "COMPLETED")).isEqualTo(ids(completed, 2024)).containsExactly(902L);
		}

		@Test
		void anIndicatorWithoutItsOwnDirectionImprovesInItsCatalogueKpisDirection() {
			AnnualFigures f = queries.live(2023);
			assertThat(f.results()).extracting(r -> r.partnership() + ": " + r.baseline() + " → " + r.latest())
				.containsExactly("W1 NWSC Nairobi: 50 → 70", "W7 Mwanza NWSC: 40 → 30");
			assertThat(f.improvedIndicators()).isEqualTo(
					sql("""
							select count(*) from indicator i join kpi k on k.code = i.kpi_code
							join indicator_value v on v.indicator_id = i.id join progress_report r on r.id = v.report_id
							where r.status = 'APPROVED' and r.period_year <= :y and i.partnership_id in (ACTIVE)
							and case coalesce(i.better_direction, k.better_direction) when 'LOWER' then v.value < i.baseline_value
							    else v.value > i.baseline_value end""",
							2023));
		}

		@Test
		void contributionsAndBudgetsCountByStartYearAndUnderWay() {
			AnnualFigures f = queries.live(2023);
			assertThat(f.startedContributions())
				.extracting(
						c -> c.currency() + " " + c.category() + " " + c.amount().stripTrailingZeros().toPlainString())
				.containsExactly("EUR FINANCING 1000", "USD BUDGET 5000");
			assertThat(f.contributions())
				.extracting(
						c -> c.currency() + " " + c.category() + " " + c.amount().stripTrailingZeros().toPlainString())
				.containsExactly("EUR FINANCING 1000", "EUR IN_KIND 300", "USD BUDGET 5000");
			// In 2024 nothing started: the commitments of W7 are not counted again as
			// new.
			assertThat(queries.live(2024).startedContributions()).isEmpty();
			assertThat(sql("""
					select coalesce(sum(amount), 0) from contribution where amount is not null and partnership_id in (
					    select a.id from (ACTIVE) a join partnership p on p.id = a.id
					    where extract(year from coalesce(p.actual_start, p.planned_start)) = :y)""", 2023))
				.isEqualTo(1000);
		}

		@Test
		void utilitiesAreCountedOnceWithTheirSidesAndMenteeCountriesApart() {
			var e = queries.live(2023).engagement();
			String sides = """
					select count(*) from (select x.organisation_id, bool_or(r.side = 'MENTOR') m, bool_or(r.side = 'MENTEE') t
					    from participant x join partner_role r on r.code = x.role
					    where x.partnership_id in (ACTIVE) group by x.organisation_id) o where %s""";
			assertThat(e.utilities()).isEqualTo(sql(sides.formatted("m or t"), 2023));
			assertThat(e.mentorSide()).isEqualTo(sql(sides.formatted("m"), 2023));
			assertThat(e.menteeSide()).isEqualTo(sql(sides.formatted("t"), 2023));
			// NWSC: mentor in W1, mentee in W7.
			assertThat(e.bothSides()).isEqualTo(sql(sides.formatted("m and t"), 2023)).isEqualTo(1);
			assertThat(e.otherOrganisations()).isEqualTo(sql(sides.formatted("not m and not t"), 2023));
			assertThat(e.menteeCountries()).isEqualTo(
					sql("""
							select count(distinct o.country_code) from participant x join organisation o on o.id = x.organisation_id
							join partner_role r on r.code = x.role and r.side = 'MENTEE' where x.partnership_id in (ACTIVE)""",
							2023));
			assertThat(e.mentorCountries()).isEqualTo(
					sql("""
							select count(distinct o.country_code) from participant x join organisation o on o.id = x.organisation_id
							join partner_role r on r.code = x.role and r.side = 'MENTOR' where x.partnership_id in (ACTIVE)""",
							2023));
			assertThat(queries.live(2023).people().utilitiesAll()).isEqualTo(
					sql("""
							select count(distinct x.organisation_id) from participant x join organisation o on o.id = x.organisation_id
							join partner_role r on r.code = x.role and r.side = 'MENTEE'
							where o.type = 'UTILITY' and x.partnership_id in (ACTIVE)""",
							2023));
		}

	}

	@Nested
	class DomainAndSqlAgree {

		@Test
		void onTheFixedDataset() {
			agreeOnEveryPartnershipAndYear();
		}

		@Test
		void onTheFixedDatasetAfterStatusChangesThroughTheApplication() throws Exception {
			// W5 is finalised through the form: its derived history is kept, then the
			// change.
			var form = post("/partnerships/905/status").with(user(SECRETARIAT))
				.with(csrf())
				.param("version", "0")
				.param("status", "FINALISATION")
				.param("date", "2023-05-02");
			assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(jdbc
				.sql("select string_agg(status || ' ' || changed_on, ', ' order by position)"
						+ " from partnership_status_change where partnership_id = 905")
				.query(String.class)
				.single()).endsWith("FINALISATION 2023-05-02");
			agreeOnEveryPartnershipAndYear();
		}

	}

	/** Figures decided by {@link CountedPartnership}, for one partnership at a time. */
	private static final List<String> BASE = List.of("ACTIVE", "STARTED", "COMPLETED", "NOT_DATED", "PAST_PLANNED_END",
			"NETWORK", "NETWORK_NOT_DATED");

	private void agreeOnEveryPartnershipAndYear() {
		Map<Long, List<CountedPartnership.StatusEntry>> history = new HashMap<>();
		jdbc.sql("select partnership_id, position, status, changed_on from partnership_status_timeline")
			.query((rs, n) -> history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new CountedPartnership.StatusEntry(rs.getInt(2), PartnershipStatus.valueOf(rs.getString(3)),
						rs.getDate(4).toLocalDate())))
			.list();
		List<CountedPartnership> all = jdbc.sql(
				"select id, kind, published, status, planned_start, planned_end, actual_start, actual_end from partnership")
			.query((rs, n) -> new CountedPartnership(rs.getLong(1), PartnershipKind.valueOf(rs.getString(2)),
					rs.getBoolean(3), PartnershipStatus.valueOf(rs.getString(4)), date(rs.getDate(5)),
					date(rs.getDate(6)), date(rs.getDate(7)), date(rs.getDate(8)),
					history.getOrDefault(rs.getLong(1), List.of())))
			.list();
		assertThat(all).isNotEmpty();
		for (int year = 2009; year <= 2026; year++) {
			for (String figure : BASE) {
				int y = year;
				Set<Long> domain = new TreeSet<>(
						all.stream().filter(p -> p.figuresIn(y).contains(figure)).map(CountedPartnership::id).toList());
				assertThat(new TreeSet<>(members(year, figure))).as(figure + " in " + year).isEqualTo(domain);
			}
		}
	}

	private static LocalDate date(java.sql.Date date) {
		return date == null ? null : date.toLocalDate();
	}

	@Nested
	class Withdrawn {

		private MvcResult fetch(MockHttpServletRequestBuilder request) throws Exception {
			MvcResult result = mvc.perform(request.header("Accept-Language", "en")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			return result;
		}

		private String text(MockHttpServletRequestBuilder request) throws Exception {
			return fetch(request).getResponse().getContentAsString(StandardCharsets.UTF_8);
		}

		private String pdf(MockHttpServletRequestBuilder request) throws Exception {
			try (var document = Loader.loadPDF(fetch(request).getResponse().getContentAsByteArray())) {
				return new PDFTextStripper().getText(document);
			}
		}

		private String sheet(MockHttpServletRequestBuilder request) throws Exception {
			try (var xlsx = new org.dhatim.fastexcel.reader.ReadableWorkbook(
					new java.io.ByteArrayInputStream(fetch(request).getResponse().getContentAsByteArray()))) {
				return xlsx.getFirstSheet()
					.read()
					.stream()
					.map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList().toString())
					.toList()
					.toString();
			}
		}

		@Test
		void aPartnershipUnpublishedAfterPublicationShowsAsRecordWithdrawnEverywhere() throws Exception {
			mvc.perform(post("/reports").param("year", "2023").with(user(SECRETARIAT)).with(csrf()));
			mvc.perform(post("/reports/2023/publish").param("version", "0").with(user(SECRETARIAT)).with(csrf()));

			// After publication W1 (counted, with an improved indicator) is renamed and
			// unpublished; W7 is renamed and stays published.
			jdbc.sql("update partnership set title = 'W1 renamed', published = false where id = 901").update();
			jdbc.sql("update partnership set title = 'W7 renamed' where id = 907").update();

			for (boolean secretariat : new boolean[] { false, true }) {
				List<String> files = new ArrayList<>();
				for (String path : List.of("/reports/2023", "/reports/2023/partnerships?figure=ACTIVE",
						"/reports/2023/tables/partnerships.csv", "/reports/2023/tables/results.csv",
						"/reports/2023/report.json")) {
					var request = get(path);
					files.add(text(secretariat ? request.with(user(SECRETARIAT)) : request));
				}
				var xlsx = get("/reports/2023/tables/partnerships.xlsx");
				files.add(sheet(secretariat ? xlsx.with(user(SECRETARIAT)) : xlsx));
				var results = get("/reports/2023/tables/results.xlsx");
				files.add(sheet(secretariat ? results.with(user(SECRETARIAT)) : results));
				var printed = get("/reports/2023/report.pdf");
				files.add(pdf(secretariat ? printed.with(user(SECRETARIAT)) : printed));
				for (int i = 0; i < files.size(); i++) {
					String file = files.get(i);
					assertThat(file).as(secretariat + " file " + i)
						.contains("W7 Mwanza NWSC")
						.containsIgnoringCase("record withdrawn")
						.doesNotContain("W1 NWSC Nairobi", "W1 renamed", "W7 renamed", "T-W1", "/partnerships/901");
				}
			}
		}

	}

}
