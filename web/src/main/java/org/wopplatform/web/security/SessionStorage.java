package org.wopplatform.web.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Sessions are kept in the database (Spring Session JDBC), their attributes
 * Java-serialized: the signed-in person, the CSRF token, the page asked for before
 * signing in, and the flash attributes of a redirect after a refused form (the form and
 * its errors). A value that cannot be written or read back (a class that is not
 * serializable, or that changed between two versions of the application while a session
 * was open) never fails the request: it is logged and stored, or read, as nothing, so at
 * worst a message or what was typed is lost, or the person signs in again.
 * SessionSerializationTests fails when a form class cannot be serialized.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	/**
	 * The session cookie as the server's own sessions had it (and whether the application
	 * runs in its own server or not): {@code JSESSIONID}, HttpOnly, SameSite=Lax, Secure
	 * over HTTPS, for the whole site, until the browser closes.
	 */
	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setSameSite("Lax");
		cookie.setUseHttpOnlyCookie(true);
		return cookie;
	}

	@Bean
	HttpSessionIdResolver sessionIdOnce(CookieSerializer cookie) {
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(cookie);
		return new SessionIdOnce(cookies);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> forgivingSessionAttributes() {
		return repository -> {
			GenericConversionService conversions = new GenericConversionService();
			conversions.addConverter(new Forgiving(getClass().getClassLoader()));
			repository.setConversionService(conversions);
			repository.setUpdateSessionQuery(UPDATE_SESSION_SPARINGLY);
		};
	}

	/**
	 * The sessions every part of the application uses: Spring Session's, saved only when
	 * something of them changed (SparingSessions). Put in place of Spring Session's own
	 * repository once it is made, as Spring Boot makes that one only while no other
	 * exists.
	 */
	@Bean
	static BeanPostProcessor sparingSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? SparingSessions.of(sessions) : bean;
			}
		};
	}

	/**
	 * How Spring Session runs its statements (the bean name its configuration asks for;
	 * not a default candidate, so the application's own transaction template stays Spring
	 * Boot's). Reading a session, or an account's sessions, is one SELECT: it runs
	 * without a transaction of its own, one round trip instead of two (BEGIN with it,
	 * then COMMIT) and no JPA EntityManager on every signed-in page. The clean-up is one
	 * DELETE, atomic by itself. Writing a session (a sign-in writes its row and
	 * attributes) and deleting one run as Spring Session runs them by default: in a new
	 * transaction of the application's manager, all or nothing, apart from any
	 * transaction open around them (a read-only one could not write; a JDBC manager of
	 * its own would commit that one's connection). Spring Session 4.1 calls
	 * {@code execute} for the first kind and {@code executeWithoutResult} for the second
	 * (SessionReadsTests).
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate writing = new TransactionTemplate(transactions);
		writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// a session's writes change nothing the caches are kept against
		writing.setName(org.wopplatform.persistence.version.DataChanges.UNTRACKED);
		return new ReadsApart(writing);
	}

	/** Reads without a transaction, writes in one. */
	static final class ReadsApart implements TransactionOperations {

		private final TransactionOperations writing;

		ReadsApart(TransactionOperations writing) {
			this.writing = writing;
		}

		@Override
		public <T> @Nullable T execute(TransactionCallback<T> action) {
			return TransactionOperations.withoutTransaction().execute(action);
		}

		@Override
		public void executeWithoutResult(Consumer<TransactionStatus> action) {
			writing.executeWithoutResult(action);
		}

	}

	/**
	 * How often a session's last access is written while nothing else of it changes: each
	 * request moves it, and writing it each time made every page read a write (a commit
	 * waiting for the disk) that 16 readers at once queued on.
	 */
	static final long LAST_ACCESS_STEP_MILLIS = 60_000;

	/**
	 * Spring Session's update of a session's row, with its six values in the same order,
	 * that leaves the row as it is when only the last access moved, by less than
	 * {@link #LAST_ACCESS_STEP_MILLIS}: a session then ends after 30 minutes without a
	 * request, give or take that minute. Attributes (the signed-in person, the CSRF
	 * token, a refused form) are written by their own statements, as before. The row's id
	 * is compared as the column's type, {@code char(36)}, so that the primary key finds
	 * it (compared as text, every write read the whole table).
	 */
	static final String UPDATE_SESSION_SPARINGLY = """
			UPDATE %TABLE_NAME% SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS text) AS session_id, CAST(? AS bigint) AS last_access_time,
			    CAST(? AS integer) AS max_inactive_interval, CAST(? AS bigint) AS expiry_time,
			    CAST(? AS text) AS principal_name, CAST(? AS char(36)) AS primary_id) v
			WHERE %TABLE_NAME%.PRIMARY_ID = v.primary_id
			  AND (%TABLE_NAME%.LAST_ACCESS_TIME <= v.last_access_time - """ + LAST_ACCESS_STEP_MILLIS + """

			    OR %TABLE_NAME%.SESSION_ID <> v.session_id
			    OR %TABLE_NAME%.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			    OR %TABLE_NAME%.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name)
			""";

	/**
	 * The session id from the cookie, given once to each request wrapper of Spring
	 * Session's filter. The filter saves the session when the response is committed (any
	 * page longer than the response buffer) and again when the request ends; the first
	 * save forgets the session the request read, so the second asked for it again by the
	 * id from the cookie: a second read of the session and its attributes from the
	 * database on every signed-in page (spring-projects/spring-session#1731). Asked again
	 * by the same wrapper, this answers no id: the second save still writes the session
	 * the request holds, if anything of it changed. An error page's dispatch has a
	 * wrapper of its own and reads the session. The cookie is not written again with the
	 * id the browser sent.
	 */
	static final class SessionIdOnce implements HttpSessionIdResolver {

		private static final String RESOLVED = SessionIdOnce.class.getName() + ".RESOLVED";

		private static final String WRITTEN = SessionIdOnce.class.getName() + ".WRITTEN";

		private static final Logger log = LoggerFactory.getLogger(SessionStorage.class);

		private final HttpSessionIdResolver cookies;

		SessionIdOnce(HttpSessionIdResolver cookies) {
			this.cookies = cookies;
		}

		/** The ids a request wrapper was given. */
		private record Resolved(HttpServletRequest by, List<String> ids) {
		}

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			if (request.getAttribute(RESOLVED) instanceof Resolved resolved && resolved.by() == request) {
				return List.of();
			}
			List<String> ids = cookies.resolveSessionIds(request);
			request.setAttribute(RESOLVED, new Resolved(request, ids));
			return ids;
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			if (request.getAttribute(RESOLVED) instanceof Resolved resolved && !resolved.ids().isEmpty()
					&& resolved.ids().get(0).equals(sessionId)) {
				return;
			}
			// The filter's second save (when the request ends) asks again for the id its
			// first save (when the response was committed) wrote: the cookie is sent.
			if (sessionId.equals(request.getAttribute(WRITTEN))) {
				return;
			}
			if (response.isCommitted()) {
				// Spring Session refuses to create a session once the response is
				// committed, but only behind its own cookie resolver: said here instead,
				// since the cookie cannot reach the browser. Pages are rendered whole
				// before they are sent, so a template's form cannot do this.
				log.error("Session created after the response to {} was committed: its cookie cannot be sent",
						request.getRequestURI());
			}
			cookies.setSessionId(request, response, sessionId);
			request.setAttribute(WRITTEN, sessionId);
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			cookies.expireSession(request, response);
		}

	}

	/** Java serialization both ways, a failure giving nothing instead of an exception. */
	static final class Forgiving implements GenericConverter {

		private static final Logger log = LoggerFactory.getLogger(SessionStorage.class);

		private static final byte[] NOTHING = serializedNull();

		private final SerializingConverter serializer = new SerializingConverter();

		private final DeserializingConverter deserializer;

		private final ReadBack readBack = new ReadBack();

		Forgiving(ClassLoader classLoader) {
			this.deserializer = new DeserializingConverter(classLoader);
		}

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(Object.class, byte[].class),
					new ConvertiblePair(byte[].class, Object.class));
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null) {
				return null;
			}
			if (targetType.getType() == byte[].class) {
				try {
					return serializer.convert(source);
				}
				catch (RuntimeException ex) {
					log.error("A session attribute of type {} could not be serialized and is left out: {}",
							source.getClass().getName(), ex.getMessage());
					return NOTHING;
				}
			}
			return readBack.of((byte[]) source, this::deserialized);
		}

		private @Nullable Object deserialized(byte[] bytes) {
			try {
				return deserializer.convert(bytes);
			}
			catch (RuntimeException ex) {
				log.warn("A session attribute could not be read back and is left out: {}", ex.getMessage());
				return null;
			}
		}

		private static byte[] serializedNull() {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
				out.writeObject(null);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return bytes.toByteArray();
		}

	}

}
