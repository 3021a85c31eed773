package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.workplan.Output;
import org.wopplatform.domain.reference.Kpi;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.progress.OutputRepository;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.Choices;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results framework of a partnership: its editors (the platform's coordinator, the
 * secretariat) add outputs per working area, and indicators from the KPI catalogue or
 * custom ones, and remove them; each change is recorded in the partnership's audit trail.
 */
@Service
@Transactional
public class FrameworkEditing {

	@PersistenceContext
	private EntityManager entityManager;

	private final IndicatorRepository indicators;

	private final PartnershipDetailsQueries partnerships;

	private final AuditedEdits edits;

	private final OutputRepository outputs;

	private final ReferenceData reference;

	private final org.wopplatform.persistence.progress.IndicatorProposalQueries proposals;

	FrameworkEditing(IndicatorRepository indicators, PartnershipDetailsQueries partnerships, AuditedEdits edits,
			OutputRepository outputs, ReferenceData reference,
			org.wopplatform.persistence.progress.IndicatorProposalQueries proposals) {
		this.proposals = proposals;
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.edits = edits;
		this.outputs = outputs;
		this.reference = reference;
	}

	@Transactional(readOnly = true)
	public void requireEditor(long partnershipId, Viewer viewer) {
		editable(partnershipId, viewer);
	}

	@Transactional(readOnly = true)
	public List<Output> outputsOf(long partnershipId) {
		return outputs.findByPartnership(partnershipId);
	}

	public void addOutput(long partnershipId, String area, String title, Viewer viewer) {
		editable(partnershipId, viewer);
		if (reference.workingArea(area).isEmpty()) {
			throw new FieldProblem("workingArea", "reference.unknown");
		}
		Output output = outputs.saveAndFlush(new Output(partnershipId, area, title));
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "OUTPUT_ADDED",
				List.of(new AuditTrail.FieldChange("output " + area, null, output.title())));
	}

	public void removeOutput(long partnershipId, long outputId, Viewer viewer) {
		editable(partnershipId, viewer);
		Output output = outputs.findById(outputId)
			.filter(o -> o.partnershipId() == partnershipId)
			.orElseThrow(NotFoundException::new);
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "OUTPUT_REMOVED",
				List.of(new AuditTrail.FieldChange("output " + output.workingAreaCode(), output.title(), null)));
		outputs.delete(output);
	}

	private Partnership editable(long partnershipId, Viewer viewer) {
		Partnership partnership = partnerships.find(partnershipId, viewer.readScope())
			.orElseThrow(NotFoundException::new);
		if (!viewer.canEdit(partnership)) {
			throw new AccessDeniedException("Not an editor of this partnership");
		}
		return partnership;
	}

	/**
	 * The indicators the partnership's utility staff proposed that wait for a decision.
	 */
	@Transactional(readOnly = true)
	public List<org.wopplatform.persistence.progress.IndicatorProposalQueries.ProposalRow> proposalsWaiting(
			long partnershipId) {
		return proposals.ofPartnership(partnershipId)
			.stream()
			.filter(r -> r.status() == org.wopplatform.domain.progress.IndicatorProposal.Status.PROPOSED)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicatorsOf(long partnershipId) {
		return indicators.findByPartnership(partnershipId);
	}

	/**
	 * A new indicator: a KPI of the catalogue (its name, unit and better direction unless
	 * given), or a custom one with its own name; baseline and target with their dates.
	 */
	public record NewIndicator(@Nullable String kpiCode, @Nullable String name, @Nullable String unit,
			@Nullable BetterDirection betterDirection, Cadence frequency, @Nullable BigDecimal baselineValue,
			@Nullable PartialDate baselineDate, @Nullable BigDecimal targetValue, @Nullable PartialDate targetDate,
			@Nullable String meansOfVerification) {
	}

	public long add(long partnershipId, NewIndicator form, Viewer viewer) {
		editable(partnershipId, viewer);
		String name = form.name();
		String unit = form.unit();
		var direction = form.betterDirection();
		String kpiCode = form.kpiCode();
		if (kpiCode != null) {
			Choices.require(reference.kpis(), kpiCode, null, "kpiCode");
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
		try {
			Indicator indicator = new Indicator(partnershipId, kpiCode, name, unit, direction, form.frequency());
			indicator.aim(form.baselineValue(), earliest(form.baselineDate()), form.targetValue(),
					earliest(form.targetDate()), form.meansOfVerification());
			indicators.saveAndFlush(indicator);
			edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_ADDED",
					AuditTrail.differences(Map.of(), describe(indicator)));
			return indicator.id();
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(ex.code().contains("dates") ? "targetDate" : "name", ex.code());
		}
	}

	public void remove(long partnershipId, long indicatorId, Viewer viewer) {
		editable(partnershipId, viewer);
		Indicator indicator = indicators.findById(indicatorId)
			.filter(i -> i.partnershipId() == partnershipId)
			.orElseThrow(NotFoundException::new);
		edits.event(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_REMOVED",
				AuditTrail.differences(describe(indicator), Map.of()));
		indicators.delete(indicator);
	}

	private static Map<String, @Nullable String> describe(Indicator i) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("indicator", i.name() + (i.unit() == null ? "" : " (" + i.unit() + ")"));
		fields.put("baseline", i.baselineValue() == null ? null : i.baselineValue().toPlainString());
		fields.put("target", i.targetValue() == null ? null : i.targetValue().toPlainString());
		return fields;
	}

	private static @Nullable LocalDate earliest(@Nullable PartialDate date) {
		return date == null ? null : date.earliest();
	}

}
