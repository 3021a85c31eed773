package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.EvidenceType;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.persistence.workplan.ActivityRepository;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.domain.workplan.BudgetSummary;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.progress.Factor;
import org.wopplatform.domain.progress.ActivityProgress;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.domain.progress.ReportingWindow;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.PartnershipRepository;
import org.wopplatform.persistence.progress.ApprovedValues;
import org.wopplatform.persistence.progress.EvidenceFiles;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.progress.ProgressReportRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FileNames;
import org.wopplatform.web.common.FieldProblems;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The progress-report workflow, one method per step, each audited: start a draft, save
 * it, submit, return with a comment, approve, correct. Writers are the partnership's
 * utilities, its platform's coordinator and the secretariat; reviewers its coordinator
 * and the secretariat, never the submitter (the domain refuses that).
 */
@Service
@Transactional
public class ReportWorkflow {

	static final Audited ENTITY = Audited.PROGRESS_REPORT;

	/** A report as the audited-edit step reads it. */
	static final AuditedEdits.Kind<ProgressReport> KIND = new AuditedEdits.Kind<>(ENTITY,
			r -> Objects.requireNonNull(r.id()), ProgressReport::version, ReportWorkflow::snapshot);

	private final Clock clock;

	private final AuditedEdits edits;

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final PartnershipDetailsQueries partnerships;

	private final AuditTrail audit;

	private final PartnershipRepository partnershipRepository;

	private final ApprovedValues approved;

	private final ActivityRepository workPlan;

	private final org.wopplatform.reporting.progress.ReportDocuments documents;

	private final EvidenceFiles evidence;

	private final org.wopplatform.persistence.capacity.CapacityFocusRepository foci;

	private final long maxEvidenceBytes;

	/** At most this many evidence files per report. */
	static final int MAX_FILES = 20;

	ReportWorkflow(ProgressReportRepository reports, IndicatorRepository indicators,
			PartnershipDetailsQueries partnerships, AuditTrail audit, PartnershipRepository partnershipRepository,
			ApprovedValues approved, EvidenceFiles evidence,
			@Value("${wop.reports.evidence-max-size:5MB}") DataSize maxEvidence, Clock clock, AuditedEdits edits,
			ActivityRepository workPlan, org.wopplatform.reporting.progress.ReportDocuments documents,
			org.wopplatform.persistence.capacity.CapacityFocusRepository foci) {
		this.foci = foci;
		this.documents = documents;
		this.edits = edits;
		this.workPlan = workPlan;
		this.clock = clock;
		this.reports = reports;
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.audit = audit;
		this.partnershipRepository = partnershipRepository;
		this.approved = approved;
		this.evidence = evidence;
		this.maxEvidenceBytes = maxEvidence.toBytes();
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public long maxEvidenceBytes() {
		return maxEvidenceBytes;
	}

	/**
	 * The partnership, if the viewer may work with its reports (write or review them);
	 * 404 otherwise. Progress reports are working documents of the partnership, its
	 * coordinator and the secretariat until their figures are published (in the record's
	 * results and the annual report).
	 */
	@Transactional(readOnly = true)
	public Partnership partnership(long id, Viewer viewer) {
		Partnership partnership = partnerships.find(id, viewer.readScope()).orElseThrow(NotFoundException::new);
		if (!canWrite(viewer, partnership) && !canReview(viewer, partnership)) {
			throw new NotFoundException();
		}
		return partnership;
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean canWrite(Viewer viewer, Partnership partnership) {
		return canWrite(viewer, partnership.regionalPlatform().map(r -> r.code()).orElse(null),
				partnership.participants().stream().map(p -> p.organisation().id()).toList());
	}

	/**
	 * The same for a partnership of the given region with the given organisations taking
	 * part (the record page's read model).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean canWrite(Viewer viewer, @Nullable String platformCode, List<@Nullable Long> organisationIds) {
		if (viewer.canEditIn(platformCode)) {
			return true;
		}
		return viewer.is(Role.UTILITY_STAFF)
				&& organisationIds.stream().anyMatch(id -> Objects.equals(id, viewer.user().organisationId()));
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean canReview(Viewer viewer, Partnership partnership) {
		return viewer.canEdit(partnership);
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> reportsOf(long partnershipId) {
		return reports.findByPartnership(partnershipId);
	}

	/** How many capacity dimensions the partnership works on. */
	@Transactional(readOnly = true)
	public long capacityDimensionCount(long partnershipId) {
		return foci.countByPartnershipId(partnershipId);
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicatorsOf(long partnershipId) {
		return indicators.findByPartnership(partnershipId);
	}

	/** The report, if it belongs to a partnership the viewer may see. */
	@Transactional(readOnly = true)
	public ProgressReport report(long partnershipId, long reportId, Viewer viewer) {
		partnership(partnershipId, viewer);
		ProgressReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
		if (report.partnershipId() != partnershipId) {
			throw new NotFoundException();
		}
		report.values().size(); // loaded here: pages render after the transaction
		report.deliverableStatuses().size();
		report.activities().size();
		report.outputValues().size();
		report.spending().size();
		report.factors().size();
		report.assessments().size();
		report.practiceRatings().size();
		report.practiceNotes().size();
		return report;
	}

	/**
	 * The periods "Start a report" offers, latest first: within the partnership's
	 * time-frame ({@link ReportingWindow}) and without a report already (other than a
	 * superseded one).
	 */
	@Transactional(readOnly = true)
	public List<ReportingPeriod> periodsToOffer(Partnership partnership) {
		return window(partnership).offered(java.time.LocalDate.now(clock), partnership.reportingCadence(),
				takenPeriods(Objects.requireNonNull(partnership.id())));
	}

	private static ReportingWindow window(Partnership partnership) {
		return ReportingWindow.of(partnership.actualStart().or(partnership::plannedStart).orElse(null),
				partnership.actualEnd().or(partnership::plannedEnd).orElse(null));
	}

	private Set<ReportingPeriod> takenPeriods(long partnershipId) {
		Set<ReportingPeriod> taken = new HashSet<>();
		reports.findByPartnership(partnershipId)
			.stream()
			.filter(r -> r.status() != ReportStatus.SUPERSEDED)
			.forEach(r -> taken.add(r.period()));
		return taken;
	}

	public long startDraft(long partnershipId, String periodText, Viewer viewer) {
		Partnership partnership = requireWriter(partnershipId, viewer);
		ReportingPeriod period;
		try {
			period = ReportingPeriod.parse(periodText == null ? "" : periodText);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("period", "report.period.invalid");
		}
		if (!window(partnership).admits(period)) {
			throw new FieldProblem("period", "report.period.outsideDates");
		}
		reports.lockPeriods(List.of(ProgressReportRepository.periodKey(partnership.id(), period)));
		if (takenPeriods(partnership.id()).contains(period)) {
			throw new FieldProblem("period", "report.period.exists");
		}
		ProgressReport report = reports.saveAndFlush(ProgressReport.draft(partnership.id(), period));
		edits.event(viewer.actor(), ENTITY, report.id(), report.version(), "CREATE",
				AuditTrail.differences(Map.of(), snapshot(report)));
		return report.id();
	}

	/**
	 * A report's content as changed: health and narrative, a value per indicator id
	 * (empty takes it out) with its comment, and a status per deliverable id.
	 */
	public record Draft(@Nullable Health health, @Nullable String healthReason, @Nullable String achievements,
			@Nullable String challenges, @Nullable String nextSteps, @Nullable String lessons,
			boolean narrativeInternal, Map<Long, @Nullable BigDecimal> values, Map<Long, @Nullable String> comments,
			Map<Long, DeliverableStatus> deliverables, PlanProgress plan) {
	}

	/**
	 * What a report says of the work plan: each activity's status and percent done (a
	 * blank status says nothing), each output's value, the period's spending per budget
	 * line (blank takes it out), and the period's obstacles and contributing factors.
	 */
	public record PlanProgress(Map<Long, @Nullable ActivityStatus> activityStatus,
			Map<Long, @Nullable Integer> activityPercent, Map<Long, @Nullable BigDecimal> outputValues,
			Map<Long, @Nullable BigDecimal> spending, List<Factor> factors) {

		/** An activity's progress as given, or empty when no status is given. */
		@Nullable ActivityProgress progressOf(long activityId) {
			ActivityStatus status = activityStatus.get(activityId);
			if (status == null) {
				return null;
			}
			Integer percent = activityPercent.get(activityId);
			// A done activity without a percent is complete; any other, not begun.
			int done = percent != null ? percent : status == ActivityStatus.DONE ? 100 : 0;
			return new ActivityProgress(status, done);
		}

	}

	/**
	 * What is wrong with a draft's values and comments (a percentage above 100, a comment
	 * too long): checked before saving, and by the form in the same round as the values
	 * that did not read.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsWith(long partnershipId, Draft draft, Viewer viewer) {
		Partnership partnership = requireWriter(partnershipId, viewer);
		Map<Long, Indicator> known = new HashMap<>();
		indicators.findByPartnership(partnership.id()).forEach(i -> known.put(i.id(), i));
		Set<Long> deliverables = new HashSet<>();
		partnership.deliverables().forEach(d -> deliverables.add(d.id()));
		List<FieldProblem> problems = new ArrayList<>();
		if (!known.keySet().containsAll(draft.values().keySet())
				|| !deliverables.containsAll(draft.deliverables().keySet())) {
			problems.add(new FieldProblem(null, "reference.unknown"));
		}
		draft.values().forEach((indicator, value) -> {
			Indicator i = known.get(indicator);
			if (i != null && ReportedValues.outOfRange(i, value)) {
				problems.add(new FieldProblem("values[" + indicator + "]", "report.value.percentRange"));
			}
		});
		draft.comments()
			.forEach((indicator, comment) -> ReportedValues.commentProblem(comment)
				.ifPresent(code -> problems.add(new FieldProblem("comments[" + indicator + "]", code))));
		problems.addAll(planProblems(partnership.id(), draft.plan()));
		return problems;
	}

	/**
	 * What is wrong with what a report says of the work plan: ids not of this
	 * partnership's plan, a percent outside 0–100 or at odds with the status, negative
	 * spending.
	 */
	private List<FieldProblem> planProblems(long partnershipId, PlanProgress plan) {
		List<Activity> activities = workPlan.findPlan(partnershipId);
		Set<Long> activityIds = new HashSet<>();
		Set<Long> outputIds = new HashSet<>();
		Set<Long> lineIds = new HashSet<>();
		for (Activity activity : activities) {
			activityIds.add(activity.id());
			activity.outputs().forEach(o -> outputIds.add(o.id()));
			activity.budgetLines().forEach(l -> lineIds.add(l.id()));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (!activityIds.containsAll(plan.activityStatus().keySet())
				|| !activityIds.containsAll(plan.activityPercent().keySet())
				|| !outputIds.containsAll(plan.outputValues().keySet())
				|| !lineIds.containsAll(plan.spending().keySet())) {
			problems.add(new FieldProblem(null, "reference.unknown"));
		}
		for (Long activity : plan.activityStatus().keySet()) {
			try {
				plan.progressOf(activity);
			}
			catch (DomainRuleViolation ex) {
				problems.add(new FieldProblem("activityPercent[" + activity + "]", ex.code()));
			}
		}
		plan.spending().forEach((line, amount) -> {
			if (amount != null && amount.signum() < 0) {
				problems.add(new FieldProblem("spending[" + line + "]", "money.negative"));
			}
		});
		return problems;
	}

	public void save(long partnershipId, long reportId, Draft draft, long version, Viewer viewer) {
		List<FieldProblem> problems = problemsWith(partnershipId, draft, viewer);
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		step(partnershipId, reportId, version, viewer, "UPDATE", report -> {
			report.describe(draft.health(), draft.healthReason(), draft.achievements(), draft.challenges(),
					draft.nextSteps(), draft.lessons());
			report.keepNarrativeInternal(draft.narrativeInternal());
			draft.values()
				.forEach((indicator, value) -> report.recordValue(indicator, value, draft.comments().get(indicator)));
			draft.deliverables().forEach(report::reportDeliverable);
			PlanProgress plan = draft.plan();
			plan.activityStatus().keySet().forEach(id -> report.reportActivity(id, plan.progressOf(id)));
			plan.outputValues().forEach(report::recordOutputValue);
			plan.spending().forEach(report::recordSpending);
			report.describeFactors(plan.factors());
		});
	}

	/**
	 * The work plan a report speaks of, with what approved reports say beside each value:
	 * the spending to date per budget line and the latest approved value of each output
	 * before the report's period.
	 */
	public record PlanContext(List<Activity> activities, Map<Long, BigDecimal> spentToDate,
			Map<Long, BigDecimal> lastOutputValues, Map<Long, BigDecimal> lastIndicatorValues, BudgetSummary budget,
			Map<String, BigDecimal> spentByUnit, @Nullable Integer elapsedPercent) {

		/**
		 * Whether an output's value is far from the target of the report's year: off by
		 * more than half of it, as a jump of an indicator's value is questioned.
		 */
		public boolean isFarFromTarget(org.wopplatform.domain.workplan.Output output, int year,
				@Nullable BigDecimal value) {
			return value != null && output.isFarFromTarget(year, value);
		}

	}

	/** The report's document: frozen at approval, else as the records stand. */
	@Transactional(readOnly = true)
	public org.wopplatform.reporting.progress.ReportDocument document(ProgressReport report) {
		return documents.of(report);
	}

	/** Who submitted the report, by name, when it was submitted. */
	@Transactional(readOnly = true)
	public @Nullable String submitterName(ProgressReport report) {
		return documents.submitterName(report);
	}

	@Transactional(readOnly = true)
	public PlanContext planContext(ProgressReport report, Partnership partnership) {
		List<Activity> plan = workPlan.findPlan(report.partnershipId());
		Map<Long, BigDecimal> spent = approved.spendingToDate(report.partnershipId());
		return new PlanContext(plan, spent, approved.latestOutputValuesBefore(report.partnershipId(), report.period()),
				approved.latestBefore(report.partnershipId(), report.period()), BudgetSummary.of(plan),
				BudgetSummary.spentByUnit(plan, spent),
				new Activity.Window(partnership.plannedStart().orElse(null), partnership.plannedEnd().orElse(null))
					.elapsedPercent(plan, java.time.LocalDate.now(clock)));
	}

	/**
	 * The indicators whose value in the report jumps implausibly from the latest approved
	 * value of an earlier period: a warning to check, not an error.
	 */
	@Transactional(readOnly = true)
	public Set<Long> implausibleJumps(ProgressReport report, List<Indicator> indicators) {
		Map<Long, BigDecimal> previous = approved.latestBefore(report.partnershipId(), report.period());
		Set<Long> jumps = new HashSet<>();
		for (Indicator indicator : indicators) {
			BigDecimal before = previous.get(indicator.id());
			report.valueOf(indicator.id())
				.filter(v -> before != null && indicator.isImplausibleJump(before, v.value()))
				.ifPresent(v -> jumps.add(indicator.id()));
		}
		return jumps;
	}

	/** How often the partnership reports; changed by those who edit the partnership. */
	public void changeCadence(long partnershipId, @Nullable Cadence cadence, long version, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!viewer.canEdit(partnership)) {
			throw new AccessDeniedException("Only the partnership's editors set its reporting cadence");
		}
		if (cadence == null) {
			throw new FieldProblem("cadence", "report.cadence.invalid");
		}
		StaleEditException.requireVersion(partnership.version(), version, audit, Audited.PARTNERSHIP, partnershipId);
		Cadence before = partnership.reportingCadence();
		if (before == cadence) {
			return;
		}
		partnership.reportEvery(cadence);
		partnershipRepository.saveAndFlush(partnership);
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, partnership.version(), "UPDATE",
				List.of(new AuditTrail.FieldChange("reportingCadence", before.name(), cadence.name())));
	}

	// ---- evidence

	@Transactional(readOnly = true)
	public List<EvidenceFiles.Listed> evidenceOf(long reportId) {
		return evidence.of(reportId);
	}

	/** A file offered as evidence: its name as sent and its content. */
	public record Upload(@Nullable String fileName, byte[] content) {
	}

	/**
	 * What is wrong with a file offered as evidence of a report (no file, too large, not
	 * of an accepted type, one file too many): checked in the same round as the rest of
	 * the form, before anything is saved.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> evidenceProblems(long reportId, Upload upload) {
		try {
			checked(reportId, upload);
			return List.of();
		}
		catch (FieldProblem problem) {
			return List.of(problem);
		}
	}

	/** The file's type, once its name, size, content and the report's count allow it. */
	private EvidenceType checked(long reportId, Upload upload) {
		String name = FileNames.clean(upload.fileName());
		byte[] content = upload.content();
		if (name.isEmpty() || content.length == 0) {
			throw new FieldProblem("file", "evidence.empty");
		}
		if (content.length > maxEvidenceBytes) {
			throw new FieldProblem("file", "evidence.tooLarge", maxEvidenceBytes / (1024 * 1024));
		}
		EvidenceType type = EvidenceType.of(name, content)
			.orElseThrow(() -> new FieldProblem("file", "evidence.wrongType"));
		if (evidence.count(reportId) >= MAX_FILES) {
			throw new FieldProblem("file", "evidence.tooMany");
		}
		return type;
	}

	/**
	 * Adds an evidence file to a report still being written; its type is recognised from
	 * the content and must agree with the file name.
	 */
	public void addEvidence(long partnershipId, long reportId, @Nullable String fileName, byte[] content,
			Viewer viewer) {
		requireWriter(partnershipId, viewer);
		ProgressReport report = report(partnershipId, reportId, viewer);
		if (!report.status().isEditable()) {
			throw new FieldProblem(null, "report.rule.locked");
		}
		Upload upload = new Upload(fileName, content);
		EvidenceType type = checked(reportId, upload);
		String name = FileNames.clean(fileName);
		evidence.add(reportId, name, type.mediaType(), content, viewer.user().id(), clock.instant());
		edits.event(viewer.actor(), ENTITY, reportId, report.version(), "EVIDENCE_ADDED",
				List.of(new AuditTrail.FieldChange("evidence", null, name)));
	}

	/**
	 * Saves a draft and, when a file comes with it, adds it as evidence: one change (the
	 * file refused, nothing of the save is kept either).
	 */
	public void save(long partnershipId, long reportId, Draft draft, long version, @Nullable Upload upload,
			Viewer viewer) {
		save(partnershipId, reportId, draft, version, viewer);
		if (upload != null) {
			addEvidence(partnershipId, reportId, upload.fileName(), upload.content(), viewer);
		}
	}

	/**
	 * Saves a draft (with its file) and submits it for review: one change, nothing kept
	 * if the submission is refused.
	 */
	public void saveAndSubmit(long partnershipId, long reportId, Draft draft, long version, @Nullable Upload upload,
			Viewer viewer) {
		save(partnershipId, reportId, draft, version, upload, viewer);
		submit(partnershipId, reportId, report(partnershipId, reportId, viewer).version(), viewer);
	}

	public void removeEvidence(long partnershipId, long reportId, long evidenceId, Viewer viewer) {
		requireWriter(partnershipId, viewer);
		ProgressReport report = report(partnershipId, reportId, viewer);
		if (!report.status().isEditable()) {
			throw new FieldProblem(null, "report.rule.locked");
		}
		String name = evidence.remove(reportId, evidenceId).orElseThrow(NotFoundException::new);
		edits.event(viewer.actor(), ENTITY, reportId, report.version(), "EVIDENCE_REMOVED",
				List.of(new AuditTrail.FieldChange("evidence", name, null)));
	}

	/** An evidence file, for those who may read the report; 404 for anyone else. */
	@Transactional(readOnly = true)
	public EvidenceFiles.Content evidenceFile(long partnershipId, long reportId, long evidenceId, Viewer viewer) {
		report(partnershipId, reportId, viewer);
		return evidence.content(reportId, evidenceId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<AuditTrail.Entry> history(long partnershipId, long reportId, Viewer viewer) {
		report(partnershipId, reportId, viewer);
		return audit.history(ENTITY, reportId);
	}

	public void submit(long partnershipId, long reportId, long version, Viewer viewer) {
		requireWriter(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "SUBMIT",
				report -> report.submit(viewer.user().id(), clock.instant()));
	}

	public void returnReport(long partnershipId, long reportId, long version, @Nullable String comment, Viewer viewer) {
		requireReviewer(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "RETURN", report -> report.returnToSubmitter(viewer.user().id(),
				comment == null ? "" : comment, clock.instant()));
	}

	public void approve(long partnershipId, long reportId, long version, Viewer viewer) {
		Partnership partnership = requireReviewer(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "APPROVE", report -> {
			if (report.correctsReportId() != null) {
				// The corrected report steps aside first: only one approved report per
				// period.
				reports.findById(report.correctsReportId()).ifPresent(old -> {
					old.supersede();
					reports.saveAndFlush(old);
				});
			}
			report.approve(viewer.user().id(), clock.instant());
			applyDeliverables(partnership, report, viewer);
			report.freeze(documents.freeze(report));
		});
	}

	public long correct(long partnershipId, long reportId, long version, Viewer viewer) {
		requireWriter(partnershipId, viewer);
		ProgressReport report = current(partnershipId, reportId, version, viewer);
		try {
			ProgressReport correction = reports.saveAndFlush(report.correction());
			evidence.copy(reportId, correction.id());
			edits.event(viewer.actor(), ENTITY, correction.id(), correction.version(), "CORRECTION",
					AuditTrail.differences(Map.of(), snapshot(correction)));
			return correction.id();
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	/**
	 * Once approved, the statuses the report gives the deliverables become theirs on the
	 * partnership's record.
	 */
	private void applyDeliverables(Partnership partnership, ProgressReport report, Viewer viewer) {
		List<AuditTrail.FieldChange> changes = new ArrayList<>();
		for (var deliverable : partnership.deliverables()) {
			DeliverableStatus status = report.deliverableStatuses().get(deliverable.id());
			DeliverableStatus before = deliverable.status();
			if (status != null && partnership.reportDeliverable(deliverable.id(), status)) {
				changes.add(
						new AuditTrail.FieldChange("deliverable " + deliverable.title(), before.name(), status.name()));
			}
		}
		if (!changes.isEmpty()) {
			partnershipRepository.saveAndFlush(partnership);
			edits.event(viewer.actor(), Audited.PARTNERSHIP, partnership.id(), partnership.version(), "REPORT_APPROVED",
					changes);
		}
	}

	/**
	 * The sides a viewer may give capacity assessments and practice ratings for: their
	 * own organisation's side (mentor or mentee) for utility staff; either side for the
	 * partnership's editors (a coordinator or the secretariat entering what a side said);
	 * none for anyone else, or for staff of an organisation on neither side (a funder).
	 */
	@Transactional(readOnly = true)
	public List<org.wopplatform.domain.progress.AssessmentSide> assessingSides(Viewer viewer, Partnership partnership) {
		if (viewer.canEdit(partnership)) {
			return List.of(org.wopplatform.domain.progress.AssessmentSide.MENTOR,
					org.wopplatform.domain.progress.AssessmentSide.MENTEE);
		}
		if (!canWrite(viewer, partnership)) {
			return List.of();
		}
		return partnership.sideOf(viewer.user().organisationId())
			.map(org.wopplatform.domain.progress.AssessmentSide::of)
			.map(List::of)
			.orElse(List.of());
	}

	/**
	 * Changes a report through the one audited step (version checked, trail written).
	 * Callers decide first who may make the change: {@link #requireWriter} or
	 * {@link #requireReviewer}.
	 */
	public void change(long partnershipId, long reportId, long version, Viewer viewer, String action,
			Consumer<ProgressReport> change) {
		step(partnershipId, reportId, version, viewer, action, change);
	}

	private void step(long partnershipId, long reportId, long version, Viewer viewer, String action,
			Consumer<ProgressReport> change) {
		edits.edit(KIND, report(partnershipId, reportId, viewer), version, viewer.actor(), action, change,
				ex -> new FieldProblem(null, ex.code()));
	}

	/**
	 * The report, refused as stale unless the person started from its current version.
	 */
	private ProgressReport current(long partnershipId, long reportId, long version, Viewer viewer) {
		ProgressReport report = report(partnershipId, reportId, viewer);
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, reportId);
		return report;
	}

	@Transactional(readOnly = true)
	public Partnership requireWriter(long partnershipId, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!canWrite(viewer, partnership)) {
			throw new AccessDeniedException("Not a writer of this partnership's reports");
		}
		return partnership;
	}

	@Transactional(readOnly = true)
	public Partnership requireReviewer(long partnershipId, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!canReview(viewer, partnership)) {
			throw new AccessDeniedException("Not a reviewer of this partnership's reports");
		}
		return partnership;
	}

	static Map<String, @Nullable String> snapshot(ProgressReport r) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("period", r.period().toString());
		fields.put("revision", Integer.toString(r.revision()));
		fields.put("status", r.status().name());
		fields.put("health", r.health() == null ? null : r.health().name());
		fields.put("healthReason", r.healthReason());
		fields.put("achievements", r.achievements());
		fields.put("challenges", r.challenges());
		fields.put("nextSteps", r.nextSteps());
		fields.put("lessons", r.lessons());
		if (r.isNarrativeInternal()) {
			fields.put("narrativeInternal", "true");
		}
		fields.put("reviewerComment", r.reviewerComment());
		r.values().forEach(v -> {
			fields.put("indicator " + v.indicatorId(), v.value().toPlainString());
			fields.put("indicator " + v.indicatorId() + " comment", v.comment());
		});
		new java.util.TreeMap<>(r.deliverableStatuses())
			.forEach((id, status) -> fields.put("deliverable " + id, status.name()));
		new java.util.TreeMap<>(r.activities())
			.forEach((id, p) -> fields.put("activity " + id, p.status().name() + " " + p.percentDone() + " %"));
		new java.util.TreeMap<>(r.outputValues())
			.forEach((id, value) -> fields.put("output " + id, value.stripTrailingZeros().toPlainString()));
		new java.util.TreeMap<>(r.spending())
			.forEach((id, amount) -> fields.put("spending, budget line " + id, amount.toPlainString()));
		r.assessments()
			.stream()
			.sorted(java.util.Comparator.comparing(org.wopplatform.domain.progress.CapacityAssessment::focusId)
				.thenComparing(org.wopplatform.domain.progress.CapacityAssessment::side))
			.forEach(a -> fields.put("capacity " + a.focusId() + " " + a.side(), assessmentText(a)));
		r.practiceRatings()
			.stream()
			.sorted(java.util.Comparator.comparing(org.wopplatform.domain.progress.PracticeRating::side)
				.thenComparing(org.wopplatform.domain.progress.PracticeRating::dimensionCode))
			.forEach(rating -> fields.put("practice " + rating.side() + " " + rating.dimensionCode(),
					Integer.toString(rating.rating())));
		r.practiceNotes().forEach(n -> fields.put("practice " + n.side() + " suggestions", n.suggestions()));
		fields.put("factors",
				r.factors()
					.stream()
					.map(f -> f.kind() + "/" + f.category() + ": " + f.text())
					.collect(java.util.stream.Collectors.joining("; ")));
		return fields;
	}

	/** An assessment as the audit trail shows it: every part, by name. */
	private static String assessmentText(CapacityAssessment a) {
		return "stage " + a.stage() + ", degree " + a.degree() + ", contribution " + a.contribution() + "; obstacles "
				+ java.util.Objects.toString(a.obstacleCategories(), "") + " "
				+ java.util.Objects.toString(a.obstacles(), "") + "; factors "
				+ java.util.Objects.toString(a.factorCategories(), "") + " "
				+ java.util.Objects.toString(a.factors(), "") + "; explanation "
				+ java.util.Objects.toString(a.explanation(), "") + "; evidence "
				+ java.util.Objects.toString(a.evidence(), "");
	}

}
