package org.wopplatform.web.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.persistence.progress.ReminderStore;
import org.wopplatform.persistence.progress.ReminderStore.Recipient;
import org.wopplatform.persistence.progress.ReminderStore.Shown;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.Owing;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.web.common.Mail;
import org.wopplatform.web.common.OneNodeAtATime;

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

	private final Clock clock;

	private final WorkListQueries work;

	private final ReportDeadlines deadlines;

	private final ReminderStore store;

	private final Mail mail;

	private final OneNodeAtATime alone;

	Reminders(WorkListQueries work, ReportDeadlines deadlines, ReminderStore store, Mail mail, OneNodeAtATime alone,
			Clock clock) {
		this.alone = alone;
		this.clock = clock;
		this.work = work;
		this.deadlines = deadlines;
		this.store = store;
		this.mail = mail;
	}

	/** What a run did: reminders recorded and e-mails sent. */
	public record Run(int reminded, int mailed) {
	}

	/**
	 * One run at a time across every node on the database (the others skip theirs, and
	 * report nothing done); each reminder is recorded, and so mailed, once whatever runs
	 * at the same time (the unique reminder row decides who mails it).
	 */
	@Scheduled(cron = "${wop.reminders.cron:0 0 6 * * *}", zone = "UTC")
	public Run run() {
		return alone.run("report-reminders", this::runHere).orElse(new Run(0, 0));
	}

	private Run runHere() {
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
				mail.isConfigured() ? "" : " (no mail server configured: shown in the application only)");
		return run;
	}

	private Run remind(List<Owing> owing, String kind) {
		Map<Long, Owing> byId = owing.stream().collect(Collectors.toMap(Owing::id, Function.identity(), (a, b) -> a));
		int reminded = 0;
		int mailed = 0;
		Instant now = clock.instant();
		for (Recipient recipient : store.recipients(byId.keySet())) {
			Owing partnership = byId.get(recipient.partnershipId());
			Long id = store.remember(recipient.userId(), partnership.id(), partnership.period(), kind, now);
			if (id == null) {
				continue;
			}
			reminded++;
			log.info("Reminder {} to {}: report {} of partnership {} ({})", kind, recipient.email(),
					partnership.period(), partnership.id(), partnership.title());
			if (send(recipient, partnership, kind)) {
				store.mailed(id, clock.instant());
				mailed++;
			}
		}
		return new Run(reminded, mailed);
	}

	private boolean send(Recipient recipient, Owing partnership, String kind) {
		return mail.send(recipient.email(), Locale.forLanguageTag(recipient.locale()), "reminder.mail." + kind,
				partnership.title(), partnership.period().toString(),
				mail.link("/partnerships/" + partnership.id() + "/reports"), recipient.displayName());
	}

	public List<Shown> of(long userId) {
		return store.of(userId);
	}

}
