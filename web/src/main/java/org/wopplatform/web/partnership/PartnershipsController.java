package org.wopplatform.web.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.Pages;
import org.wopplatform.web.progress.FrameworkEditing;
import org.wopplatform.web.progress.ReportWorkflow;
import org.wopplatform.web.progress.IndicatorResults;
import org.wopplatform.web.progress.ReportDeadlines;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding partnerships and reading one, within what the reader may see. */
@Controller
class PartnershipsController {

	private final PartnershipListQueries lists;

	private final PartnershipDetailsQueries details;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final IndicatorResults results;

	private final ReportDeadlines deadlines;

	private final FrameworkEditing framework;

	PartnershipsController(PartnershipListQueries lists, PartnershipDetailsQueries details, ReferenceData reference,
			AuditTrail audit, IndicatorResults results, ReportDeadlines deadlines, FrameworkEditing framework,
			org.wopplatform.persistence.progress.PublicProgress progress, ReportWorkflow reporting,
			org.wopplatform.web.common.SelectOptions selectOptions) {
		this.reporting = reporting;
		this.selectOptions = selectOptions;
		this.deadlines = deadlines;
		this.framework = framework;
		this.lists = lists;
		this.details = details;
		this.reference = reference;
		this.audit = audit;
		this.results = results;
		this.progress = progress;
	}

	private final org.wopplatform.persistence.progress.PublicProgress progress;

	private final ReportWorkflow reporting;

	private final org.wopplatform.web.common.SelectOptions selectOptions;

	@GetMapping("/partnerships")
	String search(@ModelAttribute("filters") PartnershipSearchForm filters, @RequestParam(defaultValue = "1") int page,
			Viewer viewer, Model model) {
		model.addAttribute("partnerships",
				lists.search(
						filters.toSearch(reference,
								viewer.isSignedIn() ? deadlines::lateness : deadlines::publicLateness),
						viewer.readScope(), Pages.of(page)));
		model.addAttribute("canFilterReporting", viewer.isSignedIn());
		model.addAttribute("healths", org.wopplatform.domain.progress.Health.values());
		model.addAttribute("statuses", PartnershipStatus.values());
		model.addAttribute("reference", reference);
		model.addAttribute("canCreate", viewer.canCreatePartnerships());
		model.addAttribute("selectOptions", selectOptions);
		return "partnerships/search";
	}

	@GetMapping("/partnerships/{id}")
	// one transaction for the page's reads, not one per query
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Viewer viewer, Model model) {
		Partnership partnership = details.find(id, viewer.readScope()).orElseThrow(NotFoundException::new);
		model.addAttribute("p", partnership);
		model.addAttribute("canEdit", viewer.canEdit(partnership));
		model.addAttribute("reference", reference);
		model.addAttribute("targetGroups", targetGroups(partnership));
		model.addAttribute("results", results.of(id));
		model.addAttribute("outputs", framework.outputsOf(id));
		// Being overdue is working information for signed-in readers; being inactive (no
		// approved report for two periods) everyone sees, as on the UN SDG registry.
		var publicProgress = progress.of(id);
		org.wopplatform.domain.progress.OverduePolicy.Standing standing = deadlines.standing(partnership,
				publicProgress::approvedPeriods);
		model.addAttribute("standing",
				viewer.isSignedIn() || standing == org.wopplatform.domain.progress.OverduePolicy.Standing.INACTIVE
						? standing : org.wopplatform.domain.progress.OverduePolicy.Standing.UP_TO_DATE);
		model.addAttribute("signedIn", viewer.isSignedIn());
		// the progress reports link only for those who may open the reports (the public
		// reads the progress part of this page)
		model.addAttribute("canOpenReports",
				reporting.canWrite(viewer, partnership) || reporting.canReview(viewer, partnership));
		model.addAttribute("latestReport", publicProgress.latest());
		model.addAttribute("stagesReached", publicProgress.stages());
		model.addAttribute("lateActivities", viewer.isSignedIn()
				&& details.isLate(id, java.util.Objects.requireNonNull(deadlines.lateness("ACTIVITIES"))));
		return "partnerships/show";
	}

	/**
	 * The SDG targets of a partnership grouped by goal, as the UN registry shows them.
	 */
	record TargetGroup(ReferenceData.GoalRef goal, List<SdgTarget> targets) {
	}

	private List<TargetGroup> targetGroups(Partnership partnership) {
		Map<Integer, List<SdgTarget>> byGoal = partnership.sdgTargets()
			.stream()
			.collect(Collectors.groupingBy(SdgTarget::goalCode, LinkedHashMap::new, Collectors.toList()));
		return byGoal.entrySet()
			.stream()
			.map(e -> new TargetGroup(reference.goal(e.getKey()).orElseThrow(), e.getValue()))
			.toList();
	}

	@GetMapping("/partnerships/{id}/history")
	String history(@PathVariable long id, Viewer viewer, Model model) {
		Partnership partnership = details.find(id, viewer.readScope())
			.filter(viewer::canEdit)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("recordTitle", partnership.title());
		model.addAttribute("backHref", "/partnerships/" + id);
		model.addAttribute("history", audit.history(PartnershipAudit.ENTITY, id));
		return "history";
	}

}
