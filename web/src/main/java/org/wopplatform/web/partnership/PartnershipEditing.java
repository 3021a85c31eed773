package org.wopplatform.web.partnership;

import java.math.BigDecimal;
import java.util.List;
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
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.Contribution;
import org.wopplatform.domain.partnership.Deliverable;
import org.wopplatform.domain.partnership.Participant;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.reference.FundingProgramme;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.PartnershipRepository;
import org.wopplatform.persistence.partnership.StatusHistory;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.Choices;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
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

	private final StatusHistory history;

	private final ReferenceData reference;

	PartnershipEditing(PartnershipRepository partnerships, PartnershipDetailsQueries details, AuditedEdits edits,
			StatusHistory history, ReferenceData reference) {
		this.reference = reference;
		this.edits = edits;
		this.history = history;
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

	public long create(NewPartnership command, Viewer viewer) {
		if (!viewer.canCreatePartnerships()) {
			throw new AccessDeniedException("May not create partnerships");
		}
		Organisation first = organisation(command.leadMentorId(), "leadMentorId");
		Partnership partnership;
		try {
			if (command.kind() == PartnershipKind.NETWORK) {
				partnership = Partnership.network(command.referenceCode(), command.fields().title(), first);
			}
			else {
				Long menteeId = command.leadMenteeId();
				if (menteeId == null) {
					throw new FieldProblem("leadMenteeId", "NotNull");
				}
				Organisation mentee = organisation(menteeId, "leadMenteeId");
				partnership = Partnership.wop(command.referenceCode(), command.fields().title(), first, mentee);
			}
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(fieldOf(ex.code()), ex.code());
		}
		applyFields(partnership, command.fields(), viewer);
		rebudget(partnership, command.fields().budget());
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

	/**
	 * Changes the partnership's own fields, all but its budget (the money section changes
	 * that, {@link #rebudget}).
	 */
	public void update(long id, Fields fields, long version, Viewer viewer) {
		change(id, version, viewer, "UPDATE", p -> {
			p.retitle(fields.title());
			applyFields(p, fields, viewer);
		});
	}

	public void rebudget(long id, @Nullable Money budget, long version, Viewer viewer) {
		change(id, version, viewer, "UPDATE", p -> rebudget(p, budget));
	}

	/**
	 * The budget in a currency of the list: a retired one only where the partnership has
	 * it already.
	 */
	private void rebudget(Partnership p, @Nullable Money budget) {
		if (budget != null) {
			Choices.require(reference.currencies(), budget.currency().getCurrencyCode(),
					p.budget().map(m -> m.currency().getCurrencyCode()).orElse(null), "budgetCurrency");
		}
		p.budget(budget);
	}

	/** Adds the participant and returns its organisation's name, for the confirmation. */
	public String addParticipant(long id, NewParticipant command, long version, Viewer viewer) {
		List<String> added = new java.util.ArrayList<>(1);
		change(id, version, viewer, "PARTICIPANT_ADDED", p -> {
			Organisation organisation = organisation(command.organisationId(), "organisationId");
			Choices.require(reference.roles(), command.role().name(), null, "role");
			p.addParticipant(organisation, command.role(), command.note());
			added.add(organisation.displayName());
		});
		return added.get(0);
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

	public void addContribution(long id, NewContribution command, long version, Viewer viewer) {
		if (command.amount() != null) {
			Choices.require(reference.currencies(), command.amount().currency().getCurrencyCode(), null, "currency");
		}
		change(id, version, viewer, "CONTRIBUTION_ADDED", p -> {
			Long partnerId = command.organisationId();
			Organisation partner = partnerId == null ? null : organisation(partnerId, "organisationId");
			p.addContribution(command.category(), command.description(), partner, command.amount(),
					command.sharePercent());
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

	public void addDeliverable(long id, NewDeliverable command, long version, Viewer viewer) {
		change(id, version, viewer, "DELIVERABLE_ADDED", p -> p.addDeliverable(command.title(), command.due()));
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

	public void reclassify(long id, Classification command, long version, Viewer viewer) {
		change(id, version, viewer, "CLASSIFIED", p -> {
			List<String> had = p.workingAreas().stream().map(WorkingArea::code).toList();
			command.workingAreas()
				.forEach(code -> Choices.require(reference.workingAreas(), code, had, "workingAreas"));
			List<WorkingArea> areas = command.workingAreas()
				.stream()
				.map(code -> reference(WorkingArea.class, code, "workingAreas"))
				.toList();
			List<SdgTarget> targets = command.sdgTargets()
				.stream()
				.map(code -> reference(SdgTarget.class, code, "sdgTargets"))
				.toList();
			p.reclassify(areas, targets);
		});
	}

	/**
	 * Changes the status and keeps it in the status history (the annual report reads a
	 * year's status from it), once the change itself is saved.
	 */
	public void changeStatus(long id, StatusChange command, long version, Viewer viewer) {
		List<StatusHistory.Entry> before = history.of(id);
		change(id, version, viewer, "STATUS", p -> p.changeStatus(command.status(), command.date()));
		history.record(id, before, command.status(), command.date().earliest());
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

	private void applyFields(Partnership p, Fields fields, Viewer viewer) {
		p.describe(fields.description(), fields.objectives(), fields.implementationNotes(), fields.resultsNarrative());
		try {
			p.plan(fields.plannedStart(), fields.plannedEnd());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("plannedEnd", ex.code());
		}
		String platform = fields.platform();
		if (viewer.platformCode() != null) {
			if (platform != null && !platform.equals(viewer.platformCode())) {
				throw new FieldProblem("platform", "partnership.platform.notYours");
			}
			platform = viewer.platformCode();
		}
		if (platform != null) {
			Choices.require(reference.platforms(), platform,
					p.regionalPlatform().map(RegionalPlatform::code).orElse(null), "platform");
		}
		p.assignTo(platform == null ? null : reference(RegionalPlatform.class, platform, "platform"));
		String programme = fields.programme();
		if (programme != null) {
			Choices.require(reference.programmes(), programme,
					p.fundingProgramme().map(FundingProgramme::code).orElse(null), "programme");
		}
		p.fundUnder(programme == null ? null : reference(FundingProgramme.class, programme, "programme"));
		p.contact(fields.contact());
	}

	private Organisation organisation(long id, String field) {
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

	/** The form field a domain rule is about, or empty for the whole form. */
	private static @Nullable String fieldOf(String ruleCode) {
		return switch (ruleCode) {
			case "partnership.rule.mentorMenteeSame", "partnership.rule.menteeRequired" -> "leadMenteeId";
			case "partnership.rule.networkHasNoSides" -> "role";
			case "partnership.rule.duplicateParticipant" -> "organisationId";
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

	/**
	 * A partnership's own fields as changed: texts stripped (blank ones empty), dates and
	 * money read, references as codes.
	 */
	public record Fields(String title, @Nullable String description, @Nullable String objectives,
			@Nullable String implementationNotes, @Nullable String resultsNarrative, @Nullable String platform,
			@Nullable String programme, @Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd,
			@Nullable Money budget, ContactPerson contact) {
	}

	/**
	 * A new partnership: its reference code, kind and leads (a network's first partner is
	 * its lead mentor; it has no mentee), and its own fields.
	 */
	public record NewPartnership(String referenceCode, PartnershipKind kind, long leadMentorId,
			@Nullable Long leadMenteeId, Fields fields) {
	}

	public record NewParticipant(long organisationId, PartnerRole role, @Nullable String note) {
	}

	public record NewContribution(ContributionCategory category, String description, @Nullable Long organisationId,
			@Nullable Money amount, @Nullable BigDecimal sharePercent) {
	}

	public record NewDeliverable(String title, PartialDate due) {
	}

	/** The working areas and SDG targets, as codes, each once. */
	public record Classification(List<String> workingAreas, List<String> sdgTargets) {
	}

	public record StatusChange(PartnershipStatus status, PartialDate date) {
	}

}
