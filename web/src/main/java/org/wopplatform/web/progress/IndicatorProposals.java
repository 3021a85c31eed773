package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.IndicatorProposal;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.domain.reference.Kpi;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.progress.IndicatorProposalQueries;
import org.wopplatform.persistence.progress.IndicatorProposalQueries.ProposalRow;
import org.wopplatform.persistence.progress.IndicatorProposalRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators proposed by a partnership's utility staff: proposed (waiting, never part of
 * a report), then accepted by a coordinator of the region or the secretariat (it becomes
 * an indicator of the framework) or declined with a reason the proposer reads. Every step
 * is recorded in the partnership's audit trail.
 */
@Service
@Transactional
public class IndicatorProposals {

	@PersistenceContext
	private EntityManager entityManager;

	private final ReportWorkflow workflow;

	private final org.wopplatform.persistence.partnership.PartnershipDetailsQueries partnerships;

	private final IndicatorProposalRepository proposals;

	private final IndicatorProposalQueries queries;

	private final FrameworkEditing framework;

	private final AuditedEdits edits;

	private final Clock clock;

	IndicatorProposals(ReportWorkflow workflow,
			org.wopplatform.persistence.partnership.PartnershipDetailsQueries partnerships,
			IndicatorProposalRepository proposals, IndicatorProposalQueries queries, FrameworkEditing framework,
			AuditedEdits edits, Clock clock) {
		this.partnerships = partnerships;
		this.workflow = workflow;
		this.proposals = proposals;
		this.queries = queries;
		this.framework = framework;
		this.edits = edits;
		this.clock = clock;
	}

	/**
	 * An indicator as proposed: a KPI of the catalogue, or a custom one with its name.
	 */
	public record NewProposal(@Nullable String kpiCode, @Nullable String name, @Nullable String unit,
			@Nullable BetterDirection betterDirection, @Nullable BigDecimal baselineValue,
			@Nullable BigDecimal targetValue) {
	}

	/**
	 * The partnership, for those who work with its reports: 404 when the viewer may not
	 * read it at all, 403 when they may read it but neither write nor review its reports.
	 */
	@Transactional(readOnly = true)
	public Partnership partnership(long partnershipId, Viewer viewer) {
		Partnership partnership = partnerships.find(partnershipId, viewer.readScope())
			.orElseThrow(NotFoundException::new);
		if (!workflow.canWrite(viewer, partnership) && !workflow.canReview(viewer, partnership)) {
			throw new AccessDeniedException("Neither a writer nor a reviewer of this partnership's reports");
		}
		return partnership;
	}

	/**
	 * The partnership's own utility staff propose; its editors add indicators directly.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean canPropose(Viewer viewer, Partnership partnership) {
		return viewer.is(Role.UTILITY_STAFF) && workflow.canWrite(viewer, partnership);
	}

	/** A coordinator of the partnership's region or the secretariat decides. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean canDecide(Viewer viewer, Partnership partnership) {
		return viewer.canEdit(partnership);
	}

	@Transactional(readOnly = true)
	public List<ProposalRow> of(long partnershipId) {
		return queries.ofPartnership(partnershipId);
	}

	public long propose(long partnershipId, NewProposal proposal, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!canPropose(viewer, partnership)) {
			throw new AccessDeniedException("Only the partnership's utility staff propose indicators");
		}
		String name = proposal.name();
		String unit = proposal.unit();
		BetterDirection direction = proposal.betterDirection();
		String kpiCode = proposal.kpiCode();
		if (kpiCode != null) {
			Kpi kpi = entityManager.find(Kpi.class, kpiCode);
			if (kpi == null) {
				throw new FieldProblem("kpiCode", "reference.unknown");
			}
			name = name != null ? name : kpi.name(Locale.ENGLISH);
			unit = unit != null ? unit : kpi.unit().orElse(null);
			direction = direction != null ? direction : kpi.betterDirection().orElse(null);
		}
		if (name == null) {
			throw new FieldProblem("name", "indicator.name.required");
		}
		IndicatorProposal saved = proposals.saveAndFlush(new IndicatorProposal(partnershipId, kpiCode, name, unit,
				direction, proposal.baselineValue(), proposal.targetValue(), viewer.user().id(), clock.instant()));
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_PROPOSED",
				AuditTrail.differences(Map.of(), describe(saved)));
		return Objects.requireNonNull(saved.id());
	}

	/**
	 * Accepted: the proposal becomes an indicator of the framework (audited as added).
	 */
	public void accept(long partnershipId, long proposalId, long version, Viewer viewer) {
		Partnership partnership = decidable(partnershipId, viewer);
		IndicatorProposal proposal = waiting(partnershipId, proposalId, version);
		long indicatorId = framework.add(partnershipId,
				new FrameworkEditing.NewIndicator(proposal.kpiCode(), proposal.name(), proposal.unit(),
						proposal.betterDirection(), partnership.reportingCadence(), proposal.baselineValue(), null,
						proposal.targetValue(), null, null),
				viewer);
		proposal.accept(indicatorId, viewer.user().id(), clock.instant());
		proposals.saveAndFlush(proposal);
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_PROPOSAL_ACCEPTED",
				List.of(new AuditTrail.FieldChange("indicator", null, proposal.name())));
	}

	/** Declined with a reason, which the proposer reads beside the proposal. */
	public void decline(long partnershipId, long proposalId, long version, @Nullable String reason, Viewer viewer) {
		decidable(partnershipId, viewer);
		IndicatorProposal proposal = waiting(partnershipId, proposalId, version);
		try {
			proposal.decline(reason, viewer.user().id(), clock.instant());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("reason", ex.code());
		}
		proposals.saveAndFlush(proposal);
		Map<String, @Nullable String> after = new LinkedHashMap<>();
		after.put("indicator", proposal.name());
		after.put("reason", proposal.declineReason());
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_PROPOSAL_DECLINED",
				AuditTrail.differences(Map.of(), after));
	}

	private Partnership decidable(long partnershipId, Viewer viewer) {
		Partnership partnership = partnership(partnershipId, viewer);
		if (!canDecide(viewer, partnership)) {
			throw new AccessDeniedException("Only the region's coordinator or the secretariat decide on proposals");
		}
		return partnership;
	}

	/**
	 * The proposal, still waiting and as the person saw it; one decided meanwhile is
	 * refused with a message rather than decided twice.
	 */
	private IndicatorProposal waiting(long partnershipId, long proposalId, long version) {
		IndicatorProposal proposal = proposals.findById(proposalId)
			.filter(p -> p.partnershipId() == partnershipId)
			.orElseThrow(NotFoundException::new);
		if (proposal.version() != version || proposal.status() != IndicatorProposal.Status.PROPOSED) {
			throw new FieldProblem(null, "proposal.rule.decided");
		}
		return proposal;
	}

	private static Map<String, @Nullable String> describe(IndicatorProposal p) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("indicator", p.name() + (p.unit() == null ? "" : " (" + p.unit() + ")"));
		fields.put("baseline", p.baselineValue() == null ? null : p.baselineValue().toPlainString());
		fields.put("target", p.targetValue() == null ? null : p.targetValue().toPlainString());
		return fields;
	}

}
