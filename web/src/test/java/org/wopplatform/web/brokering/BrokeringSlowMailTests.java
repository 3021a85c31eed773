package org.wopplatform.web.brokering;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that takes the connection and never answers (down, or overloaded) does
 * not hold up the coordinators who take brokering steps: each step is saved and answered
 * at once, its notices shown in "My work", while its e-mails wait for the server on
 * threads of their own (up to the 10 s read timeout each), queued behind each other,
 * instead of holding the page and one of the pool's connections.
 */
@SpringBootTest
class BrokeringSlowMailTests {

	private static final ServerSocket SILENT;

	private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

	static {
		try {
			SILENT = new ServerSocket(0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Thread accepting = new Thread(() -> {
			while (!SILENT.isClosed()) {
				try {
					HELD.add(SILENT.accept()); // never a greeting
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-smtp");
		accepting.setDaemon(true);
		accepting.start();
	}

	@DynamicPropertySource
	static void silentMailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", SILENT::getLocalPort);
	}

	@AfterAll
	static void close() throws IOException {
		SILENT.close();
		for (Socket socket : HELD) {
			socket.close();
		}
	}

	@Autowired
	private SupportRequests requests;

	@Autowired
	private MatchPath path;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		BrokeringMailTests.forget(jdbc, "Silent mail server");
	}

	@Test
	void stepsAreAnsweredAtOnceWhileTheirMailsWaitForTheServer() {
		// more steps than the e-mails have threads (two): the others' e-mails queue
		for (int step = 1; step <= 4; step++) {
			long request = BrokeringMailTests.request(requests, "Silent mail server", "Commercial losses",
					List.of("en"));
			long started = System.nanoTime();
			path.propose(request, BrokeringTests.NWSC, new Viewer(BrokeringTests.AFRICA));
			long tookMillis = (System.nanoTime() - started) / 1_000_000;

			assertThat(tookMillis).as("step " + step + ", in ms").isLessThan(3_000);
		}
		assertThat(jdbc.sql("select count(*) from notification where mailed_at is null").query(Long.class).single())
			.as("notices saved, not yet mailed")
			.isEqualTo(8);
	}

}
