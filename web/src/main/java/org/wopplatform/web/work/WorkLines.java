package org.wopplatform.web.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.wopplatform.persistence.brokering.BrokeringQueries.Card;
import org.wopplatform.persistence.progress.NextSteps;
import org.wopplatform.persistence.progress.WorkQueues.Queue;
import org.wopplatform.persistence.progress.WorkQueues.Row;

import org.wopplatform.web.common.LinkLines;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rows of the work lists as the page shows them: every text in the reader's language,
 * every date formatted and every link made once here, so that the templates only render.
 */
@Component
class WorkLines {

	/** A row of a queue: what it is (a link) and where it stands. */
	public record Line(String href, String text, String detail, @Nullable String comment) implements LinkLines.Line {
	}

	/**
	 * A partnership of a utility with its next step, in words, and the link that takes
	 * it.
	 */
	public record StepLine(String title, String partnershipHref, String step, @Nullable String comment,
			String actionHref, String action) {
	}

	private final MessageSource messages;

	private final WorkDay day;

	WorkLines(MessageSource messages, WorkDay day) {
		this.messages = messages;
		this.day = day;
	}

	/** The address of a queue's page ("/work/to-review"). */
	static String slug(Queue queue) {
		return queue.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	List<Line> queue(Queue queue, List<Row> rows, Locale locale) {
		return rows.stream().map(row -> line(queue, row, locale)).toList();
	}

	private Line line(Queue queue, Row row, Locale locale) {
		String reports = "/partnerships/" + row.partnershipId() + "/reports";
		String titled = row.period() == null ? row.partnershipTitle() : row.partnershipTitle() + " · " + row.period();
		return switch (queue) {
			case TO_REVIEW -> new Line(reports + "/" + row.reportId(), titled,
					text("start.line.submitted", locale, WorkDay.date(row.submittedAt(), locale)), null);
			case RETURNED -> new Line(reports + "/" + row.reportId(), titled,
					text("start.line.returned", locale, WorkDay.date(row.reviewedAt(), locale)), row.reviewerComment());
			case DUE -> new Line(reports, titled, text("start.line.due", locale,
					row.period() == null ? "" : WorkDay.date(day.dueBy(row.period()), locale)), null);
			case OVERDUE -> new Line(reports, titled, text("work.standing.OVERDUE", locale), null);
			case INACTIVE -> new Line(reports, titled, text("work.standing.INACTIVE", locale), null);
			case LATE_ACTIVITIES -> new Line("/partnerships/" + row.partnershipId() + "/work-plan",
					row.partnershipTitle(), text("start.line.lateActivities", locale), null);
		};
	}

	List<StepLine> steps(List<NextSteps.Row> rows, Locale locale) {
		return rows.stream().map(row -> step(row, locale)).toList();
	}

	private StepLine step(NextSteps.Row row, Locale locale) {
		String partnership = "/partnerships/" + row.partnershipId();
		String reports = partnership + "/reports";
		String report = reports + "/" + row.reportId();
		String period = String.valueOf(row.period());
		return switch (row.step()) {
			case FIX_RETURNED -> new StepLine(row.partnershipTitle(), partnership,
					text(row.comment() == null || row.comment().isBlank() ? "start.step.returned.noComment"
							: "start.step.returned", locale, period, WorkDay.date(row.at(), locale)),
					row.comment() == null || row.comment().isBlank() ? null : row.comment(), report,
					text("start.step.returned.action", locale));
			case CONTINUE_DRAFT -> new StepLine(row.partnershipTitle(), partnership,
					text("start.step.draft", locale, period), null, report, text("start.step.draft.action", locale));
			case WRITE_REPORT -> {
				boolean late = row.dueBy() != null && row.dueBy().isBefore(day.today());
				yield new StepLine(row.partnershipTitle(), partnership,
						text(late ? "start.step.overdue" : "start.step.due", locale, period,
								WorkDay.date(row.dueBy(), locale)),
						null, reports, text("start.step.due.action", locale));
			}
			case SET_UP_INDICATORS -> new StepLine(row.partnershipTitle(), partnership,
					text("start.step.indicators", locale), null, partnership + "/indicator-proposals#proposal-form",
					text("start.step.indicators.action", locale));
			case AWAIT_REVIEW -> new StepLine(row.partnershipTitle(), partnership,
					text("start.step.submitted", locale, period, WorkDay.date(row.at(), locale)), null, report,
					text("start.step.submitted.action", locale));
			case NONE -> new StepLine(row.partnershipTitle(), partnership, text("start.step.none", locale), null,
					reports, text("start.step.none.action", locale));
		};
	}

	/** A support request or mentor offer of the utility, with its status. */
	List<Line> brokering(List<NextSteps.Brokering> rows, Locale locale) {
		return rows.stream().map(row -> {
			boolean request = row.kind().equals("REQUEST");
			String status = text((request ? "request.status." : "offer.status.") + row.status(), locale);
			return request
					? new Line("/brokering/requests/" + row.id(), String.valueOf(row.title()),
							text("start.brokering.request", locale, status, row.matches()), null)
					: new Line("/brokering/offers/" + row.id(),
							text("start.brokering.offer", locale, WorkDay.date(row.createdAt(), locale)), status, null);
		}).toList();
	}

	/**
	 * The board's open requests without a match, then its matches waiting for a step, the
	 * first {@code limit} of them.
	 */
	List<Line> waiting(List<Card> cards, int limit, Locale locale) {
		List<Line> lines = new ArrayList<>();
		cards.stream()
			.filter(c -> c.column().equals("OPEN"))
			.limit(limit)
			.forEach(c -> lines.add(new Line("/brokering/requests/" + c.requestId(),
					c.requestTitle() + " · " + c.menteeName(), text("start.brokering.noMatch", locale), null)));
		cards.stream()
			.filter(c -> c.matchId() != null && BrokeringWaiting.isWaiting(c.column()))
			.limit(Math.max(0, limit - lines.size()))
			.forEach(c -> lines.add(new Line("/brokering/matches/" + c.matchId(),
					c.requestTitle() + " · " + c.menteeName() + " ← " + c.mentorName(),
					text("match.stage." + c.column(), locale), null)));
		return lines;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
