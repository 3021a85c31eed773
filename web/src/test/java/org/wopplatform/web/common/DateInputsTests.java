package org.wopplatform.web.common;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.web.security.DemoUsers;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One date convention in every form: wherever a partial date is allowed, a year, a month
 * or a day is read the same way (one formatter for the type), the input shows the same
 * hint, and a value that does not read gets the same message in the reader's language;
 * wherever a full day is required, the same hint and message for a day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DateInputsTests {

	static final long FIXTURE = 910_301;

	static final String P = "/partnerships/" + FIXTURE;

	static final String TYPED_PARTIAL_DATE = "typeMismatch." + PartialDate.class.getName();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@Qualifier("mvcConversionService")
	private ConversionService conversions;

	@Autowired
	private MessageSource messages;

	@BeforeEach
	void createFixture() {
		removeFixture();
		jdbc.sql("insert into partnership (id, reference_code, kind, title, status, regional_platform_code, published,"
				+ " planned_start, planned_start_precision, planned_end, planned_end_precision) values (?,"
				+ " 'DATE-FIXTURE', 'WOP', 'Date fixture', 'IMPLEMENTATION', 'WOP_AFRICA', true,"
				+ " date '2017-01-01', 'YEAR', date '2020-01-01', 'YEAR')")
			.param(FIXTURE)
			.update();
		jdbc.sql("insert into participant (id, partnership_id, organisation_id, role, position) values"
				+ " (?, ?, 1, 'LEAD_MENTOR', 0), (?, ?, 5, 'LEAD_MENTEE', 1)")
			.params(FIXTURE, FIXTURE, FIXTURE + 1, FIXTURE)
			.update();
	}

	@AfterEach
	void removeFixture() {
		jdbc.sql("delete from audit_event where entity_type = 'Activity' and entity_id in"
				+ " (select id from activity where partnership_id = ?)")
			.param(FIXTURE)
			.update();
		jdbc.sql("delete from audit_event where entity_type = 'Partnership' and entity_id = ?").param(FIXTURE).update();
		jdbc.sql("delete from partnership where id = ?").param(FIXTURE).update();
	}

	/**
	 * Every form field of the application that takes a partial date, found by its type.
	 */
	static List<Field> partialDateFields() throws ClassNotFoundException {
		return fieldsOfType(PartialDate.class);
	}

	private static List<Field> fieldsOfType(Class<?> type) throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().endsWith("Form"));
		List<Field> fields = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.wopplatform.web")) {
			Class<?> form = Class.forName(candidate.getBeanClassName());
			for (Field field : form.getDeclaredFields()) {
				if (field.getType() == type) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static Object newForm(Class<?> type) throws ReflectiveOperationException {
		Constructor<?> constructor = type.getDeclaredConstructor();
		constructor.setAccessible(true);
		return constructor.newInstance();
	}

	@Test
	void everyPartialDateFieldReadsAYearAMonthAndADayAndRefusesTheRestWithOneMessage() throws Exception {
		List<Field> fields = partialDateFields();
		assertThat(fields).extracting(f -> f.getDeclaringClass().getSimpleName() + "." + f.getName())
			.as("the partial dates of the partnership, its framework and its work plan")
			.contains("PartnershipForm.plannedStart", "PartnershipForm.plannedEnd", "DeliverableForm.due",
					"StatusForm.date", "IndicatorForm.baselineDate", "IndicatorForm.targetDate",
					"ActivityForm.plannedStart", "ActivityForm.plannedEnd", "ActivityOutputForm.completion");
		Map<String, PartialDate> accepted = Map.of("2018", PartialDate.year(2018), "2018-06",
				PartialDate.month(2018, 6), " 2018-06-30 ", PartialDate.day(LocalDate.of(2018, 6, 30)));
		for (Field field : fields) {
			String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
			for (var typed : accepted.entrySet()) {
				WebDataBinder binder = bind(field, typed.getKey());
				assertThat(binder.getBindingResult().hasErrors()).as(name + " " + typed.getKey()).isFalse();
				field.setAccessible(true);
				assertThat(field.get(binder.getTarget())).as(name).isEqualTo(typed.getValue());
			}
			for (String bad : List.of("2018-13", "30/06/2018", "June 2018", "18")) {
				FieldError error = bind(field, bad).getBindingResult().getFieldError(field.getName());
				assertThat(error).as(name + " " + bad).isNotNull();
				assertThat(error.getCodes()).as(name).contains(TYPED_PARTIAL_DATE);
			}
		}
	}

	@Test
	void everyFullDayFieldReadsADayAndRefusesTheRestWithOneMessage() throws Exception {
		List<Field> fields = fieldsOfType(LocalDate.class);
		assertThat(fields).extracting(Field::getName)
			.as("the days of the brokering path and offers")
			.contains("introducedOn", "signedOn", "availableFrom", "availableUntil");
		for (Field field : fields) {
			String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
			WebDataBinder good = bind(field, "2026-03-31");
			assertThat(good.getBindingResult().hasErrors()).as(name).isFalse();
			field.setAccessible(true);
			assertThat(field.get(good.getTarget())).as(name).isEqualTo(LocalDate.of(2026, 3, 31));
			for (String bad : List.of("2026-03", "31/03/2026", "2026-02-30")) {
				FieldError error = bind(field, bad).getBindingResult().getFieldError(field.getName());
				assertThat(error).as(name + " " + bad).isNotNull();
				assertThat(error.getCodes()).as(name).contains("typeMismatch." + LocalDate.class.getName());
			}
		}
	}

	private WebDataBinder bind(Field field, String typed) throws ReflectiveOperationException {
		WebDataBinder binder = new WebDataBinder(newForm(field.getDeclaringClass()), "form");
		binder.setConversionService(conversions);
		binder.bind(new MutablePropertyValues(Map.of(field.getName(), typed)));
		return binder;
	}

	@Test
	void everyDateInputOfAPageShowsTheHintOfItsKind() throws Exception {
		List<String> partial = partialDateFields().stream().map(Field::getName).distinct().toList();
		List<String> days = fieldsOfType(LocalDate.class).stream().map(Field::getName).distinct().toList();
		Pattern input = Pattern.compile("forms :: input\\('(\\w+)', '[\\w.]+', '\\w+', ([^)]*)\\)");
		int checked = 0;
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			Matcher m = input.matcher(read(template));
			while (m.find()) {
				if (partial.contains(m.group(1))) {
					assertThat(m.group(2)).as(template.getFilename() + " " + m.group(1))
						.isEqualTo("'form.hint.partialDate'");
					checked++;
				}
				else if (days.contains(m.group(1))) {
					assertThat(m.group(2)).as(template.getFilename() + " " + m.group(1)).isEqualTo("'form.hint.day'");
					checked++;
				}
			}
		}
		assertThat(checked).as("date inputs found").isGreaterThanOrEqualTo(12);
	}

	private static String read(Resource resource) throws IOException {
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018", "2018-06", "2018-06-30" })
	void theFormsOfThePartnershipAndItsWorkPlanAcceptEachForm(String date) throws Exception {
		assertThat(send("en", P, "version", "0", "title", "Date fixture", "plannedStart", date, "plannedEnd", "2020")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(send("en", P + "/deliverables", "version", version(), "title", "Plan", "due", date).getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(send("en", P + "/indicators", "name", "Coverage", "frequency", "YEARLY", "baselineDate", date,
				"targetDate", "2020")
			.getFlashMap()
			.get("flash")).isEqualTo("partnership.edit.added.indicator");
		assertThat(send("en", P + "/work-plan/activities", "workingArea", "NRW", "title", "Leak survey", "plannedStart",
				date, "plannedEnd", "2019")
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(send("en", P + "/status", "version", version(), "status", "FINALISATION", "date", date).getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select planned_start_precision from partnership where id = ?")
			.param(FIXTURE)
			.query(String.class)
			.single()).isEqualTo(date.length() == 4 ? "YEAR" : date.length() == 7 ? "MONTH" : "DAY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es" })
	void aBadDateGetsTheSameMessageInTheReadersLanguageInEveryForm(String language) throws Exception {
		String message = messages.getMessage(TYPED_PARTIAL_DATE, null, Locale.forLanguageTag(language));
		String[][] submissions = {
				{ P, "details-plannedStart", "version", "0", "title", "Dates", "plannedStart", "2018-13" },
				{ P + "/deliverables", "deliverable-due", "version", "0", "title", "Plan", "due", "2018-13" },
				{ P + "/status", "status-date", "version", "0", "status", "FINALISATION", "date", "2018-13" },
				{ P + "/work-plan/activities", "activity-plannedEnd", "workingArea", "NRW", "title", "Survey",
						"plannedStart", "2018", "plannedEnd", "2018-13" } };
		for (String[] submission : submissions) {
			String[] fields = java.util.Arrays.copyOfRange(submission, 2, submission.length);
			MvcResult result = send(language, submission[0], fields);

			assertThat(result.getResponse().getStatus()).as(submission[0]).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			String error = "id=\"" + submission[1] + "-error\"";
			assertThat(page).as(submission[0]).contains(error);
			assertThat(page.substring(page.indexOf(error), page.indexOf("</p>", page.indexOf(error))))
				.contains(org.springframework.web.util.HtmlUtils.htmlEscape(message, "UTF-8"));
			assertThat(page).as("what was typed is kept").contains("value=\"2018-13\"");
		}
	}

	private String version() {
		return jdbc.sql("select version from partnership where id = ?")
			.param(FIXTURE)
			.query(Long.class)
			.single()
			.toString();
	}

	private MvcResult send(String language, String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(user(DemoUsers.COORDINATOR_AFRICA))
			.with(csrf())
			.header("Accept-Language", language);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

}
