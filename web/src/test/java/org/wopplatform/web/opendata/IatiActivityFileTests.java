package org.wopplatform.web.opendata;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IATI activity file of the demo data is valid against the official IATI 2.03 schema
 * and says what the records say: published partnerships only, SDG tags, sectors, roles,
 * dates, budget and approved results. The schema files are not in the repository (no
 * Maven Central or npm package carries them, and the workplace does not let us commit a
 * copy): point {@code WOP_IATI_SCHEMA_DIR} at a folder holding
 * {@code iati-activities-schema.xsd}, {@code iati-common.xsd} and {@code xml.xsd} of the
 * IATI-Schemas repository's {@code version-2.03} branch (see the README, "Open data");
 * without it the schema check is skipped with a message and the other checks run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IatiActivityFileTests {

	private static final String PREFIX = "XM-DAC-41120-";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final XPath xpath = XPathFactory.newInstance().newXPath();

	private String file() throws Exception {
		return mvc.perform(get("/api/v1/iati/activities.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The folder of the official IATI 2.03 schema, when one is given. */
	static java.util.Optional<java.nio.file.Path> schemaFolder() {
		String folder = System.getenv("WOP_IATI_SCHEMA_DIR");
		return folder == null || folder.isBlank() ? java.util.Optional.empty()
				: java.util.Optional.of(java.nio.file.Path.of(folder, "iati-activities-schema.xsd"))
					.filter(java.nio.file.Files::isRegularFile);
	}

	/** Validates against the official schema when it is available. */
	private static void assertValid(String xml) throws Exception {
		if (schemaFolder().isEmpty()) {
			return;
		}
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Schema schema = factory.newSchema(schemaFolder().get().toFile());
		schema.newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private String value(Document file, String path) throws Exception {
		return xpath.evaluate(path, file);
	}

	private List<String> values(Document file, String path) throws Exception {
		NodeList nodes = (NodeList) xpath.evaluate(path, file, XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

	private static String activity(String referenceCode) {
		return "/iati-activities/iati-activity[iati-identifier='" + PREFIX + referenceCode + "']";
	}

	@Test
	void theDemoFileIsValidAgainstTheIati203Schema() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(schemaFolder().isPresent(),
				"IATI 2.03 schema not available: set WOP_IATI_SCHEMA_DIR to validate (see the README, Open data)");
		String xml = file();

		assertValid(xml);
		Document file = parse(xml);
		assertThat(value(file, "/iati-activities/@version")).isEqualTo("2.03");
		assertThat(value(file, "/iati-activities/@generated-datetime")).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:]{8}Z");
		assertThat(values(file, "//iati-activity/reporting-org/@ref")).containsOnly("XM-DAC-41120");
		assertThat(values(file, "//iati-activity/reporting-org/@type")).containsOnly("40");
	}

	@Test
	void listsEveryPublishedPartnershipWithADateAndSaysHowManyHaveNone() throws Exception {
		Document file = parse(file());
		List<String> dated = jdbc.sql("""
				select reference_code from partnership where published and coalesce(planned_start, planned_end,
				    actual_start, actual_end) is not null""").query(String.class).list();

		assertThat(values(file, "//iati-identifier"))
			.containsExactlyInAnyOrderElementsOf(dated.stream().map(code -> PREFIX + code).toList());
		assertThat(values(file, "//iati-identifier")).doesNotContain(PREFIX + "WWX-VEI-MWAUWASA");
		assertThat(value(file, "/iati-activities/comment()")).contains("without any known date are not listed");
	}

	@Test
	void aWorkPlansMoneyBecomesOneBudgetPerYearAndCurrencyNeverAddedAcross() throws Exception {
		Document file = parse(file());
		String bulawayo = activity("WWX-VEI-BULAWAYO");
		List<String> bySql = jdbc.sql("""
				select l.budget_year || '-01-01 ' || l.budget_year || '-12-31 ' || l.currency || ' ' || sum(l.amount)
				from budget_line l join activity a on a.id = l.activity_id join partnership p on p.id = a.partnership_id
				where p.reference_code = 'WWX-VEI-BULAWAYO' and l.kind <> 'STAFF_DAYS'
				group by l.budget_year, l.currency""").query(String.class).list();

		List<String> budgets = new ArrayList<>();
		int count = Integer.parseInt(value(file, "count(" + bulawayo + "/budget)"));
		for (int i = 1; i <= count; i++) {
			String budget = bulawayo + "/budget[" + i + "]";
			budgets.add(value(file, budget + "/period-start/@iso-date") + " "
					+ value(file, budget + "/period-end/@iso-date") + " " + value(file, budget + "/value/@currency")
					+ " " + value(file, budget + "/value"));
		}

		assertThat(bySql).as("the demo plan has money in two currencies").hasSizeGreaterThan(3);
		assertThat(budgets).containsExactlyInAnyOrderElementsOf(bySql);
	}

	@Test
	void approvedCashSpendingBecomesExpenditureTransactionsDraftsNever() throws Exception {
		Document file = parse(file());
		String bulawayo = activity("WWX-VEI-BULAWAYO");
		List<String> bySql = jdbc.sql("""
				select r.period_year || '-12-31 ' || l.currency || ' ' || sum(s.amount)
				from report_spending s join progress_report r on r.id = s.report_id
				join budget_line l on l.id = s.budget_line_id join activity a on a.id = l.activity_id
				join partnership p on p.id = a.partnership_id
				where p.reference_code = 'WWX-VEI-BULAWAYO' and r.status = 'APPROVED' and l.kind = 'CASH'
				group by r.period_year, l.currency""").query(String.class).list();

		List<String> transactions = new ArrayList<>();
		int count = Integer.parseInt(value(file, "count(" + bulawayo + "/transaction)"));
		for (int i = 1; i <= count; i++) {
			String transaction = bulawayo + "/transaction[" + i + "]";
			assertThat(value(file, transaction + "/transaction-type/@code")).isEqualTo("4");
			transactions.add(value(file, transaction + "/transaction-date/@iso-date") + " "
					+ value(file, transaction + "/value/@currency") + " " + value(file, transaction + "/value"));
		}

		assertThat(bySql).hasSize(2);
		assertThat(transactions).containsExactlyInAnyOrderElementsOf(bySql)
			.as("the submitted 2025 report's spending is not there")
			.noneMatch(t -> t.startsWith("2025"));
	}

	@Test
	void gwopasNetworkCarriesItsSdgTargetsAndGoalsAsTags() throws Exception {
		Document file = parse(file());
		String gwopa = activity("SDGACTION-25745");

		assertThat(values(file, gwopa + "/tag[@vocabulary='3']/@code")).containsExactly("6.1", "6.2", "6.3", "6.4",
				"6.a", "6.b", "11.1", "11.6", "11.a", "11.b", "11.c", "17.3", "17.6", "17.7", "17.16", "17.17");
		assertThat(values(file, gwopa + "/tag[@vocabulary='2']/@code")).containsExactly("6", "11", "17");
		assertThat(values(file, gwopa + "/participating-org/@role")).hasSize(11).containsOnly("4");
		assertThat(value(file, gwopa + "/activity-date[@type='2']/@iso-date")).isEqualTo("2009-01-01");
		assertThat(values(file, gwopa + "/activity-date[@type='3' or @type='4']")).isEmpty();
	}

	@Test
	void aWopHasItsSectorsRolesStatusDatesAndRecipientCountry() throws Exception {
		Document file = parse(file());
		String nakuru = activity("WWX-VEI-NAKURU");

		// Working areas: extension of water supply and NRW (14021), sanitation and
		// hygiene (14032), customer service (14010).
		assertThat(values(file, nakuru + "/sector[@vocabulary='1']/@code")).containsExactly("14021", "14010", "14032");
		assertThat(values(file, nakuru + "/sector/@percentage")).containsExactly("50.00", "25.00", "25.00");
		assertThat(value(file, nakuru + "/title/narrative")).startsWith("VEI – Nakuru County");
		assertThat(value(file, nakuru + "/description[@type='1']/narrative")).contains("Nakuru County");
		assertThat(value(file, nakuru + "/description[@type='2']/narrative")).contains("Benchmarking");
		assertThat(value(file, nakuru + "/participating-org[narrative='Vitens Evides International']/@role"))
			.isEqualTo("4");
		assertThat(values(file, nakuru + "/participating-org/@role")).hasSize(4).containsOnly("4");
		assertThat(value(file, nakuru + "/activity-status/@code")).isEqualTo("4");
		assertThat(value(file, nakuru + "/activity-date[@type='1']/@iso-date")).isEqualTo("2017-01-01");
		assertThat(value(file, nakuru + "/activity-date[@type='3']/@iso-date")).isEqualTo("2021-12-31");
		assertThat(value(file, nakuru + "/activity-date[@type='4']/@iso-date")).isEqualTo("2021-12-31");
		assertThat(values(file, nakuru + "/recipient-country/@code")).containsExactly("KE");
		assertThat(values(file, nakuru + "/budget")).isEmpty();
		assertThat(values(file, nakuru + "/result")).isEmpty();
	}

	@Test
	void sectorPercentagesAddUpToAHundredEverywhere() throws Exception {
		Document file = parse(file());

		for (String identifier : values(file, "//iati-activity[sector]/iati-identifier")) {
			String path = "//iati-activity[iati-identifier='" + identifier + "']/sector/@percentage";
			assertThat(values(file, path).stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
				.as(identifier)
				.isEqualByComparingTo("100");
		}
	}

	@Test
	void aBudgetSpansThePlannedDates() throws Exception {
		Document file = parse(file());
		String dunea = activity("DUNEA-MWAUWASA-2012");

		assertThat(value(file, dunea + "/budget/period-start/@iso-date")).isEqualTo("2012-01-01");
		assertThat(value(file, dunea + "/budget/period-end/@iso-date")).isEqualTo("2016-01-03");
		assertThat(value(file, dunea + "/budget/value")).isEqualTo("2754000.00");
		assertThat(value(file, dunea + "/budget/value/@currency")).isEqualTo("USD");
		assertThat(value(file, dunea + "/budget/value/@value-date")).isEqualTo("2012-01-01");
	}

	@Test
	void resultsCarryBaselineTargetAndApprovedValuesOnly() throws Exception {
		Document file = parse(file());
		String nrw = activity("WWX-VEI-BULAWAYO") + "/result[title/narrative='NRW as a percentage of system input']";

		assertThat(value(file, nrw + "/@type")).isEqualTo("2");
		assertThat(value(file, nrw + "/indicator/@measure")).isEqualTo("2");
		assertThat(value(file, nrw + "/indicator/@ascending")).isEqualTo("false");
		assertThat(value(file, nrw + "/indicator/reference/@code")).isEqualTo("GW_NRW_PCT_SYSTEM_INPUT");
		assertThat(value(file, nrw + "/indicator/baseline/@year")).isEqualTo("2018");
		assertThat(value(file, nrw + "/indicator/baseline/@value")).isEqualTo("42");
		assertThat(value(file, nrw + "/indicator/period[target]/period-end/@iso-date")).isEqualTo("2026-12-31");
		assertThat(value(file, nrw + "/indicator/period/target/@value")).isEqualTo("30");
		// 2023 and 2024 approved; 2025 only submitted (34.8), so not published.
		assertThat(values(file, nrw + "/indicator/period/actual/@value")).containsExactly("39.5", "37");
		assertThat(values(file, nrw + "/indicator/period[actual]/period-start/@iso-date")).containsExactly("2023-01-01",
				"2024-01-01");
		String metering = activity("WWX-VEI-BULAWAYO") + "/result/indicator[reference/@code='IBNET_7_1']";
		assertThat(value(file, metering + "/@ascending")).isEqualTo("true");
	}

	@Test
	void approvedCapacityResultsAreQualitativeOutcomesWithTheirStages() throws Exception {
		String xml = file();
		assertValid(xml);
		Document file = parse(xml);
		String routines = activity("WWX-VEI-BULAWAYO") + "/result[indicator/reference/@code='TA_WORKING_ROUTINES']";

		assertThat(value(file, routines + "/@type")).isEqualTo("2");
		assertThat(value(file, routines + "/title/narrative")).contains("Working Routines").contains("NRW");
		assertThat(value(file, routines + "/indicator/@measure")).isEqualTo("5");
		assertThat(value(file, routines + "/indicator/description/narrative")).contains("Illustrative");
		assertThat(value(file, routines + "/indicator/baseline/@value")).isEmpty();
		assertThat(value(file, routines + "/indicator/baseline/dimension[@name='stage']/@value")).isEqualTo("1");
		assertThat(value(file, routines + "/indicator/baseline/comment/narrative")).contains("Stage 1");
		assertThat(values(file, routines + "/indicator/period/period-start/@iso-date")).containsExactly("2023-01-01",
				"2024-01-01");
		assertThat(values(file, routines + "/indicator/period/actual/@value")).isEmpty();
		assertThat(values(file, routines + "/indicator/period/actual/dimension[@name='stage']/@value"))
			.containsExactly("1", "3");
		assertThat(values(file, routines + "/indicator/period/actual/dimension[@name='degree of change']/@value"))
			.containsExactly("+1", "+1");
		assertThat(values(file, routines + "/indicator/period/actual/dimension[@name='consensus']/@value"))
			.containsExactly("BOTH_PARTNERS", "AGREED_IN_REVIEW");
		assertThat(values(file, routines + "/indicator/period/actual/comment/narrative").get(1))
			.isEqualTo("Stage 3 of 4; degree of change +1; contribution of the WOP 2 of 2; agreed in review.");
		assertThat(values(file, activity("WWX-VEI-BULAWAYO") + "/result[indicator/@measure='5']")).hasSize(3);
		// the sides' own words and the evidence stay private
		assertThat(xml).doesNotContain("Illustrative:");
	}

	@Test
	void capacityAssessmentsOfReportsNotApprovedAndDisagreementsAreLeftOut() throws Exception {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    submitted_by, reviewed_by)
				values (900102, 24, 2022, 0, 1, 'APPROVED', 'ON_TRACK', 4, 2)""").update();
		jdbc.sql("""
				insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution)
				values (103, 101, 'MENTEE', 4, 2, 2), (900102, 102, 'MENTOR', 1, 0, 1),
				    (900102, 102, 'MENTEE', 2, 1, 1)""").update();

		String xml = file();
		assertValid(xml);
		Document file = parse(xml);
		String bulawayo = activity("WWX-VEI-BULAWAYO");

		assertThat(values(file,
				bulawayo + "/result[indicator/reference/@code='TA_WORKING_ROUTINES']"
						+ "/indicator/period/period-start/@iso-date"))
			.as("the submitted 2025 report is not there")
			.containsExactly("2023-01-01", "2024-01-01");
		assertThat(values(file,
				bulawayo + "/result[indicator/reference/@code='IN_SKILLS_ABILITIES']"
						+ "/indicator/period/period-start/@iso-date"))
			.as("the 2022 disagreement is not there")
			.containsExactly("2023-01-01", "2024-01-01");
	}

	@Test
	void anUnpublishedPartnershipsCapacityResultsAreLeftOut() throws Exception {
		jdbc.sql("update partnership set published = false where id = 24").update();

		Document file = parse(file());

		assertThat(values(file, "//result/indicator[@measure='5']/reference/@code"))
			.containsExactly("TF_VISION_MISSION_STRATEGY");
	}

	@Test
	void anUnpublishedPartnershipIsLeftOut() throws Exception {
		jdbc.sql("update partnership set published = false where reference_code = 'CCWD-BWS'").update();

		String xml = file();

		assertValid(xml);
		assertThat(xml).doesNotContain("CCWD-BWS").doesNotContain("Belize");
		assertThat(xml).contains(PREFIX + "WWX-VEI-NAKURU");
	}

	@Test
	void fundersBrokersAndUnusualTextsAreWrittenAsIatiExpects() throws Exception {
		jdbc.sql("""
				insert into participant (id, partnership_id, organisation_id, role, position)
				values (900001, 1, 45, 'FUNDER', 10), (900002, 1, 46, 'BROKER', 11)""").update();
		jdbc.sql("update partnership set title = 'Nakuru <&> \u0001 \"quoted\"' where id = 1").update();

		String xml = file();

		assertValid(xml);
		Document file = parse(xml);
		String nakuru = activity("WWX-VEI-NAKURU");
		assertThat(values(file, nakuru + "/participating-org/@role")).containsExactly("4", "4", "4", "4", "1", "2");
		assertThat(value(file, nakuru + "/title/narrative")).isEqualTo("Nakuru <&>  \"quoted\"");
	}

}
