package org.wopplatform.domain.brokering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * A utility's offer to mentor: its strengths by working area, each with evidence (its own
 * KPI values, past partnerships as mentor), its languages, the regional platforms it will
 * work in (none: anywhere), staff-days a year it can give, how many partnerships it can
 * mentor at once, and when it is available.
 */
@Entity
@Table(name = "mentor_offer")
public class MentorOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentor_offer_seq")
	@SequenceGenerator(name = "mentor_offer_seq", sequenceName = "mentor_offer_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "organisation_id")
	private long organisationId;

	private @Nullable String summary;

	private @Nullable Integer staffDaysPerYear;

	private int capacity;

	private LocalDate availableFrom;

	private @Nullable LocalDate availableUntil;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private @Nullable Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "mentor_offer_strength", joinColumns = @JoinColumn(name = "offer_id"))
	@MapKeyColumn(name = "working_area_code")
	@Column(name = "evidence")
	private Map<String, String> strengths = new TreeMap<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "mentor_offer_language", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "mentor_offer_platform", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "regional_platform_code")
	private Set<String> platformCodes = new TreeSet<>();

	protected MentorOffer() {
	}

	public MentorOffer(long organisationId, @Nullable Long createdBy, Instant at) {
		this.organisationId = organisationId;
		this.status = OfferStatus.OPEN;
		this.capacity = 1;
		this.availableFrom = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
		this.createdBy = createdBy;
		this.createdAt = at;
		this.updatedAt = at;
	}

	/** States what is offered: at least one strength with evidence, one language. */
	public void state(@Nullable String summary, Map<String, String> strengths, Collection<String> languages,
			Collection<String> platformCodes, @Nullable Integer staffDaysPerYear, int capacity, LocalDate availableFrom,
			@Nullable LocalDate availableUntil, Instant at) {
		if (status == OfferStatus.WITHDRAWN) {
			throw new DomainRuleViolation("offer.withdrawn.already", "A withdrawn offer cannot change");
		}
		if (strengths.isEmpty()) {
			throw new DomainRuleViolation("offer.strengths.required", "An offer names at least one strength");
		}
		if (strengths.values().stream().anyMatch(e -> e == null || e.isBlank())) {
			throw new DomainRuleViolation("offer.evidence.required", "Each strength has its evidence");
		}
		if (languages.isEmpty()) {
			throw new DomainRuleViolation("offer.languages.required", "An offer names a working language");
		}
		if (capacity < 1 || capacity > 50) {
			throw new DomainRuleViolation("offer.capacity.range", "Capacity lies between 1 and 50");
		}
		if (staffDaysPerYear != null && (staffDaysPerYear < 0 || staffDaysPerYear > 100_000)) {
			throw new DomainRuleViolation("offer.staffDays.range", "Staff-days lie between 0 and 100,000");
		}
		Objects.requireNonNull(availableFrom, "availableFrom");
		if (availableUntil != null && availableUntil.isBefore(availableFrom)) {
			throw new DomainRuleViolation("offer.window.order", "The window ends after it starts");
		}
		this.summary = summary == null || summary.isBlank() ? null : summary.strip();
		this.strengths.clear();
		strengths.forEach((area, evidence) -> this.strengths.put(area, evidence.strip()));
		this.languages.clear();
		this.languages.addAll(languages);
		this.platformCodes.clear();
		this.platformCodes.addAll(platformCodes);
		this.staffDaysPerYear = staffDaysPerYear;
		this.capacity = capacity;
		this.availableFrom = availableFrom;
		this.availableUntil = availableUntil;
		this.updatedAt = at;
	}

	public void withdraw(Instant at) {
		if (status == OfferStatus.WITHDRAWN) {
			throw new DomainRuleViolation("offer.withdrawn.already", "The offer is already withdrawn");
		}
		status = OfferStatus.WITHDRAWN;
		updatedAt = at;
	}

	/** Open, and its window includes the day. */
	public boolean isAvailableOn(LocalDate day) {
		return status == OfferStatus.OPEN && !day.isBefore(availableFrom)
				&& (availableUntil == null || !day.isAfter(availableUntil));
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long organisationId() {
		return organisationId;
	}

	public @Nullable String summary() {
		return summary;
	}

	public @Nullable Integer staffDaysPerYear() {
		return staffDaysPerYear;
	}

	public int capacity() {
		return capacity;
	}

	public LocalDate availableFrom() {
		return availableFrom;
	}

	public @Nullable LocalDate availableUntil() {
		return availableUntil;
	}

	/** The account that recorded the offer, if known. */
	public @Nullable Long createdBy() {
		return createdBy;
	}

	public OfferStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Working area code → evidence, ordered by code. */
	public Map<String, String> strengths() {
		return Map.copyOf(strengths);
	}

	public Set<String> languages() {
		return Set.copyOf(languages);
	}

	public Set<String> platformCodes() {
		return Set.copyOf(platformCodes);
	}

}
