package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.brokering.Urgency;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * A support request as typed: the requesting utility, the brokering platform, needs (a
 * working area and a description per row; empty rows are ignored), KPIs, languages, SDG
 * targets, urgency and whether the request is public.
 */
public class RequestForm extends BrokeringForm implements CrossChecked {

	/**
	 * Chosen by utilities and the secretariat; a coordinator's requests are their
	 * platform's.
	 */
	private @Nullable String platformCode;

	@NotBlank
	@Size(max = 200)
	private @Nullable String title;

	@Size(max = 4000)
	private @Nullable String context;

	@NotNull
	private @Nullable Urgency urgency = Urgency.MEDIUM;

	private List<AreaRows.@Valid Row> needs = AreaRows.padded(new ArrayList<>());

	private List<String> kpiCodes = new ArrayList<>();

	private List<String> sdgTargets = new ArrayList<>();

	private boolean publicVisible;

	public RequestForm() {
	}

	/**
	 * The rows of needs, against the working areas the platform knows (the controller has
	 * them), in the same round as the other fields.
	 */
	void checkNeeds(Errors errors, Predicate<String> knownArea) {
		AreaRows.check(errors, needs, knownArea, "needs", "request.need.description.required",
				"request.needs.required");
	}

	@Override
	public void check(Errors errors) {
		if (getLanguages().isEmpty()) {
			errors.rejectValue("languages", "request.languages.required");
		}
	}

	/** The request as the change to make. */
	SupportRequests.Details details() {
		return new SupportRequests.Details(getOrganisationId(), PlainText.orNull(platformCode),
				Objects.requireNonNull(title).strip(), PlainText.orNull(context), Objects.requireNonNull(urgency),
				AreaRows.read(needs), List.copyOf(new LinkedHashSet<>(kpiCodes)),
				List.copyOf(new LinkedHashSet<>(getLanguages())), List.copyOf(new LinkedHashSet<>(sdgTargets)),
				publicVisible);
	}

	static RequestForm from(SupportRequest request) {
		RequestForm form = new RequestForm();
		form.setVersion(request.version());
		form.setOrganisationId(request.organisationId());
		form.platformCode = request.platformCode();
		form.title = request.title();
		form.context = request.context();
		form.urgency = request.urgency();
		form.needs = AreaRows.of(request.needs());
		form.kpiCodes = new ArrayList<>(request.kpiCodes());
		form.setLanguages(new ArrayList<>(request.languages()));
		form.sdgTargets = new ArrayList<>(request.sdgTargetCodes());
		form.publicVisible = request.isPublicVisible();
		return form;
	}

	public @Nullable String getPlatformCode() {
		return platformCode;
	}

	public void setPlatformCode(@Nullable String platformCode) {
		this.platformCode = platformCode;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getContext() {
		return context;
	}

	public void setContext(@Nullable String context) {
		this.context = context;
	}

	public @Nullable Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(@Nullable Urgency urgency) {
		this.urgency = urgency;
	}

	public List<AreaRows.Row> getNeeds() {
		return needs;
	}

	public void setNeeds(List<AreaRows.Row> needs) {
		this.needs = AreaRows.padded(new ArrayList<>(needs));
	}

	public List<String> getKpiCodes() {
		return kpiCodes;
	}

	public void setKpiCodes(List<String> kpiCodes) {
		this.kpiCodes = kpiCodes;
	}

	public List<String> getSdgTargets() {
		return sdgTargets;
	}

	public void setSdgTargets(List<String> sdgTargets) {
		this.sdgTargets = sdgTargets;
	}

	public boolean isPublicVisible() {
		return publicVisible;
	}

	public void setPublicVisible(boolean publicVisible) {
		this.publicVisible = publicVisible;
	}

}
