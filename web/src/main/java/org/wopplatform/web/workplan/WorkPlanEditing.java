package org.wopplatform.web.workplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.domain.workplan.BudgetKind;
import org.wopplatform.domain.workplan.BudgetLine;
import org.wopplatform.domain.workplan.BudgetSummary;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.progress.ApprovedValues;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.workplan.ActivityRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.Choices;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.partnership.PartnershipEditing;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing a partnership's work plan. Whoever may read the partnership reads
 * its plan (the public that of a published record); its editors (the secretariat, the
 * coordinator of its platform) change it. Every change goes through the audited-edit step
 * of the activity it touches (version checked, audited field by field).
 */
@Service
@Transactional
public class WorkPlanEditing {

	static final Audited ENTITY = Audited.ACTIVITY;

	static final AuditedEdits.Kind<Activity> KIND = new AuditedEdits.Kind<>(ENTITY, a -> Objects.requireNonNull(a.id()),
			Activity::version, WorkPlanEditing::snapshot);

	private final PartnershipDetailsQueries partnerships;

	private final ActivityRepository activities;

	private final ReferenceData reference;

	private final AuditedEdits edits;

	private final Clock clock;

	private final PartnershipEditing partnershipEditing;

	private final ApprovedValues approved;

	private final org.wopplatform.persistence.progress.IndicatorRepository indicators;

	WorkPlanEditing(PartnershipDetailsQueries partnerships, ActivityRepository activities, ReferenceData reference,
			AuditedEdits edits, Clock clock, PartnershipEditing partnershipEditing, ApprovedValues approved,
			org.wopplatform.persistence.progress.IndicatorRepository indicators) {
		this.indicators = indicators;
		this.approved = approved;
		this.partnershipEditing = partnershipEditing;
		this.partnerships = partnerships;
		this.activities = activities;
		this.reference = reference;
		this.edits = edits;
		this.clock = clock;
	}

	/** An activity as typed: texts stripped (blank ones empty), dates read. */
	public record ActivityFields(String workingArea, String title, @Nullable String description,
			@Nullable String startingSituation, PartialDate plannedStart, PartialDate plannedEnd,
			@Nullable String mentorResponsible, @Nullable String menteeResponsible) {
	}

	/** A budget line as typed: money with its currency, or staff-days without one. */
	public record NewBudgetLine(long contributorId, BudgetKind kind, BigDecimal amount, @Nullable Currency currency,
			int year) {
	}

	/** An output with the activity it belongs to. */
	public record PlannedOutput(Activity activity, org.wopplatform.domain.workplan.Output output) {
	}

	/** An output as typed: unit code, a target per year (years without one left out). */
	public record NewOutput(String title, String unitCode, @Nullable String unitOther, Map<Integer, BigDecimal> targets,
			@Nullable String meansOfVerification, @Nullable PartialDate completion) {
	}

	/**
	 * A partnership's plan as its page shows it: the activities in order of their start
	 * with their lines, the budget added up, who may contribute, and the day it is.
	 */
	public record WorkPlan(Partnership partnership, List<Activity> activities, BudgetSummary budget,
			Map<Long, String> contributors, LocalDate today, boolean editable, Map<Long, BigDecimal> spentToDate,
			Map<Long, String> indicatorNames) {

		/**
		 * The titles of the deliverables an activity produces, and the names of the
		 * indicators it moves.
		 */
		public List<String> linksOf(Activity activity) {
			List<String> links = new java.util.ArrayList<>();
			partnership.deliverables()
				.stream()
				.filter(d -> activity.deliverableIds().contains(d.id()))
				.forEach(d -> links.add(d.title()));
			activity.indicatorIds().stream().map(indicatorNames::get).filter(Objects::nonNull).forEach(links::add);
			return links;
		}

		/** What approved reports say was spent, per currency (and staff-days). */
		public Map<String, BigDecimal> spentByUnit() {
			return BudgetSummary.spentByUnit(activities, spentToDate);
		}

		/** How much of the plan's time has passed today, in whole percent. */
		public @Nullable Integer elapsedPercent() {
			return new Activity.Window(partnership.plannedStart().orElse(null), partnership.plannedEnd().orElse(null))
				.elapsedPercent(activities, today);
		}

		/** Whether the plan holds made-up demo activities (the page says so). */
		public boolean illustrative() {
			return activities.stream().anyMatch(Activity::isIllustrative);
		}

		/** The activities late on this day. */
		public long lateCount() {
			return activities.stream().filter(a -> a.isLateOn(today)).count();
		}

		public boolean isLate(Activity activity) {
			return activity.isLateOn(today);
		}

		/** The outputs of the plan's activities, in the activities' order. */
		public List<PlannedOutput> outputs() {
			return activities.stream().flatMap(a -> a.outputs().stream().map(o -> new PlannedOutput(a, o))).toList();
		}

		/** An activity's own budget, per currency (and staff-days). */
		public Map<String, BigDecimal> totalsOf(Activity activity) {
			return BudgetSummary.of(List.of(activity)).totalByUnit();
		}

		/**
		 * The amounts stated on the record (its budget, each resource with an amount and
		 * a partner) beside what the plan's lines add up to in the same currency (for a
		 * resource: that partner's money lines), so the page can say where they differ.
		 */
		public List<Reconciliation> reconciliation() {
			List<Reconciliation> rows = new java.util.ArrayList<>();
			partnership.budget()
				.ifPresent(stated -> rows.add(new Reconciliation(null, stated,
						budget.moneyTotals().get(stated.currency().getCurrencyCode()))));
			for (var c : partnership.contributions()) {
				Money amount = c.amount();
				Organisation partner = c.organisation();
				if (amount != null && partner != null) {
					BigDecimal planned = activities.stream()
						.flatMap(a -> a.budgetLines().stream())
						.filter(l -> l.kind().isMoney() && l.contributorId() == Objects.requireNonNull(partner.id())
								&& l.unit().equals(amount.currency().getCurrencyCode()))
						.map(BudgetLine::amount)
						.reduce(BigDecimal::add)
						.orElse(null);
					rows.add(new Reconciliation(partner.displayName(), amount, planned));
				}
			}
			return rows;
		}

		/** The name of a contributor of a line. */
		public String contributor(long id) {
			return contributors.getOrDefault(id, "#" + id);
		}

	}

	/**
	 * An amount stated on the record (the budget when {@code partner} is empty) and what
	 * the plan's lines add up to in its currency (empty when no line is in it).
	 */
	public record Reconciliation(@Nullable String partner, Money stated, @Nullable BigDecimal planned) {

		public boolean agrees() {
			return planned != null && planned.compareTo(stated.amount()) == 0;
		}

	}

	@Transactional(readOnly = true)
	public WorkPlan plan(long partnershipId, Viewer viewer) {
		Partnership partnership = partnerships.find(partnershipId, viewer.readScope())
			.orElseThrow(NotFoundException::new);
		List<Activity> plan = activities.findPlan(partnershipId);
		return new WorkPlan(partnership, plan, BudgetSummary.of(plan), partnership.contributors(), LocalDate.now(clock),
				viewer.canEdit(partnership), approved.spendingToDate(partnershipId), indicatorNames(partnershipId));
	}

	/**
	 * The partnership of a plan its editor changes: 404 unless readable, 403 unless
	 * editable.
	 */
	@Transactional(readOnly = true)
	public void forPlanEditing(long partnershipId, Viewer viewer) {
		editable(partnershipId, viewer);
	}

	/**
	 * One activity of the plan, for its edit page: 404 unless readable, 403 unless
	 * editable.
	 */
	@Transactional(readOnly = true)
	public Activity forEditing(long partnershipId, long activityId, Viewer viewer) {
		editable(partnershipId, viewer);
		return activities.findInPlan(partnershipId, activityId).orElseThrow(NotFoundException::new);
	}

	public long add(long partnershipId, ActivityFields fields, Viewer viewer) {
		Partnership partnership = editable(partnershipId, viewer);
		requireArea(partnership, fields.workingArea());
		Activity activity;
		try {
			activity = new Activity(partnershipId, fields.workingArea(), fields.title(), fields.plannedStart(),
					fields.plannedEnd(), window(partnership));
			activity.describe(fields.description(), fields.startingSituation(), fields.mentorResponsible(),
					fields.menteeResponsible());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(fieldOf(ex.code()), ex.code());
		}
		edits.create(KIND, activity, viewer.actor());
		return Objects.requireNonNull(activity.id());
	}

	public void update(long partnershipId, long activityId, ActivityFields fields, long version, Viewer viewer) {
		Partnership partnership = editable(partnershipId, viewer);
		requireArea(partnership, fields.workingArea());
		change(partnershipId, activityId, version, viewer, "UPDATE", a -> {
			a.retitle(fields.title());
			a.moveTo(fields.workingArea());
			a.plan(fields.plannedStart(), fields.plannedEnd(), window(partnership));
			a.describe(fields.description(), fields.startingSituation(), fields.mentorResponsible(),
					fields.menteeResponsible());
		});
	}

	public void changeStatus(long partnershipId, long activityId, ActivityStatus status, @Nullable String note,
			long version, Viewer viewer) {
		editable(partnershipId, viewer);
		change(partnershipId, activityId, version, viewer, "STATUS", a -> a.changeStatus(status, note));
	}

	public void addBudgetLine(long partnershipId, long activityId, NewBudgetLine line, long version, Viewer viewer) {
		Partnership partnership = editable(partnershipId, viewer);
		if (line.currency() != null) {
			Choices.require(reference.currencies(), line.currency().getCurrencyCode(), null, "currency");
		}
		if (!partnership.contributors().containsKey(line.contributorId())) {
			throw new FieldProblem("contributorId", "budget.contributor.notPartner");
		}
		change(partnershipId, activityId, version, viewer, "BUDGET_LINE_ADDED",
				a -> a.addBudgetLine(line.contributorId(), line.kind(), line.amount(), line.currency(), line.year()));
	}

	public void addOutput(long partnershipId, long activityId, NewOutput output, long version, Viewer viewer) {
		editable(partnershipId, viewer);
		Choices.require(reference.units(), output.unitCode(), null, "unitCode");
		change(partnershipId, activityId, version, viewer, "OUTPUT_ADDED",
				a -> a.addOutput(output.title(), output.unitCode(), output.unitOther(), output.targets(),
						output.meansOfVerification(), output.completion()));
	}

	/**
	 * Names the deliverables an activity produces and the indicators it moves: only the
	 * partnership's own.
	 */
	public void link(long partnershipId, long activityId, List<Long> deliverables, List<Long> indicatorIds,
			long version, Viewer viewer) {
		Partnership partnership = editable(partnershipId, viewer);
		java.util.Set<Long> own = new java.util.HashSet<>();
		partnership.deliverables().forEach(d -> own.add(d.id()));
		java.util.Set<Long> ownIndicators = new java.util.HashSet<>();
		indicators.findByPartnership(partnershipId).forEach(i -> ownIndicators.add(i.id()));
		if (!own.containsAll(deliverables) || !ownIndicators.containsAll(indicatorIds)) {
			throw new FieldProblem(null, "reference.unknown");
		}
		change(partnershipId, activityId, version, viewer, "LINKED", a -> {
			if (a.deliverableIds().equals(new java.util.HashSet<>(deliverables))
					&& a.indicatorIds().equals(new java.util.HashSet<>(indicatorIds))) {
				// Saving the links as they are says so, rather than pretending to change
				// them.
				throw new FieldProblem(null, "workplan.links.unchanged");
			}
			a.link(deliverables, indicatorIds);
		});
	}

	public void removeOutput(long partnershipId, long activityId, long outputId, long version, Viewer viewer) {
		editable(partnershipId, viewer);
		change(partnershipId, activityId, version, viewer, "OUTPUT_REMOVED",
				a -> a.removeOutput(a.outputs()
					.stream()
					.filter(o -> Objects.equals(o.id(), outputId))
					.findFirst()
					.orElseThrow(NotFoundException::new)));
	}

	public void removeBudgetLine(long partnershipId, long activityId, long lineId, long version, Viewer viewer) {
		editable(partnershipId, viewer);
		change(partnershipId, activityId, version, viewer, "BUDGET_LINE_REMOVED", a -> {
			BudgetLine line = a.budgetLines()
				.stream()
				.filter(l -> Objects.equals(l.id(), lineId))
				.findFirst()
				.orElseThrow(NotFoundException::new);
			a.removeBudgetLine(line);
		});
	}

	public void remove(long partnershipId, long activityId, long version, Viewer viewer) {
		editable(partnershipId, viewer);
		Activity activity = activities.findInPlan(partnershipId, activityId).orElseThrow(NotFoundException::new);
		edits.remove(KIND, activity, version, viewer.actor());
	}

	private void change(long partnershipId, long activityId, long version, Viewer viewer, String action,
			Consumer<Activity> change) {
		Activity activity = activities.findInPlan(partnershipId, activityId).orElseThrow(NotFoundException::new);
		edits.edit(KIND, activity, version, viewer.actor(), action, change,
				ex -> new FieldProblem(fieldOf(ex.code()), ex.code()));
	}

	private Partnership editable(long partnershipId, Viewer viewer) {
		return partnershipEditing.forEditing(partnershipId, viewer);
	}

	private Map<Long, String> indicatorNames(long partnershipId) {
		Map<Long, String> names = new LinkedHashMap<>();
		indicators.findByPartnership(partnershipId).forEach(i -> names.put(i.id(), i.name()));
		return names;
	}

	/**
	 * An activity is in one of the partnership's working areas (any, while it has none).
	 */
	private void requireArea(Partnership partnership, String code) {
		if (reference.workingArea(code).isEmpty()) {
			throw new FieldProblem("workingArea", "reference.unknown");
		}
		if (!partnership.workingAreas().isEmpty()
				&& partnership.workingAreas().stream().noneMatch(w -> w.code().equals(code))) {
			throw new FieldProblem("workingArea", "activity.area.notPartnerships");
		}
	}

	private static Activity.Window window(Partnership partnership) {
		return new Activity.Window(partnership.plannedStart().orElse(null), partnership.plannedEnd().orElse(null));
	}

	/** The form field a rule of the work plan is about. */
	private static @Nullable String fieldOf(String code) {
		return switch (code) {
			case "activity.title.required" -> "title";
			case "partnership.rule.datesOutOfOrder", "activity.dates.outsidePartnership" -> "plannedEnd";
			case "activity.drop.reasonRequired" -> "note";
			case "money.negative", "money.scale" -> "amount";
			case "currency.required", "budget.days.noCurrency" -> "currency";
			case "budget.year.outsideActivity" -> "year";
			case "output.unit.other" -> "unitOther";
			case "output.target.year" -> "targets";
			case "output.title.required" -> "title";
			default -> null;
		};
	}

	static Map<String, @Nullable String> snapshot(Activity a) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("workingArea", a.workingAreaCode());
		fields.put("title", a.title());
		fields.put("description", a.description());
		fields.put("startingSituation", a.startingSituation());
		fields.put("plannedStart", a.plannedStart().toString());
		fields.put("plannedEnd", a.plannedEnd().toString());
		fields.put("mentorResponsible", a.mentorResponsible());
		fields.put("menteeResponsible", a.menteeResponsible());
		fields.put("status", a.status().name());
		fields.put("statusNote", a.statusNote());
		fields.put("budgetLines", a.budgetLines().stream().map(BudgetLine::toString).collect(Collectors.joining("; ")));
		fields.put("outputs", a.outputs().stream().map(Object::toString).collect(Collectors.joining("; ")));
		fields.put("deliverables", a.deliverableIds().stream().map(Object::toString).collect(Collectors.joining(", ")));
		fields.put("indicators", a.indicatorIds().stream().map(Object::toString).collect(Collectors.joining(", ")));
		return fields;
	}

}
