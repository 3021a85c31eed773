package org.wopplatform.web.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.brokering.BrokeringQueries.Card;
import org.wopplatform.persistence.brokering.NotificationStore;
import org.wopplatform.persistence.progress.NextSteps;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.persistence.progress.IndicatorProposalQueries;
import org.wopplatform.persistence.progress.WorkQueues;
import org.wopplatform.persistence.progress.WorkQueues.Day;
import org.wopplatform.persistence.progress.WorkQueues.Queue;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.progress.Reminders;
import org.wopplatform.web.security.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page where sign-in leads ("My work"). Utility staff: their utility's
 * partnerships, most urgent first, each with its next step; their support requests and
 * offers. Coordinators (their region) and the secretariat (every region, or the one
 * chosen): each queue's size with its first rows and a link to its page, and the
 * brokering that waits for them. Everyone: their notifications and reminders. A constant
 * number of statements whatever the number of rows.
 */
@Controller
class StartPageController {

	/** Partnerships shown to utility staff before the link to all of them. */
	static final int FIRST_STEPS = 20;

	/** Rows of each queue shown before the link to its page. */
	static final int FIRST_ROWS = 5;

	private final NextSteps nextSteps;

	private final WorkQueues queues;

	private final IndicatorProposalQueries proposals;

	private final BrokeringQueries brokering;

	private final WorkDay day;

	private final WorkLines lines;

	private final Reminders reminders;

	private final NotificationStore notifications;

	private final ReferenceData reference;

	StartPageController(NextSteps nextSteps, WorkQueues queues, BrokeringQueries brokering, WorkDay day,
			WorkLines lines, Reminders reminders, NotificationStore notifications, ReferenceData reference,
			IndicatorProposalQueries proposals) {
		this.proposals = proposals;
		this.nextSteps = nextSteps;
		this.queues = queues;
		this.brokering = brokering;
		this.day = day;
		this.lines = lines;
		this.reminders = reminders;
		this.notifications = notifications;
		this.reference = reference;
	}

	/** A queue on the start page: its size, its first lines, and its page. */
	public record Section(String id, long count, List<WorkLines.Line> lines, String href) {
	}

	@GetMapping("/work")
	// one transaction for the page's reads, not one per list
	@Transactional(readOnly = true)
	String start(@RequestParam(required = false) @Nullable String region, Viewer viewer, Locale locale, Model model) {
		long me = Objects.requireNonNull(viewer.user()).id();
		model.addAttribute("reminders", reminders.of(me));
		model.addAttribute("notifications", notifications.of(me));
		if (viewer.is(Role.UTILITY_STAFF)) {
			long organisation = Objects.requireNonNull(viewer.user().organisationId());
			Page<NextSteps.Row> steps = nextSteps.of(organisation, day.owed(), 1, FIRST_STEPS);
			model.addAttribute("steps", lines.steps(steps.getContent(), locale));
			model.addAttribute("stepsTotal", steps.getTotalElements());
			model.addAttribute("brokering", lines.brokering(nextSteps.brokering(organisation, FIRST_ROWS), locale));
			return "work/utility";
		}
		WorkDay.Region chosen = day.region(viewer, region);
		WorkScope scope = WorkDay.scope(viewer, chosen);
		Day today = day.day(viewer);
		Map<Queue, Long> counts = queues.counts(scope, today);
		List<Section> sections = new ArrayList<>();
		for (Queue queue : Queue.values()) {
			sections.add(new Section(WorkLines.slug(queue), counts.get(queue),
					lines.queue(queue, queues.first(queue, scope, today, FIRST_ROWS), locale),
					"/work/" + WorkLines.slug(queue) + (chosen.code() == null ? "" : "?region=" + chosen.code())));
		}
		List<Card> board = brokering.board(scope.platformCode());
		model.addAttribute("sections", sections);
		model.addAttribute("proposals", proposals.waiting(scope, FIRST_ROWS));
		model.addAttribute("waiting", BrokeringWaiting.of(board));
		model.addAttribute("waitingLines", lines.waiting(board, FIRST_ROWS, locale));
		model.addAttribute("boardHref",
				"/brokering/board" + (chosen.code() == null ? "" : "?platform=" + chosen.code()));
		addRegion(viewer, chosen, model);
		return "work/queues";
	}

	private void addRegion(Viewer viewer, WorkDay.Region chosen, Model model) {
		model.addAttribute("chooseRegion", viewer.is(Role.SECRETARIAT));
		model.addAttribute("region", chosen);
		model.addAttribute("platforms", reference.platforms());
		model.addAttribute("regionName", viewer.platformCode() != null
				? reference.platform(viewer.platformCode()).map(p -> p.shortName()).orElse("")
				: chosen.code() == null ? "" : reference.platform(chosen.code()).map(p -> p.shortName()).orElse(""));
	}

}
