package org.wopplatform.web.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.progress.BulkEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions are kept in the database, so everything put in one is Java-serialized: the
 * signed-in person, and the flash attributes of a redirect after a refused form, which
 * carry the form (with what was typed) and its errors. Every form class of the web layer
 * and every type its fields hold must be serializable; a refused form goes through the
 * database and comes back with its errors and values; a public page starts no session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionSerializationTests {

	/** Other types the controllers flash besides forms, strings and numbers. */
	private static final List<Class<?>> ALSO_FLASHED = List.of(BulkEntry.Imported.class, SignedInUser.class);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from spring_session").update();
	}

	@Test
	void everyFormAndWhatItHoldsCanBeKeptInASession() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*[A-Za-z]Form")));
		List<Class<?>> types = new ArrayList<>(ALSO_FLASHED);
		for (BeanDefinition found : scanner.findCandidateComponents("org.wopplatform.web")) {
			types.add(ClassUtils.forName(found.getBeanClassName(), getClass().getClassLoader()));
		}
		assertThat(types).hasSizeGreaterThan(20);
		List<String> problems = new ArrayList<>();
		Set<Type> seen = new HashSet<>();
		for (Class<?> type : types) {
			check(type, type.getSimpleName(), problems, seen);
			if (!Modifier.isAbstract(type.getModifiers()) && !type.isRecord()) {
				try {
					var constructor = type.getDeclaredConstructor();
					constructor.setAccessible(true);
					Object fresh = constructor.newInstance();
					assertThat(roundTrip(fresh)).isInstanceOf(type);
				}
				catch (NoSuchMethodException ex) {
					// bound by its constructor: the field check above covers it
				}
				catch (java.io.IOException ex) {
					problems.add(type.getSimpleName() + " as made: " + ex);
				}
			}
		}
		assertThat(problems).as("fields that cannot be kept in a session (make them Serializable, or transient)")
			.isEmpty();
	}

	private static Object roundTrip(Object value) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return in.readObject();
		}
	}

	/** Whether values of the type, and whatever its fields hold, can be serialized. */
	private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
		if (!seen.add(type)) {
			return;
		}
		if (type instanceof ParameterizedType parameterized) {
			check(parameterized.getRawType(), where, problems, seen);
			for (Type argument : parameterized.getActualTypeArguments()) {
				check(argument, where + "<>", problems, seen);
			}
			return;
		}
		if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				check(bound, where, problems, seen);
			}
			return;
		}
		if (type instanceof TypeVariable<?> || !(type instanceof Class<?> raw)) {
			return;
		}
		if (raw.isPrimitive() || raw == Object.class) {
			return;
		}
		if (raw.isArray()) {
			check(raw.getComponentType(), where + "[]", problems, seen);
			return;
		}
		if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
			return; // the implementations the binder makes (ArrayList, LinkedHashMap) are
		}
		if (!Serializable.class.isAssignableFrom(raw)) {
			problems.add(where + ": " + raw.getName());
			return;
		}
		if (raw.getName().startsWith("java.") || raw.isEnum()) {
			return;
		}
		for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
					check(field.getGenericType(), raw.getSimpleName() + "." + field.getName(), problems, seen);
				}
			}
		}
	}

	@Test
	void aRefusedFormComesBackThroughTheDatabaseWithWhatWasTypedAndItsErrors() throws Exception {
		SignedInUser coordinator = new SignedInUser(2, "coordinator.africa@example.org", "Coordinator", null,
				org.wopplatform.domain.account.Role.COORDINATOR, "WOP_AFRICA", null, true, false);
		MvcResult refused = mvc
			.perform(post("/partnerships/2/indicators").with(user(coordinator))
				.with(csrf())
				.param("name", "Customer satisfaction typed")
				.param("baselineValue", "lots")
				.param("baselineDate", "2024-05")
				.param("frequency", "YEARLY"))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/partnerships/2/edit/framework");
		Cookie session = refused.getResponse().getCookie("JSESSIONID");
		assertThat(session).as("the session cookie").isNotNull();
		assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name like '%FLASH%'")
			.query(Long.class)
			.single()).as("the flash attributes, in the database").isEqualTo(1);

		String page = mvc.perform(get("/partnerships/2/edit/framework").with(user(coordinator)).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Customer satisfaction typed").contains("value=\"lots\"");
		assertThat(page).containsPattern("class=\"[^\"]*error");
	}

	@Test
	void aValueThatCannotBeWrittenOrReadBackIsLeftOutNotAServerError() {
		SessionStorage.Forgiving converter = new SessionStorage.Forgiving(getClass().getClassLoader());
		TypeDescriptor object = TypeDescriptor.valueOf(Object.class);
		TypeDescriptor bytes = TypeDescriptor.valueOf(byte[].class);

		byte[] written = (byte[]) converter.convert(new Object(), object, bytes);
		assertThat(written).isNotEmpty();
		assertThat(converter.convert(written, bytes, object)).isNull();
		assertThat(converter.convert(new byte[] { 1, 2, 3 }, bytes, object)).isNull();
		byte[] kept = (byte[]) converter.convert("kept", object, bytes);
		assertThat(converter.convert(kept, bytes, object)).isEqualTo("kept");
	}

	@Test
	void aPublicPageStartsNoSession() throws Exception {
		long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		for (String page : List.of("/", "/partnerships", "/partnerships/2", "/reports", "/map")) {
			MvcResult result = mvc.perform(get(page)).andReturn();
			assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(page).isEmpty();
		}
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
	}

}
