package org.wopplatform.web.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.wopplatform.web.security.RouteAuthorizationTests.Outcome;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The forms the application's own pages offer, read as a browser would submit them, for
 * tests that send every form (with one field spoiled, or twice at once).
 */
final class PageForms {

	/** A form as a reader's page offers it: where it goes, how, and what it sends. */
	record Form(String action, String page, boolean multipart, Who who, List<Map.Entry<String, String>> fields,
			List<String> textFields, Map<String, String> otherChoices) {

		/**
		 * A change to an existing record, from the version it was read at (a form that
		 * creates a record has no id in its address).
		 */
		boolean versioned() {
			return action.matches(".*/\\d+(/.*)?")
					&& fields.stream().anyMatch(field -> field.getKey().equals("version"));
		}

	}

	private static final List<Who> FIRST_WHO_MAY = List.of(Who.SECRETARIAT, Who.COORDINATOR_OWN, Who.UTILITY_OWN,
			Who.PUBLIC);

	private PageForms() {
	}

	/**
	 * Every form (by where it posts) that the pages of the application show, read as the
	 * first reader who may open each page.
	 */
	static Map<String, Form> onPages(MockMvc mvc) throws Exception {
		Map<String, Form> forms = new LinkedHashMap<>();
		for (Map.Entry<String, Outcome[]> rule : RouteAuthorizationTests.RULES.entrySet()) {
			String route = rule.getKey();
			if (!route.startsWith("GET ") || route.contains("{format}") || route.endsWith(".pdf")
					|| route.endsWith(".json") || route.endsWith(".xml") || route.contains("/evidence/")
					|| route.contains("concept-note") || route.contains("/template")) {
				continue;
			}
			onPage(mvc, RouteFixture.path(route.split(" ", 2)[1]), firstWhoMay(rule.getValue()))
				.forEach(forms::putIfAbsent);
		}
		return forms;
	}

	/**
	 * The forms one page shows to one reader, read again as they are now (none when the
	 * page does not open).
	 */
	static Map<String, Form> onPage(MockMvc mvc, String path, Who who) throws Exception {
		Map<String, Form> forms = new LinkedHashMap<>();
		AbstractMockHttpServletRequestBuilder<?> page = MockMvcRequestBuilders.get(path);
		if (who != Who.PUBLIC) {
			page.with(user(RouteFixture.reader(who)));
		}
		MvcResult result = mvc.perform(page.accept(MediaType.TEXT_HTML)).andReturn();
		if (result.getResponse().getStatus() == 200) {
			Document document = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			for (Element element : document.select("form[method=post]")) {
				String action = element.attr("action").replaceAll("[#?].*", "");
				if (action.isEmpty() || action.equals("/logout") || action.equals("/login")
						|| forms.containsKey(action)) {
					continue;
				}
				List<Map.Entry<String, String>> fields = new ArrayList<>();
				((FormElement) element).formData()
					.stream()
					.filter(k -> !k.key().equals("_csrf"))
					.forEach(k -> fields.add(Map.entry(k.key(), k.value())));
				List<String> textFields = element
					.select("textarea[name], input[name][type=text], input[name]:not([type])")
					.eachAttr("name");
				Map<String, String> otherChoices = new LinkedHashMap<>();
				for (Element select : element.select("select[name]")) {
					select.select("option:not([selected])")
						.stream()
						.map(option -> option.attr("value"))
						.filter(value -> !value.isEmpty())
						.findFirst()
						.ifPresent(value -> otherChoices.put(select.attr("name"), value));
				}
				for (Element radio : element.select("input[type=radio][name]:not([checked])")) {
					otherChoices.putIfAbsent(radio.attr("name"), radio.attr("value"));
				}
				forms.put(action, new Form(action, path, element.attr("enctype").startsWith("multipart/"), who, fields,
						textFields, otherChoices));
			}
		}
		return forms;
	}

	/**
	 * The first of the secretariat, a coordinator, utility staff and the public who may.
	 */
	static Who firstWhoMay(Outcome[] outcomes) {
		return FIRST_WHO_MAY.stream()
			.filter(who -> outcomes[who.ordinal()] == Outcome.OK)
			.findFirst()
			.orElse(Who.SECRETARIAT);
	}

}
