package org.wopplatform.web.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One hostile value at a time, in one field, everything else as the page filled it in:
 * what a careless paste or a tampered field does, where {@link HostileInputTests} sends
 * the same value everywhere (and a form refused for another field would hide the one that
 * matters). The forms are the application's own, read from its pages as a browser would
 * submit them; the parameters of searches are those the handlers read. A NUL or a
 * direction override is refused wherever it goes, and nothing is stored; 20,001
 * characters never give a server error. Each case runs in a transaction rolled back after
 * it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileFieldTests {

	enum Kind {

		NUL("a\u0000b"), DIRECTION_OVERRIDE("invoice\u202efdp.exe.pdf"), LONG_TEXT("x".repeat(20_001));

		private final String value;

		Kind(String value) {
			this.value = value;
		}

		boolean mustBeRefused() {
			return this != LONG_TEXT;
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> everyFieldRefusesTextThePlatformNeverStores() {
		Map<String, PageForms.Form> forms = rolledBack(() -> PageForms.onPages(mvc));
		assertThat(forms).as("forms found on the pages").hasSizeGreaterThan(30);
		List<DynamicTest> tests = new ArrayList<>();
		for (PageForms.Form form : forms.values()) {
			for (Map.Entry<String, String> field : form.fields()) {
				if (field.getKey().startsWith("_")) {
					continue; // Spring's marker of a checkbox list: only its name is read
				}
				for (Kind kind : Kind.values()) {
					tests.add(DynamicTest.dynamicTest(
							"POST " + form.action() + " " + field.getKey() + " as " + form.who() + " with " + kind,
							() -> rolledBack(() -> postOneField(form, field.getKey(), kind))));
				}
			}
		}
		Map<String, Set<String>> fields = HostileInputTests.fieldsByRoute(mappings);
		RouteAuthorizationTests.RULES.forEach((route, outcomes) -> {
			if (!route.startsWith("GET ")) {
				return;
			}
			Who who = PageForms.firstWhoMay(outcomes);
			for (String field : fields.getOrDefault(route, Set.of())) {
				for (Kind kind : Kind.values()) {
					tests.add(DynamicTest.dynamicTest(route + "?" + field + " as " + who + " with " + kind,
							() -> rolledBack(() -> getOneField(route, who, field, kind))));
				}
			}
		});
		return tests.stream();
	}

	@Test
	void textRefusedInAnActionComesBackWithWhatWasTypedMarked() {
		rolledBack(() -> {
			MvcResult story = mvc
				.perform(MockMvcRequestBuilders.post("/reports/2031/stories/" + RouteFixture.FIXTURE_ROW)
					.with(user(DemoUsers.SECRETARIAT))
					.with(csrf())
					.param("title", "Leak\u0000 story")
					.param("text", "Kept text"))
				.andReturn();

			assertThat(story.getResponse().getRedirectedUrl())
				.isEqualTo("/reports/2031/edit#story-" + RouteFixture.FIXTURE_ROW);
			assertThat((java.util.Map<String, Object>) story.getFlashMap())
				.containsEntry("storyError", "text.controlCharacter")
				.containsEntry("typedTitle", "Leak\ufffd story")
				.containsEntry("typedText", "Kept text");
			assertThat(jdbc.sql("select title from annual_report_story where id = ?")
				.param(RouteFixture.FIXTURE_ROW)
				.query(String.class)
				.single()).isEqualTo("Story");
			return null;
		});
	}

	private Void postOneField(PageForms.Form form, String name, Kind kind) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = form.multipart()
				? MockMvcRequestBuilders.multipart(form.action()) : MockMvcRequestBuilders.post(form.action());
		for (Map.Entry<String, String> field : form.fields()) {
			request.param(field.getKey(), field.getKey().equals(name) ? kind.value : field.getValue());
		}
		check(request.with(csrf()), form.who(), kind, "POST " + form.action() + " " + name);
		return null;
	}

	private Void getOneField(String route, Who who, String field, Kind kind) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders
			.get(RouteFixture.path(route.split(" ", 2)[1]))
			.queryParam(field, kind.value);
		MvcResult result = check(request, who, kind, route + "?" + field);
		if (kind.mustBeRefused()) {
			assertThat(result.getResponse().getStatus()).as("%s with %s: refused before anything runs", route, kind)
				.isEqualTo(400);
		}
		return null;
	}

	private MvcResult check(AbstractMockHttpServletRequestBuilder<?> request, Who who, Kind kind, String label)
			throws Exception {
		request.header("Accept-Language", "en").accept(MediaType.TEXT_HTML);
		if (who != Who.PUBLIC) {
			request.with(user(RouteFixture.reader(who)));
		}
		DataVersion.Version before = dataVersion.current();

		MvcResult result = mvc.perform(request).andReturn();

		int status = result.getResponse().getStatus();
		assertThat(status).as("%s as %s with %s: no server error", label, who, kind).isLessThan(500);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
		if (kind.mustBeRefused() || status >= 400) {
			assertThat(dataVersion.current()).as("%s as %s with %s: nothing stored (HTTP %d)", label, who, kind, status)
				.isEqualTo(before);
		}
		return result;
	}

	/** Work that the page would do, on the fixture, undone afterwards. */
	private <T> T rolledBack(Work<T> work) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		return template.execute(status -> {
			status.setRollbackOnly();
			RouteFixture.insert(jdbc);
			try {
				return work.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@FunctionalInterface
	interface Work<T> {

		T run() throws Exception;

	}

}
