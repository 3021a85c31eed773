package org.wopplatform.web.common;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests that read the e-mails the platform sends extend this: GreenMail, a real SMTP
 * server on a local port, set up as the application's mail server, with the public
 * address links in mails point at.
 */
public abstract class WithMailServer {

	@RegisterExtension
	protected static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
		properties.add("wop.base-url", () -> "https://wop.example.org");
	}

}
