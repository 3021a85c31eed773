package org.wopplatform.web.utility;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.organisation.OrganisationType;

/** An organisation's facts as typed; empty means "not stated". */
public class OrganisationForm implements java.io.Serializable {

	@NotBlank
	@Size(max = 300)
	private @Nullable String name;

	@Size(max = 60)
	private @Nullable String acronym;

	@NotNull
	private @Nullable OrganisationType type = OrganisationType.UTILITY;

	@Size(max = 2)
	private @Nullable String country;

	@Size(max = 120)
	private @Nullable String city;

	@Size(max = 5000)
	private @Nullable String description;

	@Size(max = 200)
	private @Nullable String ownership;

	private @Nullable Boolean providesWater;

	private @Nullable Boolean providesSanitation;

	@PositiveOrZero
	private @Nullable Long populationServed;

	@PositiveOrZero
	private @Nullable Long connections;

	@PositiveOrZero
	private @Nullable Integer staff;

	@Size(max = 40)
	private @Nullable String factsAsOf;

	private long version;

	static OrganisationForm from(Organisation o) {
		OrganisationForm form = new OrganisationForm();
		form.name = o.name();
		form.acronym = o.acronym();
		form.type = o.type();
		form.country = o.country() == null ? null : o.country().code();
		form.city = o.city();
		form.description = o.description();
		form.ownership = o.ownership();
		form.providesWater = o.providesWater();
		form.providesSanitation = o.providesSanitation();
		form.populationServed = o.populationServed();
		form.connections = o.connections();
		form.staff = o.staff();
		form.factsAsOf = o.factsAsOf();
		form.version = o.version();
		return form;
	}

	/** The organisation's facts, as the change to make. */
	OrganisationEditing.Facts facts() {
		return new OrganisationEditing.Facts(Objects.requireNonNull(name).strip(), PlainText.orNull(acronym),
				Objects.requireNonNull(type), PlainText.orNull(country), PlainText.orNull(city),
				PlainText.orNull(description), PlainText.orNull(ownership), providesWater, providesSanitation,
				populationServed, connections, staff, PlainText.orNull(factsAsOf));
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getAcronym() {
		return acronym;
	}

	public void setAcronym(@Nullable String acronym) {
		this.acronym = acronym;
	}

	public @Nullable OrganisationType getType() {
		return type;
	}

	public void setType(@Nullable OrganisationType type) {
		this.type = type;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getOwnership() {
		return ownership;
	}

	public void setOwnership(@Nullable String ownership) {
		this.ownership = ownership;
	}

	public @Nullable Boolean getProvidesWater() {
		return providesWater;
	}

	public void setProvidesWater(@Nullable Boolean providesWater) {
		this.providesWater = providesWater;
	}

	public @Nullable Boolean getProvidesSanitation() {
		return providesSanitation;
	}

	public void setProvidesSanitation(@Nullable Boolean providesSanitation) {
		this.providesSanitation = providesSanitation;
	}

	public @Nullable Long getPopulationServed() {
		return populationServed;
	}

	public void setPopulationServed(@Nullable Long populationServed) {
		this.populationServed = populationServed;
	}

	public @Nullable Long getConnections() {
		return connections;
	}

	public void setConnections(@Nullable Long connections) {
		this.connections = connections;
	}

	public @Nullable Integer getStaff() {
		return staff;
	}

	public void setStaff(@Nullable Integer staff) {
		this.staff = staff;
	}

	public @Nullable String getFactsAsOf() {
		return factsAsOf;
	}

	public void setFactsAsOf(@Nullable String factsAsOf) {
		this.factsAsOf = factsAsOf;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
