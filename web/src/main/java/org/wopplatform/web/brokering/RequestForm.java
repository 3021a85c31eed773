package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.brokering.Urgency;

/**
 * A support request as typed: the requesting utility, the brokering platform, needs (a
 * working area and a description per row; empty rows are ignored), KPIs, languages, SDG
 * targets, urgency and whether the request is public.
 */
public class RequestForm {

	static final int NEED_ROWS = 5;

	private long version;

	/**
	 * Chosen by coordinators and the secretariat; a utility's staff ask for their own.
	 */
	private @Nullable Long organisationId;

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

	private List<@Valid NeedRow> needs = new ArrayList<>();

	private List<String> kpiCodes = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private List<String> sdgTargets = new ArrayList<>();

	private boolean publicVisible;

	public RequestForm() {
		padRows();
	}

	static RequestForm from(SupportRequest request) {
		RequestForm form = new RequestForm();
		form.needs.clear();
		form.version = request.version();
		form.organisationId = request.organisationId();
		form.platformCode = request.platformCode();
		form.title = request.title();
		form.context = request.context();
		form.urgency = request.urgency();
		request.needs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(need -> {
			NeedRow row = new NeedRow();
			row.setArea(need.getKey());
			row.setDescription(need.getValue());
			form.needs.add(row);
		});
		form.kpiCodes = new ArrayList<>(request.kpiCodes());
		form.languages = new ArrayList<>(request.languages());
		form.sdgTargets = new ArrayList<>(request.sdgTargetCodes());
		form.publicVisible = request.isPublicVisible();
		form.padRows();
		return form;
	}

	/** Empty rows to type new needs into, at least two and up to {@link #NEED_ROWS}. */
	void padRows() {
		int wanted = Math.max(NEED_ROWS, needs.size() + 2);
		while (needs.size() < wanted) {
			needs.add(new NeedRow());
		}
	}

	public static class NeedRow {

		private @Nullable String area;

		@Size(max = 2000)
		private @Nullable String description;

		public @Nullable String getArea() {
			return area;
		}

		public void setArea(@Nullable String area) {
			this.area = area;
		}

		public @Nullable String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
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

	public List<NeedRow> getNeeds() {
		return needs;
	}

	public void setNeeds(List<NeedRow> needs) {
		this.needs = needs;
	}

	public List<String> getKpiCodes() {
		return kpiCodes;
	}

	public void setKpiCodes(List<String> kpiCodes) {
		this.kpiCodes = kpiCodes;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
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
