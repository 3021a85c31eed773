package org.wopplatform.web.partnership;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.partnership.ContactPerson;
import org.wopplatform.domain.partnership.Contribution;
import org.wopplatform.domain.partnership.Deliverable;
import org.wopplatform.domain.partnership.Participant;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.reference.FundingProgramme;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.PartnershipRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.FormValues;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.partnership.ListForms.ClassificationForm;
import org.wopplatform.web.partnership.ListForms.ContributionForm;
import org.wopplatform.web.partnership.ListForms.DeliverableForm;
import org.wopplatform.web.partnership.ListForms.ParticipantForm;
import org.wopplatform.web.partnership.ListForms.StatusForm;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a partnership, one method per intention, each in one transaction: check
 * that the person may edit it, that they started from the current version, apply the
 * change through the domain's rules, bump the version, and record the audit event (who,
 * when, old → new).
 */
@Service
@Transactional
public class PartnershipEditing {

	@PersistenceContext
	private EntityManager entityManager;

	private final PartnershipRepository partnerships;

	private final PartnershipDetailsQueries details;

	private final AuditedEdits edits;

	PartnershipEditing(PartnershipRepository partnerships, PartnershipDetailsQueries details, AuditedEdits edits) {
		this.edits = edits;
		this.partnerships = partnerships;
		this.details = details;
	}

	/**
	 * The partnership for its edit page: 404 if the person cannot see it, 403 if they can
	 * but may not edit.
	 */
	@Transactional(readOnly = true)
	public Partnership forEditing(long id, Viewer viewer) {
		Partnership partnership = details.find(id, viewer.readScope()).orElseThrow(NotFoundException::new);
		if (!viewer.canEdit(partnership)) {
			throw new AccessDeniedException("Not an editor of this partnership");
		}
		return partnership;
	}

	public long create(PartnershipForm form, Viewer viewer, Locale locale) {
		if (!viewer.canCreatePartnerships()) {
			throw new AccessDeniedException("May not create partnerships");
		}
		String code = Objects.requireNonNull(form.getReferenceCode());
		if (partnerships.findByReferenceCode(code).isPresent()) {
			throw new FieldProblem("referenceCode", "partnership.referenceCode.taken");
		}
		Organisation first = organisation(form.getLeadMentorId(), "leadMentorId");
		Partnership partnership;
		try {
			if (form.getKind() == PartnershipKind.NETWORK) {
				partnership = Partnership.network(code, Objects.requireNonNull(form.getTitle()), first);
			}
			else {
				Organisation mentee = organisation(form.getLeadMenteeId(), "leadMenteeId");
				partnership = Partnership.wop(code, Objects.requireNonNull(form.getTitle()), first, mentee);
			}
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(fieldOf(ex.code()), ex.code());
		}
		applyFields(partnership, form, viewer, locale);
		return Objects.requireNonNull(register(partnership, viewer.actor()).id());
	}

	/**
	 * The one way a partnership comes into the platform, typed in the form above or
	 * converted from a brokered match: its reference code still free, saved, and its
	 * creation audited. Two people taking the same code at the same moment meet the
	 * unique key: the form flow tells the second.
	 */
	public Partnership register(Partnership partnership, AuditTrail.Actor actor) {
		if (partnerships.findByReferenceCode(partnership.referenceCode()).isPresent()) {
			throw new FieldProblem("referenceCode", "partnership.referenceCode.taken");
		}
		return edits.create(PartnershipAudit.KIND, partnership, actor);
	}

	public void update(long id, PartnershipForm form, Viewer viewer, Locale locale) {
		change(id, form.getVersion(), viewer, "UPDATE", p -> {
			p.retitle(Objects.requireNonNull(form.getTitle()));
			applyFields(p, form, viewer, locale);
		});
	}

	public void addParticipant(long id, ParticipantForm form, Viewer viewer) {
		change(id, form.getVersion(), viewer, "PARTICIPANT_ADDED", p -> {
			Organisation organisation = organisation(form.getOrganisationId(), "organisationId");
			p.addParticipant(organisation, Objects.requireNonNull(form.getRole()), blankToNull(form.getNote()));
		});
	}

	public void removeParticipant(long id, long participantId, long version, Viewer viewer) {
		change(id, version, viewer, "PARTICIPANT_REMOVED", p -> {
			Participant participant = p.participants()
				.stream()
				.filter(x -> Objects.equals(x.id(), participantId))
				.findFirst()
				.orElseThrow(NotFoundException::new);
			p.removeParticipant(participant);
		});
	}

	public void addContribution(long id, ContributionForm form, Viewer viewer, Locale locale) {
		change(id, form.getVersion(), viewer, "CONTRIBUTION_ADDED", p -> {
			Organisation partner = form.getOrganisationId() == null ? null
					: organisation(form.getOrganisationId(), "organisationId");
			Money amount = money(form.getAmount(), form.getCurrency(), "amount", "currency", locale);
			BigDecimal share = share(form.getSharePercent(), locale);
			p.addContribution(Objects.requireNonNull(form.getCategory()), Objects.requireNonNull(form.getDescription()),
					partner, amount, share);
		});
	}

	public void removeContribution(long id, long contributionId, long version, Viewer viewer) {
		change(id, version, viewer, "CONTRIBUTION_REMOVED", p -> {
			Contribution contribution = p.contributions()
				.stream()
				.filter(x -> Objects.equals(x.id(), contributionId))
				.findFirst()
				.orElseThrow(NotFoundException::new);
			p.removeContribution(contribution);
		});
	}

	public void addDeliverable(long id, DeliverableForm form, Viewer viewer) {
		change(id, form.getVersion(), viewer, "DELIVERABLE_ADDED",
				p -> p.addDeliverable(Objects.requireNonNull(form.getTitle()), date(form.getDue(), "due")));
	}

	public void removeDeliverable(long id, long deliverableId, long version, Viewer viewer) {
		change(id, version, viewer, "DELIVERABLE_REMOVED", p -> {
			Deliverable deliverable = p.deliverables()
				.stream()
				.filter(x -> Objects.equals(x.id(), deliverableId))
				.findFirst()
				.orElseThrow(NotFoundException::new);
			p.removeDeliverable(deliverable);
		});
	}

	public void reclassify(long id, ClassificationForm form, Viewer viewer) {
		change(id, form.getVersion(), viewer, "CLASSIFIED", p -> {
			List<WorkingArea> areas = form.getWorkingAreas()
				.stream()
				.distinct()
				.map(code -> reference(WorkingArea.class, code, "workingAreas"))
				.toList();
			List<SdgTarget> targets = form.getSdgTargets()
				.stream()
				.distinct()
				.map(code -> reference(SdgTarget.class, code, "sdgTargets"))
				.toList();
			p.reclassify(areas, targets);
		});
	}

	public void changeStatus(long id, StatusForm form, Viewer viewer) {
		change(id, form.getVersion(), viewer, "STATUS",
				p -> p.changeStatus(Objects.requireNonNull(form.getStatus()), date(form.getDate(), "date")));
	}

	public void publish(long id, long version, Viewer viewer, boolean publish) {
		change(id, version, viewer, publish ? "PUBLISH" : "UNPUBLISH", p -> {
			if (publish) {
				p.publish();
			}
			else {
				p.unpublish();
			}
		});
	}

	private void change(long id, long formVersion, Viewer viewer, String action, Consumer<Partnership> change) {
		edits.edit(PartnershipAudit.KIND, forEditing(id, viewer), formVersion, viewer.actor(), action, change,
				ex -> new FieldProblem(fieldOf(ex.code()), ex.code()));
	}

	private void applyFields(Partnership p, PartnershipForm form, Viewer viewer, Locale locale) {
		p.describe(form.getDescription(), form.getObjectives(), form.getImplementationNotes(),
				form.getResultsNarrative());
		PartialDate start = date(form.getPlannedStart(), "plannedStart");
		PartialDate end = date(form.getPlannedEnd(), "plannedEnd");
		try {
			p.plan(start, end);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("plannedEnd", ex.code());
		}
		String platform = blankToNull(form.getPlatform());
		if (viewer.platformCode() != null) {
			if (platform != null && !platform.equals(viewer.platformCode())) {
				throw new FieldProblem("platform", "partnership.platform.notYours");
			}
			platform = viewer.platformCode();
		}
		p.assignTo(platform == null ? null : reference(RegionalPlatform.class, platform, "platform"));
		String programme = blankToNull(form.getProgramme());
		p.fundUnder(programme == null ? null : reference(FundingProgramme.class, programme, "programme"));
		p.budget(money(form.getBudgetAmount(), form.getBudgetCurrency(), "budgetAmount", "budgetCurrency", locale));
		p.contact(new ContactPerson(blankToNull(form.getContactName()), blankToNull(form.getContactPosition()),
				blankToNull(form.getContactEmail())));
	}

	private Organisation organisation(@Nullable Long id, String field) {
		if (id == null) {
			throw new FieldProblem(field, "NotNull");
		}
		Organisation organisation = entityManager.find(Organisation.class, id);
		if (organisation == null) {
			throw new FieldProblem(field, "reference.unknown");
		}
		return organisation;
	}

	private <T> T reference(Class<T> type, String code, String field) {
		T found = entityManager.find(type, code);
		if (found == null) {
			throw new FieldProblem(field, "reference.unknown");
		}
		return found;
	}

	private static @Nullable PartialDate date(@Nullable String text, String field) {
		try {
			return FormValues.partialDate(text).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field, "date.invalid");
		}
	}

	private static @Nullable Money money(@Nullable String amountText, @Nullable String currencyCode, String amountField,
			String currencyField, Locale locale) {
		BigDecimal amount;
		try {
			amount = FormValues.amount(amountText, locale).orElse(null);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(amountField, "amount.invalid");
		}
		String code = blankToNull(currencyCode);
		if (amount == null && code == null) {
			return null;
		}
		if (amount == null) {
			throw new FieldProblem(amountField, "amount.required");
		}
		if (amount.signum() < 0) {
			throw new FieldProblem(amountField, "money.negative");
		}
		if (code == null) {
			throw new FieldProblem(currencyField, "currency.required");
		}
		try {
			return new Money(amount, Currency.getInstance(code));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(currencyField, "money.currency");
		}
	}

	private static @Nullable BigDecimal share(@Nullable String text, Locale locale) {
		try {
			BigDecimal share = FormValues.amount(text, locale).orElse(null);
			if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)) {
				throw new FieldProblem("sharePercent", "contribution.share.range");
			}
			return share;
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("sharePercent", "amount.invalid");
		}
	}

	/** The form field a domain rule is about, or empty for the whole form. */
	private static @Nullable String fieldOf(String ruleCode) {
		return switch (ruleCode) {
			case "partnership.rule.mentorMenteeSame", "partnership.rule.menteeRequired" -> "leadMenteeId";
			case "partnership.rule.duplicateParticipant", "partnership.rule.networkHasNoSides" -> "role";
			case "partnership.rule.statusChangeNotAllowed" -> "status";
			case "partnership.rule.datesOutOfOrder" -> "date";
			case "partnership.title.required" -> "title";
			case "deliverable.title.required" -> "title";
			case "contribution.description.required" -> "description";
			case "contribution.share.range" -> "sharePercent";
			case "partnership.referenceCode.invalid" -> "referenceCode";
			default -> null;
		};
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
