package org.wopplatform.web.partnership;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipStatus;

/**
 * The small forms of the edit page, one per kind of change to a partnership's lists and
 * state. Each carries the version the person started from, so that a stale change is
 * refused.
 */
final class ListForms {

	private ListForms() {
	}

	/** Only the version: publish, unpublish, remove a row. */
	public static class VersionForm {

		private long version;

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	public static class ParticipantForm extends VersionForm {

		@NotNull
		private @Nullable Long organisationId;

		@NotNull
		private @Nullable PartnerRole role;

		@Size(max = 500)
		private @Nullable String note;

		public @Nullable Long getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(@Nullable Long organisationId) {
			this.organisationId = organisationId;
		}

		public @Nullable PartnerRole getRole() {
			return role;
		}

		public void setRole(@Nullable PartnerRole role) {
			this.role = role;
		}

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

	}

	public static class ContributionForm extends VersionForm {

		@NotNull
		private @Nullable ContributionCategory category;

		@NotBlank
		@Size(max = 2000)
		private @Nullable String description;

		private @Nullable Long organisationId;

		@Size(max = 20)
		private @Nullable String amount;

		@Size(max = 3)
		private @Nullable String currency;

		@Size(max = 6)
		private @Nullable String sharePercent;

		public @Nullable ContributionCategory getCategory() {
			return category;
		}

		public void setCategory(@Nullable ContributionCategory category) {
			this.category = category;
		}

		public @Nullable String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		public @Nullable Long getOrganisationId() {
			return organisationId;
		}

		public void setOrganisationId(@Nullable Long organisationId) {
			this.organisationId = organisationId;
		}

		public @Nullable String getAmount() {
			return amount;
		}

		public void setAmount(@Nullable String amount) {
			this.amount = amount;
		}

		public @Nullable String getCurrency() {
			return currency;
		}

		public void setCurrency(@Nullable String currency) {
			this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
		}

		public @Nullable String getSharePercent() {
			return sharePercent;
		}

		public void setSharePercent(@Nullable String sharePercent) {
			this.sharePercent = sharePercent;
		}

	}

	public static class DeliverableForm extends VersionForm {

		@NotBlank
		@Size(max = 500)
		private @Nullable String title;

		@NotBlank
		@Size(max = 10)
		private @Nullable String due;

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable String getDue() {
			return due;
		}

		public void setDue(@Nullable String due) {
			this.due = due;
		}

	}

	public static class ClassificationForm extends VersionForm {

		private List<String> workingAreas = new ArrayList<>();

		private List<String> sdgTargets = new ArrayList<>();

		public List<String> getWorkingAreas() {
			return workingAreas;
		}

		public void setWorkingAreas(List<String> workingAreas) {
			this.workingAreas = workingAreas;
		}

		public List<String> getSdgTargets() {
			return sdgTargets;
		}

		public void setSdgTargets(List<String> sdgTargets) {
			this.sdgTargets = sdgTargets;
		}

	}

	public static class StatusForm extends VersionForm {

		@NotNull
		private @Nullable PartnershipStatus status;

		@NotBlank
		@Size(max = 10)
		private @Nullable String date;

		public @Nullable PartnershipStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable PartnershipStatus status) {
			this.status = status;
		}

		public @Nullable String getDate() {
			return date;
		}

		public void setDate(@Nullable String date) {
			this.date = date;
		}

	}

}
