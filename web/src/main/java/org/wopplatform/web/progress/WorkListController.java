package org.wopplatform.web.progress;

import java.util.List;
import java.util.Objects;

import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.persistence.brokering.NotificationStore;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My work": for utility staff, the reports to write (due for the period just ended, and
 * drafts) and those returned to them; for a coordinator, the reports to review and the
 * overdue or inactive partnerships of their region; for the secretariat, the same
 * everywhere. Deadlines follow {@link ReportDeadlines}; every list is one SQL query.
 */
@Controller
class WorkListController {

	private final WorkListQueries queries;

	private final ReportDeadlines deadlines;

	private final Reminders reminders;

	private final NotificationStore notifications;

	WorkListController(WorkListQueries queries, ReportDeadlines deadlines, Reminders reminders,
			NotificationStore notifications) {
		this.notifications = notifications;
		this.queries = queries;
		this.deadlines = deadlines;
		this.reminders = reminders;
	}

	@GetMapping("/work")
	String work(Viewer viewer, Model model) {
		WorkScope scope = scopeOf(viewer);
		long me = Objects.requireNonNull(viewer.user()).id();
		model.addAttribute("drafts", queries.reports(scope, ReportStatus.DRAFT));
		model.addAttribute("returned",
				queries.reports(scope, ReportStatus.RETURNED)
					.stream()
					.filter(r -> !viewer.is(Role.UTILITY_STAFF) || Objects.equals(r.submittedBy(), me))
					.toList());
		boolean reviewer = !viewer.is(Role.UTILITY_STAFF);
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("toReview",
				reviewer ? queries.reports(scope, ReportStatus.SUBMITTED)
					.stream()
					.filter(r -> !Objects.equals(r.submittedBy(), me))
					.toList() : List.of());
		model.addAttribute("due", queries.due(scope, deadlines.justEnded(Cadence.YEARLY).orElse(null),
				deadlines.justEnded(Cadence.HALF_YEARLY).orElse(null)));
		model.addAttribute("overdue", queries.late(scope, deadlines.late(Standing.OVERDUE)));
		model.addAttribute("inactive", queries.late(scope, deadlines.late(Standing.INACTIVE)));
		model.addAttribute("reminders", reminders.of(me));
		model.addAttribute("notifications", notifications.of(me));
		return "progress/work";
	}

	static WorkScope scopeOf(Viewer viewer) {
		return WorkScope.of(viewer.readScope());
	}

}
