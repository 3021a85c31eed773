package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.progress.ProgressReportRepository;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FormValues;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress-report workflow, one method per step, each audited: start a draft, save
 * it, submit, return with a comment, approve, correct. Writers are the partnership's
 * utilities, its platform's coordinator and the secretariat; reviewers its coordinator
 * and the secretariat, never the submitter (the domain refuses that).
 */
@Service
@Transactional
public class ReportWorkflow {

	static final String ENTITY = "ProgressReport";

	private final ProgressReportRepository reports;

	private final IndicatorRepository indicators;

	private final PartnershipDetailsQueries partnerships;

	private final AuditTrail audit;

	ReportWorkflow(ProgressReportRepository reports, IndicatorRepository indicators,
			PartnershipDetailsQueries partnerships, AuditTrail audit) {
		this.reports = reports;
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.audit = audit;
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

	public boolean canWrite(Viewer viewer, Partnership partnership) {
		if (viewer.canEdit(partnership)) {
			return true;
		}
		return viewer.is(Role.UTILITY_STAFF) && partnership.participants()
			.stream()
			.anyMatch(p -> Objects.equals(p.organisation().id(), viewer.user().organisationId()));
	}

	public boolean canReview(Viewer viewer, Partnership partnership) {
		return viewer.canEdit(partnership);
	}

	@Transactional(readOnly = true)
	public List<ProgressReport> reportsOf(long partnershipId) {
		return reports.findByPartnership(partnershipId);
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
		report.values().size();
		return report;
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
		boolean exists = reports.findByPartnership(partnership.id())
			.stream()
			.anyMatch(r -> r.period().equals(period) && r.status() != ReportStatus.SUPERSEDED);
		if (exists) {
			throw new FieldProblem("period", "report.period.exists");
		}
		ProgressReport report = reports.saveAndFlush(ProgressReport.draft(partnership.id(), period));
		audit.record(viewer.actor(), ENTITY, report.id(), report.version(), "CREATE",
				AuditTrail.differences(Map.of(), snapshot(report)));
		return report.id();
	}

	public void save(long partnershipId, long reportId, ReportForm form, Viewer viewer, Locale locale) {
		Partnership partnership = requireWriter(partnershipId, viewer);
		List<Long> known = indicators.findByPartnership(partnership.id()).stream().map(Indicator::id).toList();
		step(partnershipId, reportId, form.getVersion(), viewer, "UPDATE", report -> {
			report.describe(form.getHealth(), form.getHealthReason(), form.getAchievements(), form.getChallenges(),
					form.getNextSteps(), form.getLessons());
			for (Map.Entry<Long, String> typed : form.getValues().entrySet()) {
				if (!known.contains(typed.getKey())) {
					throw new FieldProblem(null, "reference.unknown");
				}
				BigDecimal value;
				try {
					value = FormValues.amount(typed.getValue(), locale).orElse(null);
				}
				catch (IllegalArgumentException ex) {
					throw new FieldProblem("values[" + typed.getKey() + "]", "report.value.invalid");
				}
				report.recordValue(typed.getKey(), value, null);
			}
		});
	}

	public void submit(long partnershipId, long reportId, long version, Viewer viewer) {
		requireWriter(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "SUBMIT",
				report -> report.submit(viewer.user().id(), Instant.now()));
	}

	public void returnReport(long partnershipId, long reportId, long version, @Nullable String comment, Viewer viewer) {
		requireReviewer(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "RETURN",
				report -> report.returnToSubmitter(viewer.user().id(), comment == null ? "" : comment, Instant.now()));
	}

	public void approve(long partnershipId, long reportId, long version, Viewer viewer) {
		requireReviewer(partnershipId, viewer);
		step(partnershipId, reportId, version, viewer, "APPROVE", report -> {
			if (report.correctsReportId() != null) {
				// The corrected report steps aside first: only one approved report per
				// period.
				reports.findById(report.correctsReportId()).ifPresent(old -> {
					old.supersede();
					reports.saveAndFlush(old);
				});
			}
			report.approve(viewer.user().id(), Instant.now());
		});
	}

	public long correct(long partnershipId, long reportId, long version, Viewer viewer) {
		requireWriter(partnershipId, viewer);
		ProgressReport report = current(partnershipId, reportId, version, viewer);
		try {
			ProgressReport correction = reports.saveAndFlush(report.correction());
			audit.record(viewer.actor(), ENTITY, correction.id(), correction.version(), "CORRECTION",
					AuditTrail.differences(Map.of(), snapshot(correction)));
			return correction.id();
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	private void step(long partnershipId, long reportId, long version, Viewer viewer, String action,
			Consumer<ProgressReport> change) {
		ProgressReport report = current(partnershipId, reportId, version, viewer);
		Map<String, @Nullable String> before = snapshot(report);
		try {
			change.accept(report);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
		reports.saveAndFlush(report);
		audit.record(viewer.actor(), ENTITY, reportId, report.version(), action,
				AuditTrail.differences(before, snapshot(report)));
	}

	/**
	 * The report, refused as stale unless the person started from its current version.
	 */
	private ProgressReport current(long partnershipId, long reportId, long version, Viewer viewer) {
		ProgressReport report = report(partnershipId, reportId, viewer);
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, reportId);
		return report;
	}

	private Partnership requireWriter(long partnershipId, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!canWrite(viewer, partnership)) {
			throw new AccessDeniedException("Not a writer of this partnership's reports");
		}
		return partnership;
	}

	private Partnership requireReviewer(long partnershipId, Viewer viewer) {
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
		fields.put("reviewerComment", r.reviewerComment());
		r.values().forEach(v -> fields.put("indicator " + v.indicatorId(), v.value().toPlainString()));
		return fields;
	}

}
