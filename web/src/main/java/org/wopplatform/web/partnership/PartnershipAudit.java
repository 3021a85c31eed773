package org.wopplatform.web.partnership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Participant;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.web.common.AuditedEdits;

/**
 * What the audit trail records of a partnership: every field a person can change, as
 * text, so that two snapshots compare field by field (old → new).
 */
public final class PartnershipAudit {

	public static final Audited ENTITY = Audited.PARTNERSHIP;

	/** A partnership as the audited-edit step reads it. */
	public static final AuditedEdits.Kind<Partnership> KIND = new AuditedEdits.Kind<>(ENTITY,
			p -> java.util.Objects.requireNonNull(p.id()), Partnership::version, PartnershipAudit::snapshot);

	private PartnershipAudit() {
	}

	public static Map<String, @Nullable String> snapshot(Partnership p) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("referenceCode", p.referenceCode());
		fields.put("title", p.title());
		fields.put("description", p.description());
		fields.put("objectives", p.objectives());
		fields.put("implementationNotes", p.implementationNotes());
		fields.put("resultsNarrative", p.resultsNarrative());
		fields.put("status", p.status().name());
		fields.put("plannedStart", p.plannedStart().map(Object::toString).orElse(null));
		fields.put("plannedEnd", p.plannedEnd().map(Object::toString).orElse(null));
		fields.put("actualStart", p.actualStart().map(Object::toString).orElse(null));
		fields.put("actualEnd", p.actualEnd().map(Object::toString).orElse(null));
		fields.put("regionalPlatform", p.regionalPlatform().map(r -> r.code()).orElse(null));
		fields.put("fundingProgramme", p.fundingProgramme().map(f -> f.code()).orElse(null));
		fields.put("budget", p.budget().map(Object::toString).orElse(null));
		fields.put("contactName", p.contact().map(c -> c.name()).orElse(null));
		fields.put("contactPosition", p.contact().map(c -> c.position()).orElse(null));
		fields.put("contactEmail", p.contact().map(c -> c.email()).orElse(null));
		fields.put("published", Boolean.toString(p.isPublished()));
		fields.put("participants",
				p.participants().stream().map(PartnershipAudit::participant).collect(Collectors.joining("; ")));
		fields.put("contributions", p.contributions()
			.stream()
			.map(c -> c.category() + ": " + c.description() + (c.amount() == null ? "" : " (" + c.amount() + ")"))
			.collect(Collectors.joining("; ")));
		fields.put("deliverables",
				p.deliverables().stream().map(d -> d.due() + " " + d.title()).collect(Collectors.joining("; ")));
		fields.put("workingAreas", p.workingAreas().stream().map(WorkingArea::code).collect(Collectors.joining(", ")));
		fields.put("sdgTargets", p.sdgTargets().stream().map(SdgTarget::code).collect(Collectors.joining(", ")));
		return fields;
	}

	private static String participant(Participant participant) {
		return participant.organisation().displayName() + " as " + participant.role();
	}

}
