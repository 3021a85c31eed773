package org.wopplatform.web.progress;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.common.WithMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, reminders are also e-mailed, in each person's language,
 * once. GreenMail is a real SMTP server listening on a local port.
 */
@SpringBootTest
class ReminderMailTests extends WithMailServer {

	@Autowired
	private Reminders reminders;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void cleanUp() {
		ProgressFixture.clean(jdbc);
		jdbc.sql("update user_account set locale = 'en' where id = 4").update();
	}

	@Test
	void remindersAreMailedInThePersonsLanguageOnce() throws Exception {
		jdbc.sql("update user_account set locale = 'fr' where id = 4").update();
		ProgressFixture.started(jdbc);

		Reminders.Run run = reminders.run();
		Reminders.Run again = reminders.run();

		assertThat(run.mailed()).isEqualTo(run.reminded()).isPositive();
		assertThat(again.mailed()).isZero();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.org");
		assertThat(received).hasSize(run.mailed());
		MimeMessage toUtility = null;
		for (MimeMessage message : received) {
			if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains("staff.mwauwasa@example.org")
					&& message.getSubject().contains("VEI – MWAUWASA, Mwanza")) {
				toUtility = message;
			}
		}
		assertThat(toUtility).isNotNull();
		assertThat(toUtility.getSubject()).startsWith("Rapport d’avancement").contains("en retard");
		assertThat(GreenMailUtil.getBody(toUtility)).contains("https://wop.example.org/partnerships/2/reports");
		assertThat(jdbc.sql("select count(*) from reminder where mailed_at is null").query(Long.class).single())
			.isZero();
	}

}
