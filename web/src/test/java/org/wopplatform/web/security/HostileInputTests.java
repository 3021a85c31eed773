package org.wopplatform.web.security;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.web.security.RouteFixture.Who;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route the application maps, as each kind of reader (every value to the readers
 * the route lets in, those read before a refusal to the others), with hostile values in
 * every parameter and form field it reads (found from the handler's signature and its
 * form's properties, so a new route or field is covered without a line here): NUL and
 * other control characters, direction overrides, 10,000-character text, wrong types,
 * out-of-range numbers, malformed percent-encoding, unencoded signs in the address, and
 * for forms a multipart body without a boundary, JSON and XML bodies. No answer is a
 * server error or carries a stack trace, and a refused request leaves the data as it was
 * (the data version, which moves with every write, is unchanged).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileInputTests {

	/**
	 * What is sent: the same value in every parameter, or a body the route cannot read.
	 */
	enum Hostile {

		NUL("a\u0000b"), CONTROL("x\u000b\u001f\u007fy"), DIRECTION_OVERRIDE("invoice\u202efdp.exe.pdf"),
		LONG_TEXT("x".repeat(10_000)), WRONG_TYPE("12,5.3 not a number"), OUT_OF_RANGE("99999999999999999999999"),
		NEGATIVE("-2147483649"), MALFORMED_ENCODING(null), UNENCODED_SIGNS(null), MULTIPART_WITHOUT_BOUNDARY(null),
		JSON_BODY(null), XML_BODY(null);

		private final String value;

		Hostile(String value) {
			this.value = value;
		}

		boolean bodyOnly() {
			return this == MULTIPART_WITHOUT_BOUNDARY || this == JSON_BODY || this == XML_BODY;
		}

	}

	private static final List<Who> READERS = List.of(Who.PUBLIC, Who.UTILITY_OWN, Who.COORDINATOR_OWN, Who.SECRETARIAT);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataVersion dataVersion;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	/** The handler of each route, read once (the parameters come from it). */
	private static Map<String, Set<String>> fieldsByRoute;

	@BeforeEach
	void fixture() {
		RouteFixture.insert(jdbc);
		synchronized (HostileInputTests.class) {
			if (fieldsByRoute == null) {
				fieldsByRoute = fieldsByRoute(mappings);
			}
		}
	}

	@Test
	void everyRouteHasItsParametersFoundAndItsPathFilledIn() {
		Map<String, Set<String>> routes = fieldsByRoute(mappings);

		assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(RouteFixture.mappedRoutes(mappings));
		routes.keySet()
			.forEach(route -> assertThat(RouteFixture.path(route.split(" ", 2)[1])).as(route).doesNotContain("{"));
		// The discovery reads forms, request parameters and uploads:
		assertThat(routes.get("POST /partnerships/{id}")).contains("title", "description", "plannedStart", "version");
		assertThat(routes.get("GET /partnerships")).contains("q", "platform", "page");
		assertThat(routes.get("POST /reports/{year}/stories/{storyId}")).contains("title", "text");
		assertThat(routes.get("POST /work/bulk")).contains("file");
		assertThat(routes.get("GET /api/v1/partnerships")).contains("q", "status", "page", "size");
	}

	/**
	 * What a reader the route refuses is still sent: values read before the refusal (the
	 * query string's encoding, a body, type conversion while binding, long text).
	 */
	private static final Set<Hostile> SENT_TO_THE_REFUSED = Set.of(Hostile.MALFORMED_ENCODING, Hostile.WRONG_TYPE,
			Hostile.LONG_TEXT, Hostile.JSON_BODY);

	static Stream<Arguments> routesReadersAndValues() {
		// The roles table lists every mapped route (RouteAuthorizationTests fails
		// otherwise), so a new route is sent hostile values as soon as it has its rule.
		// Every value goes to each reader the route lets in (it reaches the handler, its
		// binding, validation and page); a reader it refuses gets those read before the
		// refusal.
		List<Arguments> cases = new ArrayList<>();
		for (Map.Entry<String, RouteAuthorizationTests.Outcome[]> rule : RouteAuthorizationTests.RULES.entrySet()) {
			String route = rule.getKey();
			for (Who who : READERS) {
				boolean letIn = rule.getValue()[who.ordinal()] == RouteAuthorizationTests.Outcome.OK;
				for (Hostile hostile : Hostile.values()) {
					if ((hostile.bodyOnly() && route.startsWith("GET "))
							|| (!letIn && !SENT_TO_THE_REFUSED.contains(hostile))) {
						continue;
					}
					cases.add(Arguments.of(route, who, hostile));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} with {2}")
	@MethodSource("routesReadersAndValues")
	void noHostileValueGivesAServerErrorOrChangesDataWhenRefused(String route, Who who, Hostile hostile)
			throws Exception {
		String[] parts = route.split(" ", 2);
		AbstractMockHttpServletRequestBuilder<?> request = request(parts[0], RouteFixture.path(parts[1]),
				fieldsByRoute.getOrDefault(route, Set.of()), hostile)
			.header("Accept-Language", "fr")
			.accept(MediaType.TEXT_HTML);
		if (parts[0].equals("POST")) {
			request.with(csrf());
		}
		if (who != Who.PUBLIC) {
			request.with(user(RouteFixture.reader(who)));
		}
		DataVersion.Version before = dataVersion.current();

		MvcResult result = mvc.perform(request).andReturn();

		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).as("%s as %s with %s", route, who, hostile).isLessThan(500);
		assertThat(body).as("a stack trace").doesNotContain("\tat ").doesNotContain("Exception");
		if (status >= 400) {
			assertThat(dataVersion.current()).as("data after a refused %s as %s with %s", route, who, hostile)
				.isEqualTo(before);
		}
	}

	private static AbstractMockHttpServletRequestBuilder<?> request(String method, String path, Set<String> fields,
			Hostile hostile) {
		boolean post = method.equals("POST");
		return switch (hostile) {
			case MALFORMED_ENCODING -> MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).with(r -> {
				r.setQueryString("q=%zz&page=%ED%A0%80");
				return r;
			});
			// as a hand-written address may come: "=" inside values, a parameter without
			// one
			case UNENCODED_SIGNS -> MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).with(r -> {
				r.setQueryString("q=a=b&lang=fr=x&region==&flag&page=2=");
				return r;
			});
			case MULTIPART_WITHOUT_BOUNDARY -> MockMvcRequestBuilders.post(path)
				.contentType("multipart/form-data")
				.content("--x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n--x--");
			case JSON_BODY -> MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"a\\u0000b\", \"version\": \"x\"}");
			case XML_BODY -> MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_XML)
				.content("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
			default -> withValues(post, path, fields, hostile.value);
		};
	}

	private static AbstractMockHttpServletRequestBuilder<?> withValues(boolean post, String path, Set<String> fields,
			String value) {
		boolean upload = fields.contains("file");
		AbstractMockHttpServletRequestBuilder<?> request;
		if (upload) {
			request = MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("file", value.length() > 300 ? "x.csv" : value + ".csv", "text/csv",
						("indicator_id,period,value,comment\n1," + value + "," + value + "," + value)
							.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request = post ? MockMvcRequestBuilders.post(path) : MockMvcRequestBuilders.get(path);
		}
		for (String field : fields) {
			if (field.equals("file")) {
				continue;
			}
			if (post) {
				request.param(field, value);
			}
			else {
				request.queryParam(field, value);
			}
		}
		return request;
	}

	/**
	 * The names a route reads: its request parameters, its uploads and the properties of
	 * its form (a map property as {@code name[1]}, so that one key is bound).
	 */
	static Map<String, Set<String>> fieldsByRoute(RequestMappingHandlerMapping mappings) {
		Map<String, Set<String>> routes = new LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<String> fields = fieldsOf(handler);
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.put("GET " + pattern, fields);
				}
				methods.forEach(m -> routes.put(m.name() + " " + pattern, fields));
			}
		});
		return routes;
	}

	private static Set<String> fieldsOf(HandlerMethod handler) {
		Set<String> fields = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			if (param != null) {
				if (Map.class.isAssignableFrom(type)) {
					fields.addAll(List.of("version", "AREAS", "value[1]"));
				}
				else if (MultipartFile.class.isAssignableFrom(type)) {
					fields.add("file");
				}
				else {
					String name = !param.name().isEmpty() ? param.name()
							: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
					fields.add(name);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() == null) {
						continue;
					}
					Class<?> propertyType = property.getPropertyType();
					if (MultipartFile.class.isAssignableFrom(propertyType)) {
						fields.add("file");
					}
					else if (Map.class.isAssignableFrom(propertyType)) {
						fields.add(property.getName() + "[1]");
					}
					else if (Collection.class.isAssignableFrom(propertyType) || propertyType.isArray()) {
						fields.add(property.getName());
						fields.add(property.getName() + "[0]");
					}
					else {
						fields.add(property.getName());
					}
				}
			}
		}
		return fields;
	}

	/** A class of the application bound from the request (a form, the API's filters). */
	private static boolean isForm(Class<?> type) {
		return type.getPackageName().startsWith("org.wopplatform.web") && !type.isEnum() && type != Viewer.class;
	}

}
