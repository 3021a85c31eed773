package org.wopplatform.web.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.wopplatform.persistence.database.DemoDataConfiguration;
import org.wopplatform.persistence.testing.TestDatabase;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every form the pages offer, sent twice at the same moment by two threads with their own
 * transactions, as two people (or a double click) would: never a server error, and a form
 * that carries the version it was read at is never accepted twice (the second is told
 * that someone else changed the record, with 409 or a message on the page). Changes
 * commit for real here, so this class works on a database of its own on the test server
 * (which goes with the JVM).
 */
@SpringBootTest(properties = { "spring.datasource.url=${wop.test.concurrent-forms.url}",
		"spring.datasource.username=${wop.test.concurrent-forms.username}",
		"spring.datasource.password=${wop.test.concurrent-forms.password}",
		"spring.flyway.locations=classpath:db/migration," + DemoDataConfiguration.LOCATION })
@ActiveProfiles(DemoDataConfiguration.PROFILE)
@AutoConfigureMockMvc
class ConcurrentFormsTests {

	private static final String DATABASE = "concurrent_forms_" + UUID.randomUUID().toString().replace("-", "");

	static {
		TestDatabase.Connection server = TestDatabase.get();
		server(server).sql("create database " + DATABASE).update();
		System.setProperty("wop.test.concurrent-forms.url",
				server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"));
		System.setProperty("wop.test.concurrent-forms.username", server.username());
		System.setProperty("wop.test.concurrent-forms.password", server.password());
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private static JdbcClient server(TestDatabase.Connection server) {
		return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), server.url(),
				server.username(), server.password()));
	}

	@Test
	void everyFormSentTwiceAtOnceIsAnsweredAndAVersionIsNeverAcceptedTwice() throws Exception {
		RouteFixture.insert(jdbc);
		Map<String, PageForms.Form> forms = PageForms.onPages(mvc);
		assertThat(forms).hasSizeGreaterThan(30);
		List<String> acceptedTwice = new ArrayList<>();
		for (String action : forms.keySet()) {
			// Read the form again from its page: the races before may have moved the
			// record on.
			PageForms.Form form = PageForms.onPage(mvc, forms.get(action).page(), forms.get(action).who())
				.getOrDefault(action, forms.get(action));
			List<MvcResult> answers = twiceAtOnce(form);
			for (MvcResult answer : answers) {
				assertThat(answer.getResponse().getStatus()).as("POST %s as %s", action, form.who()).isLessThan(500);
				assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
			}
			if (form.versioned() && answers.stream().allMatch(ConcurrentFormsTests::accepted)) {
				acceptedTwice.add(action);
			}
		}
		assertThat(acceptedTwice).as("forms accepted twice from the same version").isEmpty();
	}

	private List<MvcResult> twiceAtOnce(PageForms.Form form) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<MvcResult>> sent = new ArrayList<>();
		// Each sends its own change where the form has text (two different edits, of
		// which one would silently overwrite the other if both were accepted), or both
		// the same new choice where it has only lists.
		String edited = form.textFields().isEmpty() ? null : form.textFields().get(0);
		Map<String, String> chosen = edited == null ? form.otherChoices() : Map.of();
		for (String who : List.of("A", "B")) {
			sent.add(threads.submit(() -> {
				AbstractMockHttpServletRequestBuilder<?> request = form.multipart()
						? MockMvcRequestBuilders.multipart(form.action()) : MockMvcRequestBuilders.post(form.action());
				form.fields()
					.forEach(field -> request.param(field.getKey(), field.getKey().equals(edited)
							? field.getValue() + " " + who : chosen.getOrDefault(field.getKey(), field.getValue())));
				request.with(csrf()).header("Accept-Language", "en").accept(MediaType.TEXT_HTML);
				if (form.who() != Who.PUBLIC) {
					request.with(user(RouteFixture.reader(form.who())));
				}
				start.await(20, TimeUnit.SECONDS);
				return mvc.perform(request).andReturn();
			}));
		}
		List<MvcResult> answers = new ArrayList<>();
		for (Future<MvcResult> answer : sent) {
			answers.add(answer.get(60, TimeUnit.SECONDS));
		}
		return answers;
	}

	/**
	 * The change went through: a redirect that carries no error (an action refused is a
	 * redirect too, with its reason in the flash).
	 */
	private static boolean accepted(MvcResult answer) {
		if (answer.getResponse().getStatus() / 100 != 3) {
			return false;
		}
		FlashMap flash = answer.getFlashMap();
		return flash.keySet().stream().noneMatch(key -> key.endsWith("Error"))
				&& !String.valueOf(flash.get("flash")).startsWith("concurrentModification")
				&& !String.valueOf(flash.get("flash")).endsWith("notWithdrawn");
	}

}
