package org.wopplatform.web.partnership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;
import org.wopplatform.web.common.MoneyFields;
import org.wopplatform.web.common.VersionForm;

import org.springframework.validation.Errors;

/**
 * The small forms of the edit page, one per kind of change to a partnership's lists and
 * state. Each carries the version the person started from, so that a stale change is
 * refused.
 */
final class ListForms {

	private ListForms() {
	}

	public static class ParticipantForm extends VersionForm {

		@NotNull
		private @Nullable Long organisationId;

		@NotNull
		private @Nullable PartnerRole role;

		@Size(max = 500)
		private @Nullable String note;

		/**
		 * The rules between this participant and those already there ("the same
		 * organisation on both sides", twice in one role), in the same round as the
		 * fields.
		 */
		void check(Errors errors, Partnership partnership) {
			if (organisationId != null && role != null && !errors.hasFieldErrors("organisationId")
					&& !errors.hasFieldErrors("role")) {
				partnership.participationProblem(organisationId, role)
					.ifPresent(problem -> errors.rejectValue(
							"partnership.rule.networkHasNoSides".equals(problem) ? "role" : "organisationId", problem));
			}
		}

		PartnershipEditing.NewParticipant command() {
			return new PartnershipEditing.NewParticipant(Objects.requireNonNull(organisationId),
					Objects.requireNonNull(role), note == null || note.isBlank() ? null : note.strip());
		}

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

	public static class ContributionForm extends VersionForm implements CrossChecked {

		@NotNull
		private @Nullable ContributionCategory category;

		@NotBlank
		@Size(max = 2000)
		private @Nullable String description;

		private @Nullable Long organisationId;

		@Amount
		private @Nullable BigDecimal amount;

		private @Nullable Currency currency;

		@Amount
		private @Nullable BigDecimal sharePercent;

		@Override
		public void check(Errors errors) {
			MoneyFields.check(errors, "amount", amount, "currency", currency);
			if (sharePercent != null
					&& (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
				errors.rejectValue("sharePercent", "contribution.share.range");
			}
		}

		PartnershipEditing.NewContribution command() {
			return new PartnershipEditing.NewContribution(Objects.requireNonNull(category),
					Objects.requireNonNull(description), organisationId, MoneyFields.of(amount, currency),
					sharePercent);
		}

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

		public @Nullable BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(@Nullable BigDecimal amount) {
			this.amount = amount;
		}

		public @Nullable Currency getCurrency() {
			return currency;
		}

		public void setCurrency(@Nullable Currency currency) {
			this.currency = currency;
		}

		public @Nullable BigDecimal getSharePercent() {
			return sharePercent;
		}

		public void setSharePercent(@Nullable BigDecimal sharePercent) {
			this.sharePercent = sharePercent;
		}

	}

	public static class DeliverableForm extends VersionForm {

		@NotBlank
		@Size(max = 500)
		private @Nullable String title;

		@NotNull
		private @Nullable PartialDate due;

		PartnershipEditing.NewDeliverable command() {
			return new PartnershipEditing.NewDeliverable(Objects.requireNonNull(title), Objects.requireNonNull(due));
		}

		public @Nullable String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		public @Nullable PartialDate getDue() {
			return due;
		}

		public void setDue(@Nullable PartialDate due) {
			this.due = due;
		}

	}

	/** The partnership's budget: an amount with its currency, or none. */
	public static class BudgetForm extends VersionForm implements CrossChecked {

		@Amount
		private @Nullable BigDecimal budgetAmount;

		private @Nullable Currency budgetCurrency;

		static BudgetForm from(Partnership p) {
			BudgetForm form = new BudgetForm();
			form.budgetAmount = p.budget().map(Money::amount).orElse(null);
			form.budgetCurrency = p.budget().map(Money::currency).orElse(null);
			form.setVersion(p.version());
			return form;
		}

		@Override
		public void check(Errors errors) {
			MoneyFields.check(errors, "budgetAmount", budgetAmount, "budgetCurrency", budgetCurrency);
		}

		@Nullable Money budget() {
			return MoneyFields.of(budgetAmount, budgetCurrency);
		}

		public @Nullable BigDecimal getBudgetAmount() {
			return budgetAmount;
		}

		public void setBudgetAmount(@Nullable BigDecimal budgetAmount) {
			this.budgetAmount = budgetAmount;
		}

		public @Nullable Currency getBudgetCurrency() {
			return budgetCurrency;
		}

		public void setBudgetCurrency(@Nullable Currency budgetCurrency) {
			this.budgetCurrency = budgetCurrency;
		}

	}

	public static class ClassificationForm extends VersionForm {

		private List<String> workingAreas = new ArrayList<>();

		private List<String> sdgTargets = new ArrayList<>();

		PartnershipEditing.Classification command() {
			return new PartnershipEditing.Classification(workingAreas.stream().distinct().toList(),
					sdgTargets.stream().distinct().toList());
		}

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

		@NotNull
		private @Nullable PartialDate date;

		/**
		 * The rules between the new status and the partnership's (a status that cannot
		 * follow, an end before the actual start), in the same round as the fields.
		 */
		void check(Errors errors, Partnership partnership) {
			if (status != null && date != null && !errors.hasFieldErrors("status") && !errors.hasFieldErrors("date")) {
				partnership.statusChangeProblem(status, date)
					.ifPresent(problem -> errors
						.rejectValue("partnership.rule.datesOutOfOrder".equals(problem) ? "date" : "status", problem));
			}
		}

		PartnershipEditing.StatusChange command() {
			return new PartnershipEditing.StatusChange(Objects.requireNonNull(status), Objects.requireNonNull(date));
		}

		public @Nullable PartnershipStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable PartnershipStatus status) {
			this.status = status;
		}

		public @Nullable PartialDate getDate() {
			return date;
		}

		public void setDate(@Nullable PartialDate date) {
			this.date = date;
		}

	}

}
