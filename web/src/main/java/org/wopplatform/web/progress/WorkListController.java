package org.wopplatform.web.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.progress.Cadence;
import org.wopplatform.domain.progress.OverduePolicy;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.progress.WorkListQueries;
import org.wopplatform.persistence.progress.WorkListQueries.RunningPartnership;
import org.wopplatform.persistence.progress.WorkListQueries.WorkScope;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My work": for utility staff, the drafts to finish and the reports returned to them;
 * for a coordinator, the reports to review and the overdue or inactive partnerships of
 * their region; for the secretariat, the same everywhere. Overdue follows
 * {@link OverduePolicy} with {@code wop.reports.grace-days} (default 90) after the end of
 * each year.
 */
@Controller
class WorkListController {

	private final WorkListQueries queries;

	private final OverduePolicy policy;

	WorkListController(WorkListQueries queries, @Value("${wop.reports.grace-days:90}") int graceDays) {
		this.queries = queries;
		this.policy = new OverduePolicy(graceDays);
	}

	record Late(RunningPartnership partnership, Standing standing) {
	}

	@GetMapping("/work")
	String work(Viewer viewer, Model model) {
		WorkScope scope = switch (Objects.requireNonNull(viewer.user()).role()) {
			case UTILITY_STAFF -> new WorkScope(viewer.user().organisationId(), null);
			case COORDINATOR -> new WorkScope(null, viewer.user().platformCode());
			case SECRETARIAT -> new WorkScope(null, null);
		};
		long me = viewer.user().id();
		model.addAttribute("drafts", queries.reports(scope, ReportStatus.DRAFT));
		model.addAttribute("returned",
				queries.reports(scope, ReportStatus.RETURNED)
					.stream()
					.filter(r -> viewer.is(Role.SECRETARIAT) || viewer.is(Role.COORDINATOR)
							|| Objects.equals(r.submittedBy(), me))
					.toList());
		boolean reviewer = !viewer.is(Role.UTILITY_STAFF);
		model.addAttribute("reviewer", reviewer);
		model.addAttribute("toReview",
				reviewer ? queries.reports(scope, ReportStatus.SUBMITTED)
					.stream()
					.filter(r -> !Objects.equals(r.submittedBy(), me))
					.toList() : List.of());
		LocalDate today = LocalDate.now();
		model.addAttribute("late",
				queries.running(scope)
					.stream()
					.map(p -> new Late(p,
							policy.standing(p.approved(), ReportingPeriod.containing(p.start(), Cadence.YEARLY),
									Cadence.YEARLY, today)))
					.filter(l -> l.standing() != Standing.UP_TO_DATE)
					.toList());
		return "progress/work";
	}

}
