package org.wopplatform.web.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.capacity.CapacityFocus;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.capacity.CapacityFocusRepository;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.partnership.PartnershipEditing;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity dimensions of a partnership's working areas: read by whoever reads the
 * record, chosen and removed by its editors, each change audited.
 */
@Service
@Transactional
public class CapacityEditing {

	static final AuditedEdits.Kind<CapacityFocus> KIND = new AuditedEdits.Kind<>(Audited.CAPACITY_FOCUS,
			f -> Objects.requireNonNull(f.id()), CapacityFocus::version, CapacityEditing::snapshot);

	private final PartnershipDetailsQueries partnerships;

	private final PartnershipEditing editors;

	private final CapacityFocusRepository foci;

	private final ReferenceData reference;

	private final AuditedEdits edits;

	CapacityEditing(PartnershipDetailsQueries partnerships, PartnershipEditing editors, CapacityFocusRepository foci,
			ReferenceData reference, AuditedEdits edits) {
		this.partnerships = partnerships;
		this.editors = editors;
		this.foci = foci;
		this.reference = reference;
		this.edits = edits;
	}

	/** A dimension as chosen: GWOPA's (by code) or one's own (named in each language). */
	public record NewFocus(String workingArea, @Nullable String dimensionCode, @Nullable LocalizedText customName,
			int baselineStage, @Nullable String baselineDescription, @Nullable String objective) {
	}

	/**
	 * A partnership's capacity dimensions by working area, and whether the reader edits
	 * them.
	 */
	public record Capacity(Partnership partnership, Map<String, List<CapacityFocus>> byArea, boolean editable) {

		/** Whether made-up demo baselines show (the page says so). */
		public boolean illustrative() {
			return byArea.values().stream().flatMap(List::stream).anyMatch(CapacityFocus::isIllustrative);
		}

	}

	@Transactional(readOnly = true)
	public Capacity of(long partnershipId, Viewer viewer) {
		Partnership partnership = partnerships.find(partnershipId, viewer.readScope())
			.orElseThrow(NotFoundException::new);
		Map<String, List<CapacityFocus>> byArea = new LinkedHashMap<>();
		partnership.workingAreas().forEach(w -> byArea.put(w.code(), new java.util.ArrayList<>()));
		for (CapacityFocus focus : foci.findByPartnership(partnershipId)) {
			byArea.computeIfAbsent(focus.workingAreaCode(), a -> new java.util.ArrayList<>()).add(focus);
		}
		return new Capacity(partnership, byArea, viewer.canEdit(partnership));
	}

	@Transactional(readOnly = true)
	public void requireEditor(long partnershipId, Viewer viewer) {
		editors.forEditing(partnershipId, viewer);
	}

	public long add(long partnershipId, NewFocus focus, Viewer viewer) {
		Partnership partnership = editors.forEditing(partnershipId, viewer);
		if (partnership.workingAreas().stream().noneMatch(w -> w.code().equals(focus.workingArea()))) {
			throw new FieldProblem("workingArea", "capacity.area.notPartnerships");
		}
		String code = focus.dimensionCode();
		CapacityFocus chosen;
		try {
			if (code != null) {
				if (reference.dimension(code).isEmpty()) {
					throw new FieldProblem("dimension", "reference.unknown");
				}
				boolean taken = foci.findByPartnership(partnershipId)
					.stream()
					.anyMatch(f -> f.workingAreaCode().equals(focus.workingArea()) && code.equals(f.dimensionCode()));
				if (taken) {
					throw new FieldProblem("dimension", "capacity.dimension.taken");
				}
				chosen = CapacityFocus.of(partnershipId, focus.workingArea(), code, focus.baselineStage());
			}
			else {
				chosen = CapacityFocus.custom(partnershipId, focus.workingArea(),
						Objects.requireNonNull(focus.customName()), focus.baselineStage());
			}
			chosen.describe(focus.baselineDescription(), focus.objective());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(ex.code().startsWith("capacity.custom") ? "customNameEn" : "baselineStage",
					ex.code());
		}
		edits.create(KIND, chosen, viewer.actor());
		return Objects.requireNonNull(chosen.id());
	}

	public void remove(long partnershipId, long focusId, long version, Viewer viewer) {
		editors.forEditing(partnershipId, viewer);
		CapacityFocus focus = foci.findById(focusId)
			.filter(f -> f.partnershipId() == partnershipId)
			.orElseThrow(NotFoundException::new);
		if (foci.isAssessed(focusId)) {
			throw new FieldProblem(null, "capacity.focus.assessed");
		}
		edits.remove(KIND, focus, version, viewer.actor());
	}

	static Map<String, @Nullable String> snapshot(CapacityFocus f) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("workingArea", f.workingAreaCode());
		fields.put("dimension",
				f.dimensionCode() != null ? f.dimensionCode() : Objects.requireNonNull(f.customName()).en());
		fields.put("baselineStage", Integer.toString(f.baselineStage()));
		fields.put("baselineDescription", f.baselineDescription());
		fields.put("objective", f.objective());
		return fields;
	}

}
