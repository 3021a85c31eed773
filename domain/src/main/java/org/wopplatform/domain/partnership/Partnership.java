package org.wopplatform.domain.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.reference.FundingProgramme;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;

/**
 * A Water Operators' Partnership (kind WOP) or a multi-stakeholder initiative (kind
 * NETWORK). The aggregate guards its own rules: a WOP keeps at least one mentor-side and
 * one mentee-side participant, never the same organisation on both sides; a NETWORK keeps
 * at least one partner; status changes follow the IATI lifecycle of
 * {@link PartnershipStatus} and record actual dates; end dates never precede start dates.
 */
@Entity
@Table(name = "partnership")
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
	@SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	private String referenceCode;

	@Enumerated(EnumType.STRING)
	private PartnershipKind kind;

	private String title;

	/**
	 * What the partnership search matches: the lower-case title, reference code and
	 * participants' names and acronyms, one per line. Kept by the database (triggers of
	 * migration V202612091100), never written from here.
	 */
	@Column(insertable = false, updatable = false)
	private String searchText = "";

	/**
	 * What the search's filters on working areas, SDG targets, participants' countries
	 * and years compare: {@code a:NRW}, {@code t:6.4}, {@code c:KE}, {@code y:2019}
	 * ({@code y:open} for a partnership with a start and no end), each once. Kept by the
	 * database (triggers of migrations V202612121000 and V202612121100), never written
	 * from here.
	 */
	@Column(insertable = false, updatable = false)
	private String[] facets = {};

	/**
	 * The working areas and SDG targets of {@link #facets} ({@code a:NRW},
	 * {@code t:6.4}): what the search's filters on those compare, held by the title-order
	 * indexes, whose rows have a bound in size (the countries and years of facets have
	 * none). Computed by the database from facets (migration V202612141000), never
	 * written from here.
	 */
	@Column(insertable = false, updatable = false)
	private String[] themes = {};

	/**
	 * The title in lower case: the order of partnership lists, which the title-order
	 * indexes hold once (migration V202612141000). Computed by the database, never
	 * written from here.
	 */
	@Column(insertable = false, updatable = false)
	private @Nullable String titleOrder;

	private @Nullable String description;

	private @Nullable String objectives;

	private @Nullable String implementationNotes;

	private @Nullable String resultsNarrative;

	@Enumerated(EnumType.STRING)
	private PartnershipStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "planned_start")),
			@AttributeOverride(name = "precision", column = @Column(name = "planned_start_precision")) })
	private @Nullable PartialDate plannedStart;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "planned_end")),
			@AttributeOverride(name = "precision", column = @Column(name = "planned_end_precision")) })
	private @Nullable PartialDate plannedEnd;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "actual_start")),
			@AttributeOverride(name = "precision", column = @Column(name = "actual_start_precision")) })
	private @Nullable PartialDate actualStart;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "actual_end")),
			@AttributeOverride(name = "precision", column = @Column(name = "actual_end_precision")) })
	private @Nullable PartialDate actualEnd;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "regional_platform_code")
	private @Nullable RegionalPlatform regionalPlatform;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "funding_programme_code")
	private @Nullable FundingProgramme fundingProgramme;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "budget_amount")),
			@AttributeOverride(name = "currency", column = @Column(name = "budget_currency")) })
	private @Nullable Money budget;

	@Embedded
	private @Nullable ContactPerson contact;

	@Enumerated(EnumType.STRING)
	@Column(name = "reporting_cadence")
	private Cadence reportingCadence = Cadence.YEARLY;

	private boolean published;

	private @Nullable String sources;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Contribution> contributions = new ArrayList<>();

	@OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Deliverable> deliverables = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "partnership_working_area", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "working_area_code"))
	private Set<WorkingArea> workingAreas = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "partnership_sdg_target", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "sdg_target_code"))
	private Set<SdgTarget> sdgTargets = new LinkedHashSet<>();

	protected Partnership() {
	}

	private Partnership(String referenceCode, PartnershipKind kind, String title) {
		this.referenceCode = requireReferenceCode(referenceCode);
		this.kind = kind;
		this.title = requireText(title, "partnership.title.required", "A partnership needs a title");
		this.status = PartnershipStatus.PIPELINE;
	}

	/** A new WOP in PIPELINE between a lead mentor and a lead mentee. */
	public static Partnership wop(String referenceCode, String title, Organisation leadMentor,
			Organisation leadMentee) {
		if (leadMentor.isSameAs(leadMentee)) {
			throw sameOnBothSides(leadMentor);
		}
		Partnership partnership = new Partnership(referenceCode, PartnershipKind.WOP, title);
		partnership.participants.add(new Participant(partnership, leadMentor, PartnerRole.LEAD_MENTOR, 0, null));
		partnership.participants.add(new Participant(partnership, leadMentee, PartnerRole.LEAD_MENTEE, 1, null));
		return partnership;
	}

	/** A new multi-stakeholder initiative in PIPELINE with its first partner. */
	public static Partnership network(String referenceCode, String title, Organisation firstPartner) {
		Partnership partnership = new Partnership(referenceCode, PartnershipKind.NETWORK, title);
		partnership.participants.add(new Participant(partnership, firstPartner, PartnerRole.PARTNER, 0, null));
		return partnership;
	}

	// ---- participants
	// -------------------------------------------------------------------

	public Participant addParticipant(Organisation organisation, PartnerRole role, @Nullable String note) {
		Objects.requireNonNull(role, "role");
		String problem = participationProblem(organisation::isSameAs, role);
		if (problem != null) {
			throw new DomainRuleViolation(problem, organisation.name() + " cannot take part as " + role);
		}
		Participant participant = new Participant(this, organisation, role, nextPosition(participants.size()), note);
		participants.add(participant);
		return participant;
	}

	/**
	 * Why the organisation cannot take part in this role (the code of the rule it would
	 * break), or empty when it can: for checking a form in the same round as its fields.
	 */
	public Optional<String> participationProblem(long organisationId, PartnerRole role) {
		return Optional.ofNullable(
				participationProblem(o -> o.id() != null && o.id() == organisationId, Objects.requireNonNull(role)));
	}

	private @Nullable String participationProblem(Predicate<Organisation> same, PartnerRole role) {
		if (kind == PartnershipKind.NETWORK && role.side() != Side.OTHER) {
			return "partnership.rule.networkHasNoSides";
		}
		for (Participant existing : participants) {
			if (same.test(existing.organisation())) {
				if (existing.role() == role) {
					return "partnership.rule.duplicateParticipant";
				}
				if (role.side() != Side.OTHER && existing.role().side() != Side.OTHER
						&& existing.role().side() != role.side()) {
					return "partnership.rule.mentorMenteeSame";
				}
			}
		}
		return null;
	}

	public void removeParticipant(Participant participant) {
		List<Participant> remaining = new ArrayList<>(participants);
		if (!remaining.remove(participant)) {
			throw new IllegalArgumentException("Not a participant of this partnership");
		}
		List<String> broken = participantRuleViolations(remaining);
		if (!broken.isEmpty()) {
			throw new DomainRuleViolation(broken.get(0), "Removing " + participant.organisation().name()
					+ " would leave the partnership without a required side");
		}
		participants.remove(participant);
	}

	/**
	 * The participant rules this partnership breaks, as message keys; empty when it keeps
	 * them all. Useful to check data that did not come through this class (imports,
	 * migrations).
	 */
	public List<String> ruleViolations() {
		List<String> broken = new ArrayList<>(participantRuleViolations(participants));
		if (!datesInOrder(plannedStart, plannedEnd) || !datesInOrder(actualStart, actualEnd)) {
			broken.add("partnership.rule.datesOutOfOrder");
		}
		return broken;
	}

	private List<String> participantRuleViolations(List<Participant> candidates) {
		List<String> broken = new ArrayList<>();
		if (kind == PartnershipKind.NETWORK) {
			if (candidates.isEmpty()) {
				broken.add("partnership.rule.networkNeedsPartner");
			}
			return broken;
		}
		List<Organisation> mentors = candidates.stream()
			.filter(p -> p.role().isMentorSide())
			.map(Participant::organisation)
			.toList();
		List<Organisation> mentees = candidates.stream()
			.filter(p -> p.role().isMenteeSide())
			.map(Participant::organisation)
			.toList();
		if (mentors.isEmpty()) {
			broken.add("partnership.rule.mentorRequired");
		}
		if (mentees.isEmpty()) {
			broken.add("partnership.rule.menteeRequired");
		}
		if (mentors.stream().anyMatch(m -> mentees.stream().anyMatch(m::isSameAs))) {
			broken.add("partnership.rule.mentorMenteeSame");
		}
		return broken;
	}

	private static DomainRuleViolation sameOnBothSides(Organisation organisation) {
		return new DomainRuleViolation("partnership.rule.mentorMenteeSame",
				organisation.name() + " cannot be both mentor and mentee of the same WOP");
	}

	// ---- description, dates and status
	// ----------------------------------------------------

	public void describe(@Nullable String description, @Nullable String objectives,
			@Nullable String implementationNotes, @Nullable String resultsNarrative) {
		this.description = PlainText.orNull(description);
		this.objectives = PlainText.orNull(objectives);
		this.implementationNotes = PlainText.orNull(implementationNotes);
		this.resultsNarrative = PlainText.orNull(resultsNarrative);
	}

	public void retitle(String title) {
		this.title = requireText(title, "partnership.title.required", "A partnership needs a title");
	}

	/** Sets the planned time-frame; an open end ("no date specified") is allowed. */
	public void plan(@Nullable PartialDate start, @Nullable PartialDate end) {
		if (!datesInOrder(start, end)) {
			throw new DomainRuleViolation("partnership.rule.datesOutOfOrder",
					"The planned end " + end + " is before the planned start " + start);
		}
		this.plannedStart = start;
		this.plannedEnd = end;
	}

	/**
	 * Moves the partnership to another IATI status on the given date. Starting
	 * implementation records the actual start; closing or cancelling records the actual
	 * end.
	 */
	public void changeStatus(PartnershipStatus target, PartialDate on) {
		Objects.requireNonNull(on, "on");
		statusChangeProblem(target, on).ifPresent(problem -> {
			throw new DomainRuleViolation(problem, "A partnership cannot go from " + status + " to " + target + " on "
					+ on + " (actual start " + actualStart + ")");
		});
		if (target.isUnderway() && actualStart == null) {
			this.actualStart = on;
		}
		if (target.isEnded()) {
			this.actualEnd = on;
		}
		this.status = target;
	}

	/**
	 * Why the status cannot change to this one on this date (the code of the rule it
	 * would break), or empty when it can: a status that cannot follow the current one, or
	 * an end before the actual start.
	 */
	public Optional<String> statusChangeProblem(PartnershipStatus target, PartialDate on) {
		if (!status.canChangeTo(target)) {
			return Optional.of("partnership.rule.statusChangeNotAllowed");
		}
		if (target.isEnded() && actualStart != null && on.earliest().isBefore(actualStart.earliest())) {
			return Optional.of("partnership.rule.datesOutOfOrder");
		}
		return Optional.empty();
	}

	/**
	 * Dates are in order when the end's first possible day is not before the start's,
	 * which is how they are stored and checked in the database: "2020" as an end is 1
	 * January 2020, so it cannot follow a start of 15 June 2020 (write 2020-12 or a day
	 * instead).
	 */
	private static boolean datesInOrder(@Nullable PartialDate start, @Nullable PartialDate end) {
		return PartialDate.inOrder(start, end);
	}

	// ---- classification, money, contact
	// ------------------------------------------------

	public void assignTo(@Nullable RegionalPlatform platform) {
		this.regionalPlatform = platform;
	}

	public void fundUnder(@Nullable FundingProgramme programme) {
		this.fundingProgramme = programme;
	}

	public void budget(@Nullable Money budget) {
		this.budget = budget;
	}

	public void contact(@Nullable ContactPerson contact) {
		this.contact = (contact == null || contact.isEmpty()) ? null : contact;
	}

	/** Replaces the working areas and SDG targets. */
	public void reclassify(Collection<WorkingArea> areas, Collection<SdgTarget> targets) {
		workingAreas.clear();
		workingAreas.addAll(areas);
		sdgTargets.clear();
		sdgTargets.addAll(targets);
	}

	public void removeContribution(Contribution contribution) {
		if (!contributions.remove(contribution)) {
			throw new IllegalArgumentException("Not a contribution of this partnership");
		}
	}

	public void removeDeliverable(Deliverable deliverable) {
		if (!deliverables.remove(deliverable)) {
			throw new IllegalArgumentException("Not a deliverable of this partnership");
		}
	}

	public void addWorkingArea(WorkingArea area) {
		workingAreas.add(area);
	}

	public void addSdgTarget(SdgTarget target) {
		sdgTargets.add(target);
	}

	public Contribution addContribution(ContributionCategory category, String description,
			@Nullable Organisation organisation, @Nullable Money amount, @Nullable BigDecimal sharePercent) {
		Objects.requireNonNull(category, "category");
		String text = requireText(description, "contribution.description.required",
				"A contribution needs a description");
		if (sharePercent != null
				&& (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new DomainRuleViolation("contribution.share.range", "A share is between 0 and 100 percent");
		}
		Contribution contribution = new Contribution(this, category, text, organisation, amount, sharePercent,
				nextPosition(contributions.size()));
		contributions.add(contribution);
		return contribution;
	}

	public Deliverable addDeliverable(String title, PartialDate due) {
		Objects.requireNonNull(due, "due");
		Deliverable deliverable = new Deliverable(this,
				requireText(title, "deliverable.title.required", "A deliverable needs a title"), due,
				nextPosition(deliverables.size()));
		deliverables.add(deliverable);
		return deliverable;
	}

	/** How often the partnership reports progress: every year or every half-year. */
	public void reportEvery(Cadence cadence) {
		this.reportingCadence = Objects.requireNonNull(cadence);
	}

	/**
	 * Records the status an approved progress report gives a deliverable of this
	 * partnership.
	 * @return whether the deliverable is one of this partnership's and its status changed
	 */
	public boolean reportDeliverable(long deliverableId, DeliverableStatus status) {
		for (Deliverable deliverable : deliverables) {
			if (Objects.equals(deliverable.id(), deliverableId) && deliverable.status() != status) {
				deliverable.changeStatus(status);
				return true;
			}
		}
		return false;
	}

	public void publish() {
		List<String> broken = ruleViolations();
		if (!broken.isEmpty()) {
			throw new DomainRuleViolation(broken.get(0), "A partnership that breaks its rules cannot be published");
		}
		this.published = true;
	}

	public void unpublish() {
		this.published = false;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	private static int nextPosition(int size) {
		return size;
	}

	private static String requireReferenceCode(String code) {
		if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
			throw new DomainRuleViolation("partnership.referenceCode.invalid",
					"A reference code is upper-case letters, digits and dashes: " + code);
		}
		return code;
	}

	private static String requireText(@Nullable String text, String code, String message) {
		if (text == null || text.isBlank()) {
			throw new DomainRuleViolation(code, message);
		}
		return text.strip();

	}

	// ---- reading
	// -------------------------------------------------------------------------

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String referenceCode() {
		return referenceCode;
	}

	public PartnershipKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable String objectives() {
		return objectives;
	}

	public @Nullable String implementationNotes() {
		return implementationNotes;
	}

	public @Nullable String resultsNarrative() {
		return resultsNarrative;
	}

	public PartnershipStatus status() {
		return status;
	}

	public Optional<PartialDate> plannedStart() {
		return Optional.ofNullable(plannedStart);
	}

	public Optional<PartialDate> plannedEnd() {
		return Optional.ofNullable(plannedEnd);
	}

	public Optional<PartialDate> actualStart() {
		return Optional.ofNullable(actualStart);
	}

	public Optional<PartialDate> actualEnd() {
		return Optional.ofNullable(actualEnd);
	}

	public Optional<RegionalPlatform> regionalPlatform() {
		return Optional.ofNullable(regionalPlatform);
	}

	public Optional<FundingProgramme> fundingProgramme() {
		return Optional.ofNullable(fundingProgramme);
	}

	public Optional<Money> budget() {
		return Optional.ofNullable(budget);
	}

	public Optional<ContactPerson> contact() {
		return Optional.ofNullable(contact);
	}

	public Cadence reportingCadence() {
		return reportingCadence;
	}

	public boolean isPublished() {
		return published;
	}

	public @Nullable String sources() {
		return sources;
	}

	/**
	 * Who may contribute to the work plan's budget: the participants and the
	 * organisations of the stated resources (a funder that is not a partner), by id, with
	 * their names.
	 */
	public Map<Long, String> contributors() {
		Map<Long, String> contributors = new LinkedHashMap<>();
		participants.forEach(
				p -> contributors.put(Objects.requireNonNull(p.organisation().id()), p.organisation().displayName()));
		for (Contribution c : contributions) {
			Organisation o = c.organisation();
			if (o != null) {
				contributors.putIfAbsent(Objects.requireNonNull(o.id()), o.displayName());
			}
		}
		return contributors;
	}

	public List<Participant> participants() {
		return Collections.unmodifiableList(participants);
	}

	/**
	 * The side (mentor or mentee) an organisation stands on in this partnership; empty
	 * when it takes part on neither (a funder, a supporter) or not at all. An
	 * organisation on both sides speaks for the mentor side.
	 */
	public java.util.Optional<Side> sideOf(@Nullable Long organisationId) {
		return participants.stream()
			.filter(p -> organisationId != null && organisationId.equals(p.organisation().id()))
			.map(p -> p.role().side())
			.filter(side -> side != Side.OTHER)
			.min(java.util.Comparator.naturalOrder());
	}

	public List<Participant> participantsOnSide(Side side) {
		return participants.stream().filter(p -> p.role().side() == side).toList();
	}

	/**
	 * The participants on the mentor side (lead mentor, mentors, co-mentors, lead
	 * partner).
	 */
	public List<Participant> mentors() {
		return participantsOnSide(Side.MENTOR);
	}

	/**
	 * The participants on the mentee side (lead mentee, mentees, recipients, beneficiary
	 * partners).
	 */
	public List<Participant> mentees() {
		return participantsOnSide(Side.MENTEE);
	}

	public List<Contribution> contributions() {
		return Collections.unmodifiableList(contributions);
	}

	public List<Deliverable> deliverables() {
		return Collections.unmodifiableList(deliverables);
	}

	public List<WorkingArea> workingAreas() {
		return workingAreas.stream().sorted(Comparator.comparingInt(WorkingArea::sortOrder)).toList();
	}

	/** SDG targets in the official order (goal, then target). */
	public List<SdgTarget> sdgTargets() {
		return sdgTargets.stream()
			.sorted(Comparator.comparingInt(SdgTarget::goalCode).thenComparingInt(SdgTarget::sortOrder))
			.toList();
	}

}
