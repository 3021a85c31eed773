package org.wopplatform.web.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.domain.progress.Cadence;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.persistence.progress.ReminderStore;
import org.wopplatform.persistence.progress.ReminderStore.Recipient;
import org.wopplatform.persistence.progress.ReminderStore.Shown;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.Owing;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reminders of progress reports: every day ({@code wop.reminders.cron}, 06:00 UTC by
 * default) the reports due for the period just ended and the overdue ones are found, and
 * each utility staff member and coordinator concerned is reminded once per partnership,
 * period and kind. Reminders always appear in the person's work list and in the log; they
 * are also e-mailed when a mail server is configured ({@code spring.mail.host}). A mail
 * server that fails loses nothing: the reminder stays in the application.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final WorkListQueries work;

	private final ReportDeadlines deadlines;

	private final ReminderStore store;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Reminders(WorkListQueries work, ReportDeadlines deadlines, ReminderStore store, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, @Value("${wop.mail.from:no-reply@wop-platform.local}") String from,
			@Value("${wop.base-url:http://localhost:8080}") String baseUrl) {
		this.work = work;
		this.deadlines = deadlines;
		this.store = store;
		this.mail = mail;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** What a run did: reminders recorded and e-mails sent. */
	public record Run(int reminded, int mailed) {
	}

	@Scheduled(cron = "${wop.reminders.cron:0 0 6 * * *}", zone = "UTC")
	public Run run() {
		WorkScope everywhere = new WorkScope(null, null);
		List<Owing> due = work.due(everywhere, deadlines.justEnded(Cadence.YEARLY).orElse(null),
				deadlines.justEnded(Cadence.HALF_YEARLY).orElse(null));
		List<Owing> overdue = new ArrayList<>(work.late(everywhere, deadlines.late(Standing.OVERDUE)));
		overdue.addAll(work.late(everywhere, deadlines.late(Standing.INACTIVE)));
		Run dueRun = remind(due, "DUE");
		Run overdueRun = remind(overdue, "OVERDUE");
		Run run = new Run(dueRun.reminded() + overdueRun.reminded(), dueRun.mailed() + overdueRun.mailed());
		log.info("Report reminders: {} due and {} overdue partnerships, {} new reminders, {} e-mailed{}", due.size(),
				overdue.size(), run.reminded(), run.mailed(),
				mail.getIfAvailable() == null ? " (no mail server configured: shown in the application only)" : "");
		return run;
	}

	private Run remind(List<Owing> owing, String kind) {
		Map<Long, Owing> byId = owing.stream().collect(Collectors.toMap(Owing::id, Function.identity(), (a, b) -> a));
		JavaMailSender sender = mail.getIfAvailable();
		int reminded = 0;
		int mailed = 0;
		Instant now = Instant.now();
		for (Recipient recipient : store.recipients(byId.keySet())) {
			Owing partnership = byId.get(recipient.partnershipId());
			Long id = store.remember(recipient.userId(), partnership.id(), partnership.period(), kind, now);
			if (id == null) {
				continue;
			}
			reminded++;
			log.info("Reminder {} to {}: report {} of partnership {} ({})", kind, recipient.email(),
					partnership.period(), partnership.id(), partnership.title());
			if (sender != null && send(sender, recipient, partnership, kind)) {
				store.mailed(id, Instant.now());
				mailed++;
			}
		}
		return new Run(reminded, mailed);
	}

	private boolean send(JavaMailSender sender, Recipient recipient, Owing partnership, String kind) {
		Locale locale = Locale.forLanguageTag(recipient.locale());
		Object[] args = { partnership.title(), partnership.period().toString(),
				baseUrl + "/partnerships/" + partnership.id() + "/reports", recipient.displayName() };
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(recipient.email());
		message.setSubject(messages.getMessage("reminder.mail.subject." + kind, args, locale));
		message.setText(messages.getMessage("reminder.mail.body." + kind, args, locale));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Reminder e-mail to {} not sent ({}); it stays in the application", recipient.email(),
					ex.getMessage());
			return false;
		}
	}

	public List<Shown> of(long userId) {
		return store.of(userId);
	}

}
