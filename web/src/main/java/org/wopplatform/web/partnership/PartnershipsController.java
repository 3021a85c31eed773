package org.wopplatform.web.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.record.PartnershipRecord;
import org.wopplatform.persistence.record.PartnershipRecordQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.Pages;
import org.wopplatform.web.progress.ReportWorkflow;
import org.wopplatform.web.progress.IndicatorResults;
import org.wopplatform.web.progress.ReportDeadlines;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
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

	private final PartnershipRecordQueries records;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final IndicatorResults results;

	private final ReportDeadlines deadlines;

	PartnershipsController(PartnershipListQueries lists, PartnershipDetailsQueries details,
			PartnershipRecordQueries records, ReferenceData reference, AuditTrail audit, IndicatorResults results,
			ReportDeadlines deadlines, ReportWorkflow reporting,
			org.wopplatform.web.common.SelectOptions selectOptions) {
		this.reporting = reporting;
		this.selectOptions = selectOptions;
		this.deadlines = deadlines;
		this.lists = lists;
		this.details = details;
		this.records = records;
		this.reference = reference;
		this.audit = audit;
		this.results = results;
	}

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
	// No transaction of the page's own: the record is one batch in one round trip, which
	// PostgreSQL runs as one implicit transaction (each statement sees what was committed
	// when it starts, as in a read-only transaction), whether activities are late
	// (signed-in readers) included. With one around the page, its begin and commit were
	// 7 % of a public record's processor time and one more round trip; reading the
	// lateness after, in a transaction of its own, was 8 % of a coordinator's.
	String show(@PathVariable long id, Viewer viewer, Model model) {
		PartnershipRecord partnership = records
			.find(id, viewer.readScope(), viewer.isSignedIn() ? new LateActivities(deadlines.today()) : null)
			.orElseThrow(NotFoundException::new);
		boolean canEdit = viewer.canEditIn(partnership.platformCode());
		model.addAttribute("p", partnership);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("reference", reference);
		model.addAttribute("targetGroups", targetGroups(partnership.sdgTargets()));
		model.addAttribute("results", results.of(partnership.indicators(), partnership.approvedValues()));
		model.addAttribute("outputs", partnership.outputs());
		// Being overdue is working information for signed-in readers; being inactive (no
		// approved report for two periods) everyone sees, as on the UN SDG registry.
		var publicProgress = partnership.progress();
		Standing standing = deadlines.standing(partnership.status(),
				partnership.actualStart().or(partnership::plannedStart), partnership.reportingCadence(),
				publicProgress::approvedPeriods);
		model.addAttribute("standing",
				viewer.isSignedIn() || standing == Standing.INACTIVE ? standing : Standing.UP_TO_DATE);
		model.addAttribute("signedIn", viewer.isSignedIn());
		// the progress reports link only for those who may open the reports, who write
		// or review them (the public reads the progress part of this page)
		model.addAttribute("canOpenReports",
				reporting.canWrite(viewer, partnership.platformCode(), partnership.organisationIds()));
		model.addAttribute("latestReport", publicProgress.latest());
		model.addAttribute("stagesReached", publicProgress.stages());
		model.addAttribute("lateActivities", partnership.lateActivities());
		return "partnerships/show";
	}

	/**
	 * The SDG targets of a partnership grouped by goal, as the UN registry shows them.
	 */
	public record TargetGroup(ReferenceData.GoalRef goal, List<ReferenceData.TargetRef> targets) {
	}

	private List<TargetGroup> targetGroups(List<ReferenceData.TargetRef> targets) {
		Map<Integer, List<ReferenceData.TargetRef>> byGoal = targets.stream()
			.collect(Collectors.groupingBy(ReferenceData.TargetRef::goal, LinkedHashMap::new, Collectors.toList()));
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
