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
import org.wopplatform.domain.progress.Output;
import org.wopplatform.domain.reference.Kpi;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.progress.OutputRepository;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FormValues;
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

	private final AuditTrail audit;

	private final OutputRepository outputs;

	private final ReferenceData reference;

	FrameworkEditing(IndicatorRepository indicators, PartnershipDetailsQueries partnerships, AuditTrail audit,
			OutputRepository outputs, ReferenceData reference) {
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.audit = audit;
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

	public void addOutput(long partnershipId, OutputForm form, Viewer viewer) {
		editable(partnershipId, viewer);
		String area = form.getWorkingArea() == null ? "" : form.getWorkingArea();
		if (reference.workingArea(area).isEmpty()) {
			throw new FieldProblem("workingArea", "reference.unknown");
		}
		Output output = outputs.saveAndFlush(new Output(partnershipId, area, form.getTitle()));
		audit.record(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "OUTPUT_ADDED",
				List.of(new AuditTrail.FieldChange("output " + area, null, output.title())));
	}

	public void removeOutput(long partnershipId, long outputId, Viewer viewer) {
		editable(partnershipId, viewer);
		Output output = outputs.findById(outputId)
			.filter(o -> o.partnershipId() == partnershipId)
			.orElseThrow(NotFoundException::new);
		audit.record(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "OUTPUT_REMOVED",
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

	@Transactional(readOnly = true)
	public List<Indicator> indicatorsOf(long partnershipId) {
		return indicators.findByPartnership(partnershipId);
	}

	public long add(long partnershipId, IndicatorForm form, Viewer viewer, Locale locale) {
		editable(partnershipId, viewer);
		String name = blank(form.getName());
		String unit = blank(form.getUnit());
		var direction = form.getBetterDirection();
		String kpiCode = blank(form.getKpiCode());
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
		try {
			Indicator indicator = new Indicator(partnershipId, kpiCode, name, unit, direction, form.getFrequency());
			indicator.aim(number(form.getBaselineValue(), "baselineValue", locale),
					date(form.getBaselineDate(), "baselineDate"), number(form.getTargetValue(), "targetValue", locale),
					date(form.getTargetDate(), "targetDate"), blank(form.getMeansOfVerification()));
			indicators.saveAndFlush(indicator);
			audit.record(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_ADDED",
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
		audit.record(viewer.actor(), Audited.PARTNERSHIP, partnershipId, null, "INDICATOR_REMOVED",
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

	private static @Nullable BigDecimal number(@Nullable String text, String field, Locale locale) {
		try {
			return FormValues.measure(text, locale).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, "report.value.invalid");
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field) {
		try {
			return FormValues.partialDate(text).map(PartialDate::earliest).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, "date.invalid");
		}
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
