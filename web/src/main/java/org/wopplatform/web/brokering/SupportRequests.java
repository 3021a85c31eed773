package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.brokering.Urgency;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.brokering.SupportRequestRepository;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FieldProblems;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support requests: made by a utility for itself, or by a coordinator (in their platform)
 * or the secretariat on its behalf; changed by the same people while not closed; closed
 * with a reason. Every change is audited.
 */
@Service
@Transactional
class SupportRequests {

	static final Audited ENTITY = Audited.SUPPORT_REQUEST;

	/** A request as the audited-edit step reads it. */
	static final AuditedEdits.Kind<SupportRequest> KIND = new AuditedEdits.Kind<>(ENTITY,
			r -> Objects.requireNonNull(r.id()), SupportRequest::version, SupportRequests::snapshot);

	@PersistenceContext
	private EntityManager entityManager;

	private final SupportRequestRepository requests;

	private final BrokeringQueries queries;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final AuditedEdits edits;

	private final Clock clock;

	SupportRequests(SupportRequestRepository requests, BrokeringQueries queries, ReferenceData reference,
			AuditTrail audit, AuditedEdits edits, Clock clock) {
		this.edits = edits;
		this.requests = requests;
		this.queries = queries;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A request the person may read (404 otherwise), with its needs, KPIs, languages and
	 * targets.
	 */
	@Transactional(readOnly = true)
	public SupportRequest readable(long id, Viewer viewer) {
		if (!queries.canSeeRequest(BrokeringAccess.scope(viewer), id)) {
			throw new NotFoundException();
		}
		SupportRequest request = requests.findWhole(id).orElseThrow(NotFoundException::new);
		request.kpiCodes(); // loaded now, one statement each, not multiplied with the
							// needs
		request.sdgTargetCodes();
		return request;
	}

	/** A request the person may change: 404 if unreadable, 403 if read-only to them. */
	@Transactional(readOnly = true)
	public SupportRequest editable(long id, Viewer viewer) {
		SupportRequest request = readable(id, viewer);
		BrokeringAccess.require(BrokeringAccess.canEdit(viewer, request), "May not change this request");
		return request;
	}

	/**
	 * A request as stated: who asks (utility staff always ask for their own; others
	 * choose), through which platform (a coordinator's is theirs), what is needed (area
	 * code → description, in the order typed), KPIs, languages and SDG targets as codes
	 * (each once), and whether it is public.
	 */
	public record Details(@Nullable Long organisationId, @Nullable String platformCode, String title,
			@Nullable String context, Urgency urgency, Map<String, String> needs, List<String> kpiCodes,
			List<String> languages, List<String> sdgTargets, boolean publicVisible) {
	}

	/** Who a new request is from and through which platform, where they follow. */
	public record Prefill(@Nullable Long organisationId, @Nullable String platformCode) {
	}

	@Transactional(readOnly = true)
	public Prefill prefill(Viewer viewer) {
		requireCreator(viewer);
		if (viewer.is(Role.UTILITY_STAFF)) {
			Organisation own = entityManager.find(Organisation.class, viewer.user().organisationId());
			return new Prefill(viewer.user().organisationId(),
					own != null && own.country() != null ? own.country().regionalPlatformCode() : null);
		}
		return new Prefill(null, viewer.is(Role.COORDINATOR) ? viewer.platformCode() : null);
	}

	public long create(Details form, Viewer viewer) {
		requireCreator(viewer);
		Instant now = clock.instant();
		long organisationId = requester(form, viewer);
		SupportRequest request = new SupportRequest(organisationId, platform(form, viewer), viewer.user().id(), now);
		apply(request, form, BrokeringAccess.isStaffOf(viewer, organisationId) && form.publicVisible(), now);
		edits.create(KIND, request, viewer.actor());
		return Objects.requireNonNull(request.id());
	}

	public void update(long id, Details form, long version, Viewer viewer) {
		SupportRequest request = editable(id, viewer);
		// Only the utility's own staff decide whether its request is public.
		boolean visible = BrokeringAccess.isStaffOf(viewer, request.organisationId()) ? form.publicVisible()
				: request.isPublicVisible();
		edits.edit(KIND, request, version, viewer.actor(), "UPDATE", r -> apply(r, form, visible, clock.instant()),
				ex -> new FieldProblem(null, ex.code()));
	}

	/** Closes the request; its matches under way are then declined by the caller. */
	SupportRequest close(long id, @Nullable String reason, long version, Viewer viewer) {
		SupportRequest request = editable(id, viewer);
		StaleEditException.requireVersion(request.version(), version, audit, ENTITY, id);
		String before = request.status().name();
		try {
			request.close(Objects.requireNonNullElse(reason, ""), clock.instant());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("reason", ex.code());
		}
		requests.saveAndFlush(request);
		edits.event(viewer.actor(), ENTITY, id, request.version(), "CLOSED",
				List.of(new AuditTrail.FieldChange("status", before, "CLOSED"),
						new AuditTrail.FieldChange("closeReason", null, request.closeReason())));
		return request;
	}

	private void apply(SupportRequest request, Details form, boolean publicVisible, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		known(List.copyOf(form.needs().keySet()), code -> reference.workingArea(code).isPresent(), "needs", problems);
		if (form.needs().isEmpty()) {
			problems.add(new FieldProblem("needs", "request.needs.required"));
		}
		Set<String> kpis = known(form.kpiCodes(),
				code -> reference.kpis().stream().anyMatch(k -> k.code().equals(code)), "kpiCodes", problems);
		Set<String> languages = known(form.languages(), Languages.CODES::contains, "languages", problems);
		if (languages.isEmpty()) {
			problems.add(new FieldProblem("languages", "request.languages.required"));
		}
		Set<String> targets = known(form.sdgTargets(), code -> reference.target(code).isPresent(), "sdgTargets",
				problems);
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		try {
			request.state(form.title(), form.context(), form.urgency(), form.needs(), kpis, languages, targets,
					publicVisible, now);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	static Set<String> known(List<String> codes, java.util.function.Predicate<String> exists, String field,
			List<FieldProblem> problems) {
		Set<String> known = new LinkedHashSet<>();
		for (String code : codes) {
			if (exists.test(code)) {
				known.add(code);
			}
			else {
				problems.add(new FieldProblem(field, "reference.unknown"));
				break;
			}
		}
		return known;
	}

	private long requester(Details form, Viewer viewer) {
		if (viewer.is(Role.UTILITY_STAFF)) {
			return Objects.requireNonNull(viewer.user().organisationId());
		}
		Long id = form.organisationId();
		if (id == null) {
			throw new FieldProblem("organisationId", "NotNull");
		}
		if (entityManager.find(Organisation.class, id) == null) {
			throw new FieldProblem("organisationId", "reference.unknown");
		}
		return id;
	}

	private String platform(Details form, Viewer viewer) {
		if (viewer.is(Role.COORDINATOR)) {
			return Objects.requireNonNull(viewer.platformCode());
		}
		String code = form.platformCode();
		if (code == null) {
			throw new FieldProblem("platformCode", "NotNull");
		}
		if (reference.platform(code).isEmpty()) {
			throw new FieldProblem("platformCode", "reference.unknown");
		}
		return code;
	}

	private static void requireCreator(Viewer viewer) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to make a request");
	}

	static Map<String, @Nullable String> snapshot(SupportRequest r) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("title", r.title());
		fields.put("platform", r.platformCode());
		fields.put("context", r.context());
		fields.put("urgency", r.urgency().name());
		fields.put("status", r.status().name());
		new java.util.TreeMap<>(r.needs()).forEach((area, description) -> fields.put("need " + area, description));
		fields.put("kpis", String.join(", ", new java.util.TreeSet<>(r.kpiCodes())));
		fields.put("languages", String.join(", ", new java.util.TreeSet<>(r.languages())));
		fields.put("sdgTargets", String.join(", ", new java.util.TreeSet<>(r.sdgTargetCodes())));
		fields.put("public", Boolean.toString(r.isPublicVisible()));
		return fields;
	}

}
