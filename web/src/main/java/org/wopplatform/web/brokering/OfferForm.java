package org.wopplatform.web.brokering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.brokering.MentorOffer;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A mentor offer as typed: strengths (a working area and its evidence per row; empty rows
 * are ignored), languages, regional platforms, staff-days a year, capacity and window
 * (dates as YYYY-MM-DD).
 */
public class OfferForm extends BrokeringForm implements CrossChecked {

	@Size(max = 4000)
	private @Nullable String summary;

	private List<AreaRows.@Valid Row> strengths = AreaRows.padded(new ArrayList<>());

	private List<String> platforms = new ArrayList<>();

	private @Nullable Integer staffDaysPerYear;

	@NotNull
	private @Nullable Integer capacity = 1;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate availableFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate availableUntil;

	public OfferForm() {
	}

	/**
	 * The rows of strengths, against the working areas the platform knows (the controller
	 * has them), in the same round as the other fields.
	 */
	void checkStrengths(Errors errors, Predicate<String> knownArea) {
		AreaRows.check(errors, strengths, knownArea, "strengths", "offer.evidence.required",
				"offer.strengths.required");
	}

	@Override
	public void check(Errors errors) {
		if (getLanguages().isEmpty()) {
			errors.rejectValue("languages", "request.languages.required");
		}
		if (staffDaysPerYear != null && (staffDaysPerYear < 0 || staffDaysPerYear > 100_000)) {
			errors.rejectValue("staffDaysPerYear", "offer.staffDaysPerYear.range");
		}
		if (capacity != null && (capacity < 1 || capacity > 50)) {
			errors.rejectValue("capacity", "offer.capacity.range");
		}
		if (availableFrom != null && availableUntil != null && availableUntil.isBefore(availableFrom)) {
			errors.rejectValue("availableUntil", "offer.window.order");
		}
	}

	/** The offer as the change to make. */
	MentorOffers.Details details() {
		return new MentorOffers.Details(getOrganisationId(), PlainText.orNull(summary), AreaRows.read(strengths),
				List.copyOf(new LinkedHashSet<>(getLanguages())), List.copyOf(new LinkedHashSet<>(platforms)),
				staffDaysPerYear, Objects.requireNonNull(capacity), Objects.requireNonNull(availableFrom),
				availableUntil);
	}

	static OfferForm from(MentorOffer offer) {
		OfferForm form = new OfferForm();
		form.setVersion(offer.version());
		form.setOrganisationId(offer.organisationId());
		form.summary = offer.summary();
		form.strengths = AreaRows.of(offer.strengths());
		form.setLanguages(new ArrayList<>(offer.languages()));
		form.platforms = new ArrayList<>(offer.platformCodes());
		form.staffDaysPerYear = offer.staffDaysPerYear();
		form.capacity = offer.capacity();
		form.availableFrom = offer.availableFrom();
		form.availableUntil = offer.availableUntil();
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

	public @Nullable Integer getStaffDaysPerYear() {
		return staffDaysPerYear;
	}

	public void setStaffDaysPerYear(@Nullable Integer staffDaysPerYear) {
		this.staffDaysPerYear = staffDaysPerYear;
	}

	public @Nullable Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(@Nullable Integer capacity) {
		this.capacity = capacity;
	}

	public @Nullable LocalDate getAvailableFrom() {
		return availableFrom;
	}

	public void setAvailableFrom(@Nullable LocalDate availableFrom) {
		this.availableFrom = availableFrom;
	}

	public @Nullable LocalDate getAvailableUntil() {
		return availableUntil;
	}

	public void setAvailableUntil(@Nullable LocalDate availableUntil) {
		this.availableUntil = availableUntil;
	}

}
