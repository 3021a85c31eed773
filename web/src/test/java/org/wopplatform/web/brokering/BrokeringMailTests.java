package org.wopplatform.web.brokering;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.WithMailServer;
import org.wopplatform.domain.brokering.Urgency;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With a mail server configured, each step of the brokering path is also e-mailed to the
 * parties, in each person's language, with the link to the match. GreenMail is a real
 * SMTP server on a local port.
 */
@SpringBootTest
class BrokeringMailTests extends WithMailServer {

	@Autowired
	private SupportRequests requests;

	@Autowired
	private MatchPath path;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		forget(jdbc, "Reducir el ANC en Mwanza");
		jdbc.sql("update user_account set locale = 'en' where id = 4").update();
	}

	/** The request of that title, its steps' notices and their audit. */
	static void forget(JdbcClient jdbc, String title) {
		jdbc.sql("delete from notification").update();
		jdbc.sql("delete from audit_event where entity_type in ('SupportRequest', 'Match')").update();
		jdbc.sql("delete from support_request where title = ?").param(title).update();
	}

	/** MWAUWASA's request for support on NRW in WOP-Africa. */
	static long request(SupportRequests requests, String title, String need, List<String> languages) {
		RequestForm form = new RequestForm();
		form.setTitle(title);
		form.setUrgency(Urgency.HIGH);
		form.setPlatformCode("WOP_AFRICA");
		form.getNeeds().get(0).setArea("NRW");
		form.getNeeds().get(0).setText(need);
		form.setLanguages(languages);
		return requests.create(form.details(), new Viewer(BrokeringTests.MWAUWASA_STAFF));
	}

	@Test
	void aProposedMentorIsMailedToTheMenteeInItsLanguageOnceTheStepIsCommitted() throws Exception {
		jdbc.sql("update user_account set locale = 'es' where id = 4").update();
		long request = request(requests, "Reducir el ANC en Mwanza", "Pérdidas comerciales", List.of("en", "sw"));

		long match = path.propose(request, BrokeringTests.NWSC, new Viewer(BrokeringTests.AFRICA));

		// sent on a thread of their own, once the step is committed
		assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(m -> GreenMailUtil.getAddressList(m.getAllRecipients()))
			.containsExactlyInAnyOrder("staff.mwauwasa@example.org", "coordinator.africa@example.org");
		MimeMessage toMentee = received[0].getAllRecipients()[0].toString().startsWith("staff") ? received[0]
				: received[1];
		assertThat(toMentee.getSubject()).startsWith("Mentor propuesto")
			.contains("National Water and Sewerage Corporation");
		assertThat(GreenMailUtil.getBody(toMentee)).contains("https://wop.example.org/brokering/matches/" + match);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(jdbc.sql("select count(*) from notification where mailed_at is not null")
				.query(Long.class)
				.single()).isEqualTo(2));
	}

}
