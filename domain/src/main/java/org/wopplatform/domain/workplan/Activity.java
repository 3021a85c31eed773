package org.wopplatform.domain.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PartialDate;

/**
 * An activity of a partnership's work plan, in one of its working areas: what is done,
 * from what starting situation, when (inside the partnership's own time-frame), who is
 * responsible on the mentor's and on the mentee's side, where it stands, and its budget
 * lines. An activity past its planned end and neither done nor dropped is late.
 */
@Entity
@Table(name = "activity")
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
	@SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "partnership_id")
	private long partnershipId;

	@Column(name = "working_area_code")
	private String workingAreaCode;

	private String title;

	private @Nullable String description;

	@Column(name = "starting_situation")
	private @Nullable String startingSituation;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "planned_start")),
			@AttributeOverride(name = "precision", column = @Column(name = "planned_start_precision")) })
	private PartialDate plannedStart;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "planned_end")),
			@AttributeOverride(name = "precision", column = @Column(name = "planned_end_precision")) })
	private PartialDate plannedEnd;

	@Column(name = "mentor_responsible")
	private @Nullable String mentorResponsible;

	@Column(name = "mentee_responsible")
	private @Nullable String menteeResponsible;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status = ActivityStatus.NOT_STARTED;

	@Column(name = "status_note")
	private @Nullable String statusNote;

	/**
	 * Made up for the demo data (never set by the application): labelled wherever shown.
	 */
	@Column(updatable = false, insertable = false)
	private boolean illustrative;

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("year, id")
	private List<BudgetLine> budgetLines = new ArrayList<>();

	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<Output> outputs = new LinkedHashSet<>();

	/** The partnership's deliverables this activity produces, by id. */
	@ElementCollection
	@CollectionTable(name = "activity_deliverable", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "deliverable_id")
	private Set<Long> deliverableIds = new LinkedHashSet<>();

	/** The partnership's indicators this activity moves, by id. */
	@ElementCollection
	@CollectionTable(name = "activity_indicator", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "indicator_id")
	private Set<Long> indicatorIds = new LinkedHashSet<>();

	protected Activity() {
	}

	/**
	 * @param window the partnership's planned time-frame, which the activity's dates must
	 * lie in (either end may be open)
	 */
	public Activity(long partnershipId, String workingAreaCode, String title, PartialDate plannedStart,
			PartialDate plannedEnd, Window window) {
		this.partnershipId = partnershipId;
		this.workingAreaCode = Objects.requireNonNull(workingAreaCode);
		this.title = "";
		retitle(title);
		this.plannedStart = plannedStart;
		this.plannedEnd = plannedEnd;
		plan(plannedStart, plannedEnd, window);
	}

	/** A partnership's planned time-frame, as its activities must respect it. */
	public record Window(@Nullable PartialDate start, @Nullable PartialDate end) {

		/** Whether the day lies inside (an open end lets everything through). */
		boolean contains(PartialDate from, PartialDate to) {
			return (start == null || !from.earliest().isBefore(start.earliest()))
					&& (end == null || !to.latest().isAfter(end.latest()));
		}

		/**
		 * How much of a plan's time has passed on a day, in whole percent (0 before it
		 * starts, 100 after it ends): from this window's start (else the earliest
		 * activity) to its end (else the latest activity); empty when neither is known.
		 */
		public @Nullable Integer elapsedPercent(List<Activity> activities, LocalDate today) {
			LocalDate from = start != null ? start.earliest()
					: activities.stream().map(a -> a.plannedStart().earliest()).min(LocalDate::compareTo).orElse(null);
			LocalDate to = end != null ? end.latest()
					: activities.stream().map(a -> a.plannedEnd().latest()).max(LocalDate::compareTo).orElse(null);
			if (from == null || to == null || !to.isAfter(from)) {
				return null;
			}
			long total = java.time.temporal.ChronoUnit.DAYS.between(from, to.plusDays(1));
			long passed = java.time.temporal.ChronoUnit.DAYS.between(from, today);
			return (int) Math.max(0, Math.min(100, Math.round(100.0 * passed / total)));
		}

		/** The years an activity of this window may be budgeted in, given its dates. */
		static boolean yearInside(int year, PartialDate from, PartialDate to) {
			return year >= from.year() && year <= to.year();
		}

	}

	public void retitle(String title) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("activity.title.required", "An activity needs a title");
		}
		this.title = title.strip();
	}

	public void describe(@Nullable String description, @Nullable String startingSituation,
			@Nullable String mentorResponsible, @Nullable String menteeResponsible) {
		this.description = PlainText.orNull(description);
		this.startingSituation = PlainText.orNull(startingSituation);
		this.mentorResponsible = PlainText.orNull(mentorResponsible);
		this.menteeResponsible = PlainText.orNull(menteeResponsible);
	}

	public void moveTo(String workingAreaCode) {
		this.workingAreaCode = Objects.requireNonNull(workingAreaCode);
		outputs.forEach(o -> o.moveTo(workingAreaCode));
	}

	/**
	 * Plans the activity's dates: the end not before the start, both inside the
	 * partnership's time-frame, and every budget line in a year the activity runs.
	 */
	public void plan(PartialDate start, PartialDate end, Window window) {
		if (!PartialDate.inOrder(start, end)) {
			throw new DomainRuleViolation("partnership.rule.datesOutOfOrder",
					"The planned end " + end + " is before the planned start " + start);
		}
		if (!window.contains(start, end)) {
			throw new DomainRuleViolation("activity.dates.outsidePartnership",
					"The activity's dates " + start + "–" + end + " are outside the partnership's");
		}
		for (Output output : outputs) {
			output.aim(output.targets(), start, end);
		}
		for (BudgetLine line : budgetLines) {
			if (!Window.yearInside(line.year(), start, end)) {
				throw new DomainRuleViolation("budget.year.outsideActivity",
						"A budget line of " + line.year() + " would fall outside the activity's years");
			}
		}
		this.plannedStart = start;
		this.plannedEnd = end;
	}

	/**
	 * Changes where the activity stands, with a note in words (where it is, what holds it
	 * up); dropping it needs the note, which then says why.
	 */
	public void changeStatus(ActivityStatus status, @Nullable String note) {
		String words = PlainText.orNull(note);
		if (status == ActivityStatus.DROPPED && words == null) {
			throw new DomainRuleViolation("activity.drop.reasonRequired", "Say why the activity is dropped");
		}
		this.status = Objects.requireNonNull(status);
		this.statusNote = words;
	}

	/**
	 * Adds what a contributor puts in, in one year of the activity: money with its
	 * currency (cash, in-kind) or staff-days without one; never negative.
	 */
	public BudgetLine addBudgetLine(long contributorId, BudgetKind kind, BigDecimal amount, @Nullable Currency currency,
			int year) {
		if (amount.signum() < 0) {
			throw new DomainRuleViolation("money.negative", "A budget line cannot be negative: " + amount);
		}
		if (kind.isMoney() && currency == null) {
			throw new DomainRuleViolation("currency.required", "A money line needs its currency");
		}
		if (!kind.isMoney() && currency != null) {
			throw new DomainRuleViolation("budget.days.noCurrency", "Staff-days have no currency");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new DomainRuleViolation("money.scale", "At most two decimals: " + amount);
		}
		if (!Window.yearInside(year, plannedStart, plannedEnd)) {
			throw new DomainRuleViolation("budget.year.outsideActivity",
					"The year " + year + " is not one the activity runs in");
		}
		BudgetLine line = new BudgetLine(this, contributorId, kind, amount.setScale(2), currency, year);
		budgetLines.add(line);
		return line;
	}

	public void removeBudgetLine(BudgetLine line) {
		budgetLines.remove(line);
	}

	/**
	 * Adds an output of the activity, in its working area: counted in a unit (named in
	 * words when it is "other"), with a target for years in which the activity runs.
	 */
	public Output addOutput(String title, String unitCode, @Nullable String unitOther, Map<Integer, BigDecimal> targets,
			@Nullable String meansOfVerification, @Nullable PartialDate completion) {
		Output output = new Output(this, title, unitCode, unitOther);
		output.aim(targets, plannedStart, plannedEnd);
		output.describe(meansOfVerification, completion);
		outputs.add(output);
		return output;
	}

	/**
	 * Names the deliverables the activity produces and the indicators it moves (the
	 * caller has checked that they are the partnership's), replacing those named before.
	 */
	public void link(java.util.Collection<Long> deliverables, java.util.Collection<Long> indicators) {
		deliverableIds.clear();
		deliverableIds.addAll(deliverables);
		indicatorIds.clear();
		indicatorIds.addAll(indicators);
	}

	public Set<Long> deliverableIds() {
		return Collections.unmodifiableSet(new java.util.TreeSet<>(deliverableIds));
	}

	public Set<Long> indicatorIds() {
		return Collections.unmodifiableSet(new java.util.TreeSet<>(indicatorIds));
	}

	public void removeOutput(Output output) {
		outputs.remove(output);
	}

	/** The activity's outputs, in the order they were added. */
	public List<Output> outputs() {
		return outputs.stream()
			.sorted(java.util.Comparator.comparing(o -> o.id() == null ? Long.MAX_VALUE : o.id()))
			.toList();
	}

	/**
	 * Whether the activity is past its planned end on that day and neither done nor
	 * dropped.
	 */
	public boolean isLateOn(LocalDate day) {
		return !status.isClosed() && plannedEnd.latest().isBefore(day);
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long partnershipId() {
		return partnershipId;
	}

	public String workingAreaCode() {
		return workingAreaCode;
	}

	public String title() {
		return title;
	}

	public @Nullable String description() {
		return description;
	}

	public @Nullable String startingSituation() {
		return startingSituation;
	}

	public PartialDate plannedStart() {
		return plannedStart;
	}

	public PartialDate plannedEnd() {
		return plannedEnd;
	}

	public @Nullable String mentorResponsible() {
		return mentorResponsible;
	}

	public @Nullable String menteeResponsible() {
		return menteeResponsible;
	}

	public ActivityStatus status() {
		return status;
	}

	public @Nullable String statusNote() {
		return statusNote;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	public List<BudgetLine> budgetLines() {
		return Collections.unmodifiableList(budgetLines);
	}

}
