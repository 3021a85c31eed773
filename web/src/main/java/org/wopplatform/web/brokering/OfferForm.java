package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.MentorOffer;

/**
 * A mentor offer as typed: strengths (a working area and its evidence per row; empty rows
 * are ignored), languages, regional platforms, staff-days a year, capacity and window
 * (dates as YYYY-MM-DD).
 */
public class OfferForm extends BrokeringForm {

	@Size(max = 4000)
	private @Nullable String summary;

	private List<AreaRows.@Valid Row> strengths = AreaRows.padded(new ArrayList<>());

	private List<String> platforms = new ArrayList<>();

	@Size(max = 10)
	private @Nullable String staffDaysPerYear;

	@NotBlank
	@Size(max = 10)
	private @Nullable String capacity = "1";

	@NotBlank
	@Size(max = 10)
	private @Nullable String availableFrom;

	@Size(max = 10)
	private @Nullable String availableUntil;

	public OfferForm() {
	}

	static OfferForm from(MentorOffer offer) {
		OfferForm form = new OfferForm();
		form.setVersion(offer.version());
		form.setOrganisationId(offer.organisationId());
		form.summary = offer.summary();
		form.strengths = AreaRows.of(offer.strengths());
		form.setLanguages(new ArrayList<>(offer.languages()));
		form.platforms = new ArrayList<>(offer.platformCodes());
		form.staffDaysPerYear = offer.staffDaysPerYear() == null ? null : offer.staffDaysPerYear().toString();
		form.capacity = Integer.toString(offer.capacity());
		form.availableFrom = offer.availableFrom().toString();
		form.availableUntil = offer.availableUntil() == null ? null : offer.availableUntil().toString();
		return form;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public List<AreaRows.Row> getStrengths() {
		return strengths;
	}

	public void setStrengths(List<AreaRows.Row> strengths) {
		this.strengths = AreaRows.padded(new ArrayList<>(strengths));
	}

	public List<String> getPlatforms() {
		return platforms;
	}

	public void setPlatforms(List<String> platforms) {
		this.platforms = platforms;
	}

	public @Nullable String getStaffDaysPerYear() {
		return staffDaysPerYear;
	}

	public void setStaffDaysPerYear(@Nullable String staffDaysPerYear) {
		this.staffDaysPerYear = staffDaysPerYear;
	}

	public @Nullable String getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable String capacity) {
		this.capacity = capacity;
	}

	public @Nullable String getAvailableFrom() {
		return availableFrom;
	}

	public void setAvailableFrom(@Nullable String availableFrom) {
		this.availableFrom = availableFrom;
	}

	public @Nullable String getAvailableUntil() {
		return availableUntil;
	}

	public void setAvailableUntil(@Nullable String availableUntil) {
		this.availableUntil = availableUntil;
	}

}
