package org.wopplatform.web.partnership;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.ContactPerson;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;
import org.wopplatform.web.common.MoneyFields;

import org.springframework.validation.Errors;

/**
 * The partnership's own fields as typed: everything the record page shows except the
 * lists (participants, resources, deliverables, classification), which have their own
 * small forms. On creation it also names the lead mentor and lead mentee (or the first
 * partner of a network).
 */
public class PartnershipForm implements java.io.Serializable, CrossChecked {

	/** Set on creation only (checked there); an existing partnership keeps its code. */
	@Size(max = 40)
	private @Nullable String referenceCode;

	@NotNull
	private @Nullable PartnershipKind kind = PartnershipKind.WOP;

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	@Size(max = 10000)
	private @Nullable String description;

	@Size(max = 10000)
	private @Nullable String objectives;

	@Size(max = 10000)
	private @Nullable String implementationNotes;

	@Size(max = 10000)
	private @Nullable String resultsNarrative;

	@Size(max = 30)
	private @Nullable String platform;

	@Size(max = 40)
	private @Nullable String programme;

	private @Nullable PartialDate plannedStart;

	private @Nullable PartialDate plannedEnd;

	@Amount
	private @Nullable BigDecimal budgetAmount;

	private @Nullable Currency budgetCurrency;

	@Size(max = 200)
	private @Nullable String contactName;

	@Size(max = 200)
	private @Nullable String contactPosition;

	@Email
	@Size(max = 254)
	private @Nullable String contactEmail;

	/** On creation: the lead mentor of a WOP, or the first partner of a network. */
	private @Nullable Long leadMentorId;

	/** On creation: the lead mentee of a WOP. */
	private @Nullable Long leadMenteeId;

	private long version;

	static PartnershipForm from(Partnership p) {
		PartnershipForm form = new PartnershipForm();
		form.referenceCode = p.referenceCode();
		form.kind = p.kind();
		form.title = p.title();
		form.description = p.description();
		form.objectives = p.objectives();
		form.implementationNotes = p.implementationNotes();
		form.resultsNarrative = p.resultsNarrative();
		form.platform = p.regionalPlatform().map(r -> r.code()).orElse(null);
		form.programme = p.fundingProgramme().map(f -> f.code()).orElse(null);
		form.plannedStart = p.plannedStart().orElse(null);
		form.plannedEnd = p.plannedEnd().orElse(null);
		form.budgetAmount = p.budget().map(Money::amount).orElse(null);
		form.budgetCurrency = p.budget().map(Money::currency).orElse(null);
		form.contactName = p.contact().map(c -> c.name()).orElse(null);
		form.contactPosition = p.contact().map(c -> c.position()).orElse(null);
		form.contactEmail = p.contact().map(c -> c.email()).orElse(null);
		form.version = p.version();
		return form;
	}

	/** The rules between the fields, for a new partnership and a changed one alike. */
	@Override
	public void check(Errors errors) {
		if (!errors.hasFieldErrors("plannedStart") && !errors.hasFieldErrors("plannedEnd")
				&& !PartialDate.inOrder(plannedStart, plannedEnd)) {
			errors.rejectValue("plannedEnd", "partnership.rule.datesOutOfOrder");
		}
		MoneyFields.check(errors, "budgetAmount", budgetAmount, "budgetCurrency", budgetCurrency);
	}

	/**
	 * What only a new partnership asks for, checked in the same round: a reference code
	 * of capitals, digits and hyphens, and its leads (a WOP's two sides not the same
	 * organisation).
	 */
	void checkCreation(Errors errors) {
		if (referenceCode == null || referenceCode.isBlank()) {
			errors.rejectValue("referenceCode", "NotBlank");
		}
		else if (!referenceCode.matches("[A-Z0-9][A-Z0-9-]*")) {
			errors.rejectValue("referenceCode", "partnership.referenceCode.pattern");
		}
		if (leadMentorId == null && !errors.hasFieldErrors("leadMentorId")) {
			errors.rejectValue("leadMentorId", "NotNull");
		}
		if (kind == PartnershipKind.WOP && !errors.hasFieldErrors("leadMenteeId")) {
			if (leadMenteeId == null) {
				errors.rejectValue("leadMenteeId", "NotNull");
			}
			else if (leadMenteeId.equals(leadMentorId)) {
				errors.rejectValue("leadMenteeId", "partnership.rule.mentorMenteeSame");
			}
		}
	}

	/** The partnership's own fields, as the change to make. */
	PartnershipEditing.Fields fields() {
		return new PartnershipEditing.Fields(Objects.requireNonNull(title), description, objectives,
				implementationNotes, resultsNarrative, PlainText.orNull(platform), PlainText.orNull(programme),
				plannedStart, plannedEnd, MoneyFields.of(budgetAmount, budgetCurrency),
				new ContactPerson(PlainText.orNull(contactName), PlainText.orNull(contactPosition), contactEmail));
	}

	/** A new partnership, as the change to make. */
	PartnershipEditing.NewPartnership newPartnership() {
		return new PartnershipEditing.NewPartnership(Objects.requireNonNull(referenceCode),
				Objects.requireNonNull(kind), Objects.requireNonNull(leadMentorId),
				kind == PartnershipKind.NETWORK ? null : leadMenteeId, fields());
	}

	// getters and setters for binding

	public @Nullable String getReferenceCode() {
		return referenceCode;
	}

	public void setReferenceCode(@Nullable String referenceCode) {
		this.referenceCode = referenceCode == null ? null : referenceCode.strip().toUpperCase(Locale.ROOT);
	}

	public @Nullable PartnershipKind getKind() {
		return kind;
	}

	public void setKind(@Nullable PartnershipKind kind) {
		this.kind = kind;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getObjectives() {
		return objectives;
	}

	public void setObjectives(@Nullable String objectives) {
		this.objectives = objectives;
	}

	public @Nullable String getImplementationNotes() {
		return implementationNotes;
	}

	public void setImplementationNotes(@Nullable String implementationNotes) {
		this.implementationNotes = implementationNotes;
	}

	public @Nullable String getResultsNarrative() {
		return resultsNarrative;
	}

	public void setResultsNarrative(@Nullable String resultsNarrative) {
		this.resultsNarrative = resultsNarrative;
	}

	public @Nullable String getPlatform() {
		return platform;
	}

	public void setPlatform(@Nullable String platform) {
		this.platform = platform;
	}

	public @Nullable String getProgramme() {
		return programme;
	}

	public void setProgramme(@Nullable String programme) {
		this.programme = programme;
	}

	public @Nullable PartialDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable PartialDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable PartialDate getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable PartialDate plannedEnd) {
		this.plannedEnd = plannedEnd;
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

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactPosition() {
		return contactPosition;
	}

	public void setContactPosition(@Nullable String contactPosition) {
		this.contactPosition = contactPosition;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
	}

	public @Nullable Long getLeadMentorId() {
		return leadMentorId;
	}

	public void setLeadMentorId(@Nullable Long leadMentorId) {
		this.leadMentorId = leadMentorId;
	}

	public @Nullable Long getLeadMenteeId() {
		return leadMenteeId;
	}

	public void setLeadMenteeId(@Nullable Long leadMenteeId) {
		this.leadMenteeId = leadMenteeId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
