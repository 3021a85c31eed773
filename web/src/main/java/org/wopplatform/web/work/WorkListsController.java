package org.wopplatform.web.work;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.persistence.progress.NextSteps;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.persistence.progress.WorkQueues;
import org.wopplatform.persistence.progress.WorkQueues.Queue;
import org.wopplatform.persistence.progress.WorkQueues.Row;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each work list on its own page, {@link WorkQueues#PAGE_SIZE} rows at a time with its
 * size, in the reader's scope: the queues of coordinators and the secretariat (the review
 * queue is theirs alone; the others show utility staff their own partnerships), and all
 * the partnerships of a utility with their next steps.
 */
@Controller
class WorkListsController {

	private final WorkQueues queues;

	private final NextSteps nextSteps;

	private final WorkDay day;

	private final WorkLines lines;

	private final ReferenceData reference;

	WorkListsController(WorkQueues queues, NextSteps nextSteps, WorkDay day, WorkLines lines, ReferenceData reference) {
		this.queues = queues;
		this.nextSteps = nextSteps;
		this.day = day;
		this.lines = lines;
		this.reference = reference;
	}

	@GetMapping("/work/to-review")
	String toReview(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String region,
			Viewer viewer, Locale locale, Model model) {
		if (viewer.is(Role.UTILITY_STAFF)) {
			throw new AccessDeniedException("Reviewers only");
		}
		return queue(Queue.TO_REVIEW, page, region, viewer, locale, model);
	}

	@GetMapping("/work/returned")
	String returned(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String region,
			Viewer viewer, Locale locale, Model model) {
		return queue(Queue.RETURNED, page, region, viewer, locale, model);
	}

	@GetMapping("/work/due")
	String due(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String region,
			Viewer viewer, Locale locale, Model model) {
		return queue(Queue.DUE, page, region, viewer, locale, model);
	}

	@GetMapping("/work/overdue")
	String overdue(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String region,
			Viewer viewer, Locale locale, Model model) {
		return queue(Queue.OVERDUE, page, region, viewer, locale, model);
	}

	@GetMapping("/work/inactive")
	String inactive(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable String region,
			Viewer viewer, Locale locale, Model model) {
		return queue(Queue.INACTIVE, page, region, viewer, locale, model);
	}

	@GetMapping("/work/late-activities")
	String lateActivities(@RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) @Nullable String region, Viewer viewer, Locale locale, Model model) {
		return queue(Queue.LATE_ACTIVITIES, page, region, viewer, locale, model);
	}

	/** All the partnerships of a utility, most urgent first, with their next steps. */
	@GetMapping("/work/partnerships")
	String partnerships(@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model) {
		if (!viewer.is(Role.UTILITY_STAFF)) {
			throw new AccessDeniedException("The partnerships of a utility, for its staff");
		}
		long organisation = Objects.requireNonNull(Objects.requireNonNull(viewer.user()).organisationId());
		Page<NextSteps.Row> found = nextSteps.of(organisation, day.owed(), page, WorkQueues.PAGE_SIZE);
		model.addAttribute("steps",
				new PageImpl<>(lines.steps(found.getContent(), locale), found.getPageable(), found.getTotalElements()));
		return "work/partnerships";
	}

	private String queue(Queue queue, int page, @Nullable String region, Viewer viewer, Locale locale, Model model) {
		WorkDay.Region chosen = day.region(viewer, region);
		WorkScope scope = WorkDay.scope(viewer, chosen);
		Page<Row> found = queues.page(queue, scope, day.day(viewer), page);
		model.addAttribute("queue", WorkLines.slug(queue));
		model.addAttribute("rows", new PageImpl<>(lines.queue(queue, found.getContent(), locale), found.getPageable(),
				found.getTotalElements()));
		model.addAttribute("chooseRegion", viewer.is(Role.SECRETARIAT));
		model.addAttribute("region", chosen);
		model.addAttribute("platforms", reference.platforms());
		return "work/list";
	}

}
