package org.wopplatform.web.partnership;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.web.common.FormValues;

/**
 * The partnership's own fields as typed: everything the record page shows except the
 * lists (participants, resources, deliverables, classification), which have their own
 * small forms. On creation it also names the lead mentor and lead mentee (or the first
 * partner of a network).
 */
public class PartnershipForm {

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

	@Size(max = 10)
	private @Nullable String plannedStart;

	@Size(max = 10)
	private @Nullable String plannedEnd;

	@Size(max = 20)
	private @Nullable String budgetAmount;

	@Size(max = 3)
	private @Nullable String budgetCurrency;

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

	static PartnershipForm from(Partnership p, Locale locale) {
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
		form.plannedStart = p.plannedStart().map(Object::toString).orElse(null);
		form.plannedEnd = p.plannedEnd().map(Object::toString).orElse(null);
		form.budgetAmount = p.budget().map(b -> FormValues.amountText(b.amount(), locale)).orElse(null);
		form.budgetCurrency = p.budget().map(b -> b.currency().getCurrencyCode()).orElse(null);
		form.contactName = p.contact().map(c -> c.name()).orElse(null);
		form.contactPosition = p.contact().map(c -> c.position()).orElse(null);
		form.contactEmail = p.contact().map(c -> c.email()).orElse(null);
		form.version = p.version();
		return form;
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

	public @Nullable String getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable String plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable String getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable String plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public @Nullable String getBudgetAmount() {
		return budgetAmount;
	}

	public void setBudgetAmount(@Nullable String budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public @Nullable String getBudgetCurrency() {
		return budgetCurrency;
	}

	public void setBudgetCurrency(@Nullable String budgetCurrency) {
		this.budgetCurrency = budgetCurrency == null ? null : budgetCurrency.strip().toUpperCase(Locale.ROOT);
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
