package org.wopplatform.web.nodes;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wopplatform.WopPlatformApplication;
import org.wopplatform.persistence.database.DemoDataConfiguration;
import org.wopplatform.persistence.testing.TestDatabase;
import org.wopplatform.persistence.version.DataVersion;
import org.wopplatform.persistence.version.DataVersion.Version;
import org.wopplatform.web.progress.Reminders;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer without sticky
 * sessions: each is the whole application (its own context, web server on a random port,
 * connection pool, page cache and scheduler) and they share only the database, on a
 * database of its own on the test server. One HTTP client with a cookie jar plays a
 * browser whose requests go to either node (cookies do not depend on the port).
 */
class TwoNodesIT {

	private static final String DATABASE = "two_nodes_" + UUID.randomUUID().toString().replace("-", "");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static GreenMail smtp;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static JdbcClient database;

	@BeforeAll
	static void startTwoNodes() {
		TestDatabase.Connection server = TestDatabase.get();
		JdbcClient
			.create(new SimpleDriverDataSource(new org.postgresql.Driver(), server.url(), server.username(),
					server.password()))
			.sql("create database " + DATABASE)
			.update();
		String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Map<String, Object> settings = Map.of("server.port", "0", "spring.datasource.url", url,
				"spring.datasource.username", server.username(), "spring.datasource.password", server.password(),
				"spring.flyway.locations", "classpath:db/migration," + DemoDataConfiguration.LOCATION,
				"spring.datasource.hikari.maximum-pool-size", "5", "wop.reminders.enabled", "false", "spring.mail.host",
				"localhost", "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()), "spring.main.banner-mode",
				"off");
		// One after the other, as nodes of a deployment start: the first migrates the
		// database, the second finds it done.
		a = node(settings);
		b = node(settings);
		database = a.getBean(JdbcClient.class);
	}

	private static ConfigurableApplicationContext node(Map<String, Object> settings) {
		// As arguments of the command line: they win over application.properties (as the
		// environment variables of a deployment do).
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(WopPlatformApplication.class).profiles(DemoDataConfiguration.PROFILE)
			.run(arguments);
	}

	@AfterAll
	static void stopTwoNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void aSessionSignedInThroughOneNodeIsSignedInOnTheOtherAndDisablingTheAccountEndsItOnBoth() throws Exception {
		Browser coordinator = new Browser();
		coordinator.signIn(a, "coordinator.asia@example.org", "demo-coordinator");
		assertThat(coordinator.get(b, "/work").statusCode()).isEqualTo(200);
		assertThat(coordinator.get(a, "/work").statusCode()).isEqualTo(200);

		Browser secretariat = new Browser();
		secretariat.signIn(a, "secretariat@example.org", "demo-secretariat");
		HttpResponse<String> disabled = secretariat.post(a, "/admin/users/3/disable",
				Map.of("_csrf", secretariat.csrf(a, "/admin/users")));
		assertThat(disabled.headers().firstValue("Location")).hasValue("/admin/users");

		HttpResponse<String> onB = coordinator.get(b, "/work");
		assertThat(onB.statusCode()).isEqualTo(302);
		assertThat(onB.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("/login"));
		assertThat(coordinator.get(a, "/work").statusCode()).isEqualTo(302);
	}

	@Test
	void aChangeMadeThroughOneNodeShowsAtOnceOnItsPublicPagesAndWithinMillisecondsOnTheOthers() throws Exception {
		Browser anonymous = new Browser();
		String title = database.sql("select title from partnership where id = 2").query(String.class).single();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = anonymous.get(b, "/partnerships/2");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(escaped(title));
			assertThat(page.headers().allValues("Set-Cookie")).as("a public page starts no session").isEmpty();
		}

		new TransactionTemplate(a.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult(t -> database.sql("update partnership set title = ? where id = 2")
				.param("Renamed on node A")
				.update());

		assertThat(anonymous.get(a, "/partnerships/2").body()).contains("Renamed on node A");
		// B hears of it from the database's notification
		long start = System.nanoTime();
		await().atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(1))
			.untilAsserted(() -> assertThat(anonymous.get(b, "/partnerships/2").body()).contains("Renamed on node A")
				.doesNotContain(escaped(title)));
		System.out.printf("Node B showed node A's change %d ms after its commit%n",
				(System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void aReferenceListChangedThroughOneNodeIsReadAgainByTheOther() throws Exception {
		Browser anonymous = new Browser();
		String name = database.sql("select name_en from working_area where code = 'ENERGY_EFFICIENCY'")
			.query(String.class)
			.single();
		assertThat(anonymous.get(b, "/partnerships").body()).contains(escaped(name));
		TransactionTemplate onA = new TransactionTemplate(
				a.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		try {
			onA.executeWithoutResult(t -> database
				.sql("update working_area set name_en = 'Energy, renamed on node A' where code = 'ENERGY_EFFICIENCY'")
				.update());
			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(anonymous.get(b, "/partnerships").body())
					.contains("Energy, renamed on node A"));
		}
		finally {
			onA.executeWithoutResult(
					t -> database.sql("update working_area set name_en = ? where code = 'ENERGY_EFFICIENCY'")
						.param(name)
						.update());
		}
	}

	@Test
	void theReminderJobTriggeredOnBothNodesAtOnceRemindsAndMailsEachReminderOnce() throws Exception {
		database
			.sql("update partnership set planned_start = '2019-01-01', planned_start_precision = 'YEAR' where id = 2")
			.update();
		List<Reminders.Run> runs = atOnce(() -> a.getBean(Reminders.class).run(),
				() -> b.getBean(Reminders.class).run());

		long rows = database.sql("select count(*) from reminder").query(Long.class).single();
		assertThat(rows).isPositive();
		assertThat(runs.stream().mapToInt(Reminders.Run::reminded).sum()).isEqualTo((int) rows);
		assertThat(runs.stream().mapToInt(Reminders.Run::mailed).sum()).isEqualTo((int) rows);
		assertThat(database.sql("select count(*) from reminder where mailed_at is null").query(Long.class).single())
			.isZero();
		smtp.waitForIncomingEmail(10_000, (int) rows);
		List<String> mails = new ArrayList<>();
		for (var message : smtp.getReceivedMessages()) {
			mails.add(message.getAllRecipients()[0] + " " + message.getSubject());
		}
		assertThat(mails).hasSize((int) rows);

		// And again on both: nothing new, nothing mailed twice.
		List<Reminders.Run> again = atOnce(() -> a.getBean(Reminders.class).run(),
				() -> b.getBean(Reminders.class).run());
		assertThat(again).allSatisfy(run -> assertThat(run.mailed()).isZero());
		assertThat(smtp.getReceivedMessages()).hasSize((int) rows);
	}

	@Test
	void bothNodesFoldingTheDataVersionAtOnceLoseNothing() throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(
				b.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		JdbcClient onB = b.getBean(JdbcClient.class);
		Version before = a.getBean(DataVersion.class).read();
		int changes = 60;
		atOnce(() -> {
			for (int i = 0; i < changes; i++) {
				transaction.executeWithoutResult(
						t -> onB.sql("update working_area set name_en = name_en where code = 'NRW'").update());
			}
			return null;
		}, () -> {
			for (int i = 0; i < 40; i++) {
				a.getBean(DataVersion.class).fold();
			}
			return null;
		}, () -> {
			for (int i = 0; i < 40; i++) {
				b.getBean(DataVersion.class).fold();
			}
			return null;
		});
		Version after = b.getBean(DataVersion.class).read();
		assertThat(after.transactions()).isEqualTo(before.transactions() + changes);
		assertThat(after.writes()).isEqualTo(before.writes() + changes);
		assertThat(a.getBean(DataVersion.class).read()).isEqualTo(after);
	}

	@Test
	void failedSignInsAreCountedAcrossNodes() throws Exception {
		Browser someone = new Browser();
		for (ConfigurableApplicationContext node : List.of(a, a, a, b, b)) {
			assertThat(someone.signInAs(node, "staff.vei@example.org", "wrong password")).isEqualTo("/login?error");
		}
		assertThat(database.sql("select failed_logins from user_account where email = 'staff.vei@example.org'")
			.query(Integer.class)
			.single()).isEqualTo(5);
		// Locked: the right password is refused on either node.
		assertThat(someone.signInAs(a, "staff.vei@example.org", "demo-utility")).isEqualTo("/login?error");
		assertThat(someone.signInAs(b, "staff.vei@example.org", "demo-utility")).isEqualTo("/login?error");
	}

	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
		try {
			CyclicBarrier start = new CyclicBarrier(tasks.length);
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> task : tasks) {
				running.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
	}

	private static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	/** A browser: one cookie jar, whichever node a request goes to. */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(node, path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> form)
				throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(uri(node, path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf(ConfigurableApplicationContext node, String page) throws Exception {
			HttpResponse<String> response = get(node, page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			Matcher token = CSRF.matcher(response.body());
			assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
			return token.group(1);
		}

		/** Where the sign-in leads. */
		String signInAs(ConfigurableApplicationContext node, String email, String password) throws Exception {
			HttpResponse<String> response = post(node, "/login",
					Map.of("email", email, "password", password, "_csrf", csrf(node, "/login")));
			assertThat(response.statusCode()).isEqualTo(302);
			String to = response.headers().firstValue("Location").orElseThrow();
			return to.startsWith("/login?error") ? "/login?error" : to;
		}

		void signIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
			assertThat(signInAs(node, email, password)).doesNotStartWith("/login");
		}

		private static URI uri(ConfigurableApplicationContext node, String path) {
			return URI.create("http://localhost:" + port(node) + path);
		}

	}

}
