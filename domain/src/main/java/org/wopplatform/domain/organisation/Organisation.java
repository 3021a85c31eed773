package org.wopplatform.domain.organisation;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.reference.Country;

/**
 * An organisation taking part in WOPs. Utilities add what is known of their service
 * (water, sanitation, population served, connections, staff); unknown facts stay empty,
 * never guessed.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
	@SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	private String name;

	private @Nullable String acronym;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private @Nullable Country country;

	private @Nullable String city;

	private @Nullable String description;

	private @Nullable String ownership;

	private @Nullable Boolean providesWater;

	private @Nullable Boolean providesSanitation;

	private @Nullable Long populationServed;

	private @Nullable Long connections;

	private @Nullable Integer staff;

	@Column(name = "facts_as_of")
	private @Nullable String factsAsOf;

	private @Nullable String sources;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Organisation() {
	}

	public Organisation(String name, OrganisationType type, @Nullable Country country) {
		rename(name, null);
		this.type = Objects.requireNonNull(type, "type");
		this.country = country;
	}

	public void rename(String name, @Nullable String acronym) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleViolation("organisation.name.required", "An organisation needs a name");
		}
		this.name = name.strip();
		this.acronym = (acronym == null || acronym.isBlank()) ? null : acronym.strip();
	}

	/** Where the organisation is and what it is; nulls mean "not stated". */
	public void locate(OrganisationType type, @Nullable Country country, @Nullable String city) {
		this.type = Objects.requireNonNull(type, "type");
		this.country = country;
		this.city = city == null || city.isBlank() ? null : city.strip();
	}

	/** What the organisation is and does, as its sources say; nulls mean "not stated". */
	public void describe(@Nullable String description, @Nullable String ownership, @Nullable Boolean providesWater,
			@Nullable Boolean providesSanitation) {
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.ownership = ownership == null || ownership.isBlank() ? null : ownership.strip();
		this.providesWater = providesWater;
		this.providesSanitation = providesSanitation;
	}

	public @Nullable String ownership() {
		return ownership;
	}

	/** Records the service facts a source states; nulls mean "not stated". */
	public void recordServiceFacts(@Nullable Long populationServed, @Nullable Long connections, @Nullable Integer staff,
			@Nullable String asOf) {
		requireNotNegative(populationServed, "populationServed");
		requireNotNegative(connections, "connections");
		requireNotNegative(staff == null ? null : staff.longValue(), "staff");
		this.populationServed = populationServed;
		this.connections = connections;
		this.staff = staff;
		this.factsAsOf = asOf;
	}

	private static void requireNotNegative(@Nullable Long value, String field) {
		if (value != null && value < 0) {
			throw new DomainRuleViolation("organisation." + field + ".negative", field + " cannot be negative");
		}
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	/** Two references to the same organisation, whether or not it has been saved yet. */
	public boolean isSameAs(Organisation other) {
		return this == other || (id != null && id.equals(other.id));
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String name() {
		return name;
	}

	public @Nullable String acronym() {
		return acronym;
	}

	/** "Name (ACRONYM)" when there is an acronym. */
	public String displayName() {
		return displayName(name, acronym);
	}

	/**
	 * An organisation's name as lists and records show it: the name, then the acronym.
	 */
	public static String displayName(String name, @Nullable String acronym) {
		return acronym == null ? name : name + " (" + acronym + ")";
	}

	public OrganisationType type() {
		return type;
	}

	public @Nullable Country country() {
		return country;
	}

	public @Nullable String city() {
		return city;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable Boolean providesWater() {
		return providesWater;
	}

	public @Nullable Boolean providesSanitation() {
		return providesSanitation;
	}

	public @Nullable Long populationServed() {
		return populationServed;
	}

	public @Nullable Long connections() {
		return connections;
	}

	public @Nullable Integer staff() {
		return staff;
	}

	public @Nullable String factsAsOf() {
		return factsAsOf;
	}

}
