package org.wopplatform.web.common;

import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from the running server: in the layout, in the
 * reader's language, with the right status, and never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "wop.web.max-request-size=4KB")
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private HttpResponse<String> send(HttpRequest.Builder request, String language) throws Exception {
		return http.send(request.header("Accept-Language", language).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private static void noStackTrace(HttpResponse<String> response) {
		assertThat(response.body()).contains("class=\"site-header\"")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("Whitelabel");
	}

	@Test
	void notFoundInFrench() throws Exception {
		HttpResponse<String> response = send(get("/partnerships/999999"), "fr");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"fr\"").contains("Il n’y a pas de page à cette adresse");
		noStackTrace(response);
	}

	@Test
	void aMalformedAddressIsABadRequestInSpanish() throws Exception {
		HttpResponse<String> response = send(get("/partnerships/not-a-number"), "es");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("No se pudo entender la solicitud");
		noStackTrace(response);
	}

	@Test
	void aFormWithoutItsTokenIsForbidden() throws Exception {
		HttpResponse<String> response = send(get("/partnerships").POST(HttpRequest.BodyPublishers.ofString("title=x"))
			.header("Content-Type", "application/x-www-form-urlencoded"), "en");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You may not do this.");
		noStackTrace(response);
	}

	@Test
	void aMethodAnAddressDoesNotTakeIsRefused() throws Exception {
		String signIn = "email=secretariat%40example.org&password=demo-secretariat&_csrf=" + csrfToken();
		send(get("/login").POST(HttpRequest.BodyPublishers.ofString(signIn))
			.header("Content-Type", "application/x-www-form-urlencoded"), "en");
		String token = csrfToken();

		HttpResponse<String> response = send(get("/map").POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
			.header("Content-Type", "application/x-www-form-urlencoded"), "en");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("This action is not possible at this address.");
		noStackTrace(response);
	}

	@Test
	void aBodyThatIsTooLargeIsRefused() throws Exception {
		HttpResponse<String> response = send(
				get("/login").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024]))
					.header("Content-Type", "application/x-www-form-urlencoded"),
				"en");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("What you sent is too large.");
	}

	/**
	 * What an attacker's client sends, byte for byte (the JDK's client refuses malformed
	 * addresses and a Host header of one's own): the raw answer, headers and body.
	 */
	private String raw(String requestHead) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void malformedEncodingIsTheApplicationsOwnBadRequestInTheReadersLanguageAndNoStackTrace(CapturedOutput output)
			throws Exception {
		String inPath = raw("GET /partnerships/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\n");
		String inQuery = raw(
				"GET /partnerships?q=%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\nAccept: text/html\r\n");
		String notUtf8 = raw("GET /utilities?q=%ED%A0%80 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
		String nul = raw("GET /partnerships?q=a%00b HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");

		assertThat(inPath).startsWith("HTTP/1.1 400")
			.contains("<html lang=\"fr\">")
			.contains("Cette page ne peut pas être affichée")
			.doesNotContain("Tomcat");
		assertThat(inQuery).startsWith("HTTP/1.1 400").contains("codificación defectuosa");
		assertThat(notUtf8).startsWith("HTTP/1.1 400").contains("broken encoding");
		assertThat(nul).startsWith("HTTP/1.1 400").contains("invisible control characters");
		assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("ERROR");
	}

	@Test
	void aMultipartBodyWithoutABoundaryIsABadRequest() throws Exception {
		HttpResponse<String> response = send(get("/login").POST(HttpRequest.BodyPublishers.ofString("x"))
			.header("Content-Type", "multipart/form-data"), "en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("could not be read");
		noStackTrace(response);
	}

	@Test
	void redirectsNeverComeFromTheHostHeaderAndTheSessionCookieIsLax() throws Exception {
		String answer = raw("GET /work HTTP/1.1\r\nHost: evil.example\r\n");

		assertThat(answer).startsWith("HTTP/1.1 302")
			.containsPattern("(?m)^Location: /login$")
			.doesNotContain("evil.example")
			.containsPattern("(?m)^Set-Cookie: JSESSIONID=.*SameSite=Lax");
	}

	@Test
	void aPreflightToTheOpenDataApiIsAnsweredForAnySite() throws Exception {
		String answer = raw("OPTIONS /api/v1/partnerships HTTP/1.1\r\nHost: localhost\r\n"
				+ "Origin: https://data.example\r\nAccess-Control-Request-Method: GET\r\n");

		assertThat(answer).startsWith("HTTP/1.1 200")
			.containsPattern("(?m)^Access-Control-Allow-Origin: \\*$")
			.doesNotContain("Location:");
	}

	/** A session and its CSRF token, as the sign-in page hands them out. */
	private String csrfToken() throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(get("/login"), "en").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
