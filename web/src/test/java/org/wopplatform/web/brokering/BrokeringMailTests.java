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
		jdbc.sql("delete from notification").update();
		jdbc.sql("delete from audit_event where entity_type in ('SupportRequest', 'Match')").update();
		jdbc.sql("delete from support_request where title = 'Reducir el ANC en Mwanza'").update();
		jdbc.sql("update user_account set locale = 'en' where id = 4").update();
	}

	@Test
	void aProposedMentorIsMailedToTheMenteeInItsLanguageOnceTheStepIsCommitted() throws Exception {
		jdbc.sql("update user_account set locale = 'es' where id = 4").update();
		RequestForm form = new RequestForm();
		form.setTitle("Reducir el ANC en Mwanza");
		form.setUrgency(Urgency.HIGH);
		form.setPlatformCode("WOP_AFRICA");
		form.getNeeds().get(0).setArea("NRW");
		form.getNeeds().get(0).setText("Pérdidas comerciales");
		form.setLanguages(List.of("en", "sw"));
		long request = requests.create(form.details(), new Viewer(BrokeringTests.MWAUWASA_STAFF));

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
