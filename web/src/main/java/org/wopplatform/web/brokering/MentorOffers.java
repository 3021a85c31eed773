package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

	@Transactional(readOnly = true)
	public OfferForm newForm(Viewer viewer) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to offer mentoring");
		OfferForm form = new OfferForm();
		form.setAvailableFrom(LocalDate.now(clock).toString());
		if (viewer.is(Role.UTILITY_STAFF)) {
			form.setOrganisationId(viewer.user().organisationId());
		}
		return form;
	}

	public long create(OfferForm form, Viewer viewer) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to offer mentoring");
		Instant now = clock.instant();
		long organisationId;
		if (viewer.is(Role.UTILITY_STAFF)) {
			organisationId = Objects.requireNonNull(viewer.user().organisationId());
		}
		else {
			Long id = form.getOrganisationId();
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

	public void update(long id, OfferForm form, Viewer viewer) {
		edits.edit(KIND, editable(id, viewer), form.getVersion(), viewer.actor(), "UPDATE",
				o -> apply(o, form, clock.instant()), ex -> new FieldProblem(null, ex.code()));
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
		audit.record(viewer.actor(), ENTITY, id, offer.version(), "WITHDRAWN",
				List.of(new AuditTrail.FieldChange("status", "OPEN", "WITHDRAWN")));
	}

	private void apply(MentorOffer offer, OfferForm form, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> strengths = AreaRows.read(form.getStrengths(),
				code -> reference.workingArea(code).isPresent(), "strengths", "offer.evidence.required", problems);
		if (strengths.isEmpty() && problems.isEmpty()) {
			problems.add(new FieldProblem("strengths", "offer.strengths.required"));
		}
		Set<String> languages = SupportRequests.known(form.getLanguages(), Languages.CODES::contains, "languages",
				problems);
		if (languages.isEmpty()) {
			problems.add(new FieldProblem("languages", "request.languages.required"));
		}
		Set<String> platforms = SupportRequests.known(form.getPlatforms(), code -> reference.platform(code).isPresent(),
				"platforms", problems);
		Integer staffDays = whole(form.getStaffDaysPerYear(), "staffDaysPerYear", 0, 100_000, problems);
		Integer capacity = whole(form.getCapacity(), "capacity", 1, 50, problems);
		LocalDate from = day(form.getAvailableFrom(), "availableFrom", problems);
		LocalDate until = day(form.getAvailableUntil(), "availableUntil", problems);
		if (from != null && until != null && until.isBefore(from)) {
			problems.add(new FieldProblem("availableUntil", "offer.window.order"));
		}
		if (from == null && problems.stream().noneMatch(p -> "availableFrom".equals(p.field()))) {
			problems.add(new FieldProblem("availableFrom", "NotBlank"));
		}
		if (!problems.isEmpty()) {
			throw new FieldProblems(problems);
		}
		try {
			offer.state(form.getSummary(), strengths, languages, platforms, staffDays, Objects.requireNonNull(capacity),
					Objects.requireNonNull(from), until, now);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	private static @Nullable Integer whole(@Nullable String text, String field, int min, int max,
			List<FieldProblem> problems) {
		String value = SupportRequests.blank(text);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
			if (number < min || number > max) {
				problems.add(new FieldProblem(field, "offer." + field + ".range"));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "number.whole"));
			return null;
		}
	}

	private static @Nullable LocalDate day(@Nullable String text, String field, List<FieldProblem> problems) {
		String value = SupportRequests.blank(text);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "date.day.invalid"));
			return null;
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
