package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.brokering.MentorOffer;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.brokering.MentorOfferRepository;
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
 * Mentor offers: made by a utility for itself, or by a coordinator or the secretariat on
 * its behalf (organisations are shared by all regions); seen by brokers and by the
 * utility's own staff; withdrawn when no longer valid. Every change is audited.
 */
@Service
@Transactional
class MentorOffers {

	static final Audited ENTITY = Audited.MENTOR_OFFER;

	/** An offer as the audited-edit step reads it. */
	static final AuditedEdits.Kind<MentorOffer> KIND = new AuditedEdits.Kind<>(ENTITY,
			o -> Objects.requireNonNull(o.id()), MentorOffer::version, MentorOffers::snapshot);

	@PersistenceContext
	private EntityManager entityManager;

	private final MentorOfferRepository offers;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final AuditedEdits edits;

	private final Clock clock;

	MentorOffers(MentorOfferRepository offers, ReferenceData reference, AuditTrail audit, AuditedEdits edits,
			Clock clock) {
		this.edits = edits;
		this.offers = offers;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
	}

	/** An offer the person may read: brokers all, utility staff their own (404 else). */
	@Transactional(readOnly = true)
	public MentorOffer readable(long id, Viewer viewer) {
		MentorOffer offer = offers.findWhole(id).orElseThrow(NotFoundException::new);
		if (!BrokeringAccess.canRead(viewer, offer)) {
			throw new NotFoundException();
		}
		return offer;
	}

	/** An offer the person may change: 404 if unreadable, 403 if read-only to them. */
	@Transactional(readOnly = true)
	public MentorOffer editable(long id, Viewer viewer) {
		MentorOffer offer = readable(id, viewer);
		BrokeringAccess.require(BrokeringAccess.canEdit(viewer, offer), "May not change this offer");
		return offer;
	}

	/**
	 * An offer as stated: who offers (utility staff always for their own), strengths
	 * (area code → evidence, in the order typed), languages and platforms as codes (each
	 * once), staff-days a year, capacity and window.
	 */
	public record Details(@Nullable Long organisationId, @Nullable String summary, Map<String, String> strengths,
			List<String> languages, List<String> platforms, @Nullable Integer staffDaysPerYear, int capacity,
			LocalDate availableFrom, @Nullable LocalDate availableUntil) {
	}

	/** Who a new offer is from, where it follows, and the first day it can start. */
	public record Prefill(@Nullable Long organisationId, LocalDate availableFrom) {
	}

	@Transactional(readOnly = true)
	public Prefill prefill(Viewer viewer) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to offer mentoring");
		return new Prefill(viewer.is(Role.UTILITY_STAFF) ? viewer.user().organisationId() : null, LocalDate.now(clock));
	}

	public long create(Details form, Viewer viewer) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to offer mentoring");
		Instant now = clock.instant();
		long organisationId;
		if (viewer.is(Role.UTILITY_STAFF)) {
			organisationId = Objects.requireNonNull(viewer.user().organisationId());
		}
		else {
			Long id = form.organisationId();
			if (id == null) {
				throw new FieldProblem("organisationId", "NotNull");
			}
			if (entityManager.find(Organisation.class, id) == null) {
				throw new FieldProblem("organisationId", "reference.unknown");
			}
			organisationId = id;
		}
		MentorOffer offer = new MentorOffer(organisationId, viewer.user().id(), now);
		apply(offer, form, now);
		edits.create(KIND, offer, viewer.actor());
		return Objects.requireNonNull(offer.id());
	}

	public void update(long id, Details form, long version, Viewer viewer) {
		edits.edit(KIND, editable(id, viewer), version, viewer.actor(), "UPDATE", o -> apply(o, form, clock.instant()),
				ex -> new FieldProblem(null, ex.code()));
	}

	public void withdraw(long id, long version, Viewer viewer) {
		MentorOffer offer = editable(id, viewer);
		StaleEditException.requireVersion(offer.version(), version, audit, ENTITY, id);
		try {
			offer.withdraw(clock.instant());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
		offers.saveAndFlush(offer);
		edits.event(viewer.actor(), ENTITY, id, offer.version(), "WITHDRAWN",
				List.of(new AuditTrail.FieldChange("status", "OPEN", "WITHDRAWN")));
	}

	private void apply(MentorOffer offer, Details form, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		SupportRequests.known(List.copyOf(form.strengths().keySet()), code -> reference.workingArea(code).isPresent(),
				"strengths", problems);
		if (form.strengths().isEmpty()) {
			problems.add(new FieldProblem("strengths", "offer.strengths.required"));
		}
		Set<String> languages = SupportRequests.known(form.languages(), Languages.CODES::contains, "languages",
				problems);
		if (languages.isEmpty()) {
			problems.add(new FieldProblem("languages", "request.languages.required"));
		}
		Set<String> platforms = SupportRequests.known(form.platforms(), code -> reference.platform(code).isPresent(),
				"platforms", problems);
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		try {
			offer.state(form.summary(), form.strengths(), languages, platforms, form.staffDaysPerYear(),
					form.capacity(), form.availableFrom(), form.availableUntil(), now);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	static Map<String, @Nullable String> snapshot(MentorOffer o) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("summary", o.summary());
		new java.util.TreeMap<>(o.strengths()).forEach((area, evidence) -> fields.put("strength " + area, evidence));
		fields.put("languages", String.join(", ", new java.util.TreeSet<>(o.languages())));
		fields.put("platforms", String.join(", ", new java.util.TreeSet<>(o.platformCodes())));
		fields.put("staffDaysPerYear", o.staffDaysPerYear() == null ? null : o.staffDaysPerYear().toString());
		fields.put("capacity", Integer.toString(o.capacity()));
		fields.put("availableFrom", o.availableFrom().toString());
		fields.put("availableUntil", o.availableUntil() == null ? null : o.availableUntil().toString());
		fields.put("status", o.status().name());
		return fields;
	}

}
