package org.wopplatform.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session id from the cookie is given once to each of Spring Session's request
 * wrappers (its second save must not read the session again), again to an error page's
 * wrapper, and the cookie is written only when the browser does not hold the id yet,
 * once.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionIdOnceTests {

	private final SessionStorage.SessionIdOnce resolver = resolver();

	private static SessionStorage.SessionIdOnce resolver() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseBase64Encoding(false);
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(cookie);
		return new SessionStorage.SessionIdOnce(cookies);
	}

	@Test
	void eachRequestWrapperIsGivenTheIdOnce() {
		MockHttpServletRequest sent = new MockHttpServletRequest();
		sent.setCookies(new Cookie("JSESSIONID", "abc"));
		HttpServletRequest page = new HttpServletRequestWrapper(sent);
		assertThat(resolver.resolveSessionIds(page)).containsExactly("abc");
		assertThat(resolver.resolveSessionIds(page)).isEmpty();

		// an error page's dispatch wraps the request anew, and reads the session
		HttpServletRequest errorPage = new HttpServletRequestWrapper(sent);
		assertThat(resolver.resolveSessionIds(errorPage)).containsExactly("abc");
	}

	@Test
	void theCookieIsWrittenOnlyForAnIdTheBrowserDoesNotHold() {
		MockHttpServletRequest sent = new MockHttpServletRequest();
		sent.setCookies(new Cookie("JSESSIONID", "abc"));
		resolver.resolveSessionIds(sent);

		MockHttpServletResponse same = new MockHttpServletResponse();
		resolver.setSessionId(sent, same, "abc");
		assertThat(same.getHeaders("Set-Cookie")).isEmpty();

		// signing in changes the id: the browser must be told
		MockHttpServletResponse changed = new MockHttpServletResponse();
		resolver.setSessionId(sent, changed, "def");
		assertThat(changed.getHeaders("Set-Cookie")).singleElement().asString().startsWith("JSESSIONID=def");
	}

	@Test
	void aFirstSessionGetsItsCookie() {
		MockHttpServletRequest sent = new MockHttpServletRequest();
		assertThat(resolver.resolveSessionIds(sent)).isEmpty();
		MockHttpServletResponse response = new MockHttpServletResponse();
		resolver.setSessionId(sent, response, "new");
		assertThat(response.getHeaders("Set-Cookie")).singleElement().asString().startsWith("JSESSIONID=new");
	}

	@Test
	void theSecondSaveOfASignInNeitherWritesTheCookieAgainNorComplains(CapturedOutput output) {
		// signing in: the new id's cookie goes with the redirect (the first save, before
		// the response is committed), the filter's second save asks for it again after
		MockHttpServletRequest sent = new MockHttpServletRequest();
		sent.setCookies(new Cookie("JSESSIONID", "abc"));
		HttpServletRequest page = new HttpServletRequestWrapper(sent);
		resolver.resolveSessionIds(page);
		MockHttpServletResponse redirect = new MockHttpServletResponse();
		resolver.setSessionId(page, redirect, "def");
		redirect.setCommitted(true);
		resolver.setSessionId(page, redirect, "def");
		assertThat(redirect.getHeaders("Set-Cookie")).singleElement().asString().startsWith("JSESSIONID=def");
		assertThat(output).doesNotContain("committed");

		// a session that really comes too late is reported
		resolver.setSessionId(page, redirect, "ghi");
		assertThat(output).contains("Session created after the response to");
	}

}
