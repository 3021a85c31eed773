package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.persistence.brokering.NotificationStore;
import org.wopplatform.persistence.brokering.NotificationStore.Recipient;
import org.wopplatform.persistence.database.AfterCommit;
import org.wopplatform.web.common.Mail;

import org.springframework.stereotype.Component;

/**
 * Tells the parties of a match about each step: the mentee's and mentor's staff and the
 * coordinators of the request's platform. Always in the application ("My work"), and by
 * e-mail in each person's language when a mail server is configured.
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final NotificationStore store;

	private final Mail mail;

	private final Clock clock;

	/**
	 * Sends the steps' e-mails, two steps' at a time at most, the others queued: a step
	 * never waits for the mail server, however many are taken while it is slow. A node
	 * stopped before they leave leaves them unsent (the notices in "My work" stay, and
	 * {@code mailed_at} says which e-mails left).
	 */
	private final java.util.concurrent.ExecutorService mailing = java.util.concurrent.Executors.newFixedThreadPool(2,
			runnable -> {
				Thread thread = new Thread(runnable, "brokering-mail");
				thread.setDaemon(true);
				return thread;
			});

	@jakarta.annotation.PreDestroy
	void stop() {
		mailing.shutdownNow();
	}

	Notifier(NotificationStore store, Mail mail, Clock clock) {
		this.store = store;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * @param step the step's name (PROPOSED, INTRODUCED...), which picks the message
	 * @param arguments the mentee's name, the mentor's name and the request's title
	 */
	void tellParties(long requestId, long mentorId, String step, List<String> arguments, String link) {
		Instant now = clock.instant();
		String key = "brokering.notice." + step;
		Map<Long, Recipient> written = new LinkedHashMap<>();
		for (Recipient recipient : store.partiesOf(requestId, mentorId)) {
			written.put(store.add(recipient.userId(), key, arguments, link, now), recipient);
		}
		// E-mails leave only once the step is committed, so nobody hears of a step that
		// was rolled back, and on a thread of their own: a slow or unreachable mail
		// server (up to 25 s a recipient: 5 s to connect, 10 s to answer, 10 s to take
		// the message) holds no lock, and neither this page nor a pooled connection
		// (the step's is still held after its commit).
		Runnable send = () -> mailing.execute(() -> written.forEach((id, recipient) -> {
			Object[] args = { arguments.get(0), arguments.get(1), arguments.get(2), mail.link(link),
					recipient.displayName() };
			if (mail.send(recipient.email(), Locale.forLanguageTag(recipient.locale()), "brokering.mail." + step,
					args)) {
				store.mailed(id, clock.instant());
			}
		}));
		AfterCommit.run(send);
		log.info("Brokering step {} of request {} with mentor {}: parties notified", step, requestId, mentorId);
	}

}
