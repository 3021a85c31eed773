package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.partnership.DeliverableStatus;

/**
 * A partnership's progress report for one period and revision. The aggregate guards its
 * workflow: content changes only while DRAFT or RETURNED; submitting needs a health with
 * its reason; a reviewer is never the person who submitted; returning needs a comment; an
 * approved report is locked and is corrected only through a new revision.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_report_seq")
	@SequenceGenerator(name = "progress_report_seq", sequenceName = "progress_report_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "partnership_id")
	private Long partnershipId;

	@Embedded
	private ReportingPeriod period;

	private int revision;

	@Column(name = "corrects_report_id")
	private @Nullable Long correctsReportId;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	@Enumerated(EnumType.STRING)
	private @Nullable Health health;

	private @Nullable String healthReason;

	private @Nullable String achievements;

	private @Nullable String challenges;

	private @Nullable String nextSteps;

	private @Nullable String lessons;

	/** Whether the narrative stays among the partners, off the public record. */
	@Column(name = "narrative_internal")
	private boolean narrativeInternal;

	private @Nullable Long submittedBy;

	private @Nullable Instant submittedAt;

	private @Nullable Long reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewerComment;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<IndicatorValue> values = new ArrayList<>();

	/**
	 * The report's document as it stood when the report was approved (JSON), so that
	 * later changes to the record never change it; empty before approval.
	 */
	@Column(name = "frozen_document")
	private @Nullable String frozenDocument;

	/** The status the report gives each deliverable, by deliverable id. */
	@ElementCollection
	@CollectionTable(name = "report_deliverable_status", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "deliverable_id")
	@Column(name = "status")
	@Enumerated(EnumType.STRING)
	private Map<Long, DeliverableStatus> deliverableStatuses = new HashMap<>();

	/** Where each activity of the work plan stood, by activity id. */
	@ElementCollection
	@CollectionTable(name = "report_activity", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "activity_id")
	private Map<Long, ActivityProgress> activities = new HashMap<>();

	/** The value each output of the work plan reached in the period, by output id. */
	@ElementCollection
	@CollectionTable(name = "report_output_value", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "output_id")
	@Column(name = "value")
	private Map<Long, BigDecimal> outputValues = new HashMap<>();

	/** What was spent in the period on each budget line, by line id. */
	@ElementCollection
	@CollectionTable(name = "report_spending", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "budget_line_id")
	@Column(name = "amount")
	private Map<Long, BigDecimal> spending = new HashMap<>();

	/** The obstacles and contributing factors of the period, in the order given. */
	@ElementCollection
	@CollectionTable(name = "report_factor", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Factor> factors = new ArrayList<>();

	/**
	 * What each side says of each capacity dimension, and the value agreed in review
	 * where they differ.
	 */
	@ElementCollection
	@CollectionTable(name = "report_capacity_assessment", joinColumns = @JoinColumn(name = "report_id"))
	private List<CapacityAssessment> assessments = new ArrayList<>();

	/** Each side's rating of each partnership-practice dimension. */
	@ElementCollection
	@CollectionTable(name = "report_practice_rating", joinColumns = @JoinColumn(name = "report_id"))
	private List<PracticeRating> practiceRatings = new ArrayList<>();

	/** Each side's suggestions for the partnership's practice. */
	@ElementCollection
	@CollectionTable(name = "report_practice_note", joinColumns = @JoinColumn(name = "report_id"))
	private List<PracticeNote> practiceNotes = new ArrayList<>();

	protected ProgressReport() {
	}

	private ProgressReport(long partnershipId, ReportingPeriod period, int revision, @Nullable Long correctsReportId) {
		this.partnershipId = partnershipId;
		this.period = Objects.requireNonNull(period);
		this.revision = revision;
		this.correctsReportId = correctsReportId;
		this.status = ReportStatus.DRAFT;
	}

	/** The first report of a partnership for a period. */
	public static ProgressReport draft(long partnershipId, ReportingPeriod period) {
		return new ProgressReport(partnershipId, period, 1, null);
	}

	// ---- content
	// ---------------------------------------------------------------------------

	public void describe(@Nullable Health health, @Nullable String healthReason, @Nullable String achievements,
			@Nullable String challenges, @Nullable String nextSteps, @Nullable String lessons) {
		requireEditable();
		this.health = health;
		this.healthReason = PlainText.orNull(healthReason);
		this.achievements = PlainText.orNull(achievements);
		this.challenges = PlainText.orNull(challenges);
		this.nextSteps = PlainText.orNull(nextSteps);
		this.lessons = PlainText.orNull(lessons);
	}

	/**
	 * Keeps the narrative among the partners, their coordinator and the secretariat (off
	 * the public record), or lets the public read its achievements once approved.
	 */
	public void keepNarrativeInternal(boolean internal) {
		requireEditable();
		this.narrativeInternal = internal;
	}

	public boolean isNarrativeInternal() {
		return narrativeInternal;
	}

	/** Gives or changes the value of an indicator; a blank value removes it. */
	public void recordValue(long indicatorId, @Nullable BigDecimal value, @Nullable String comment) {
		requireEditable();
		Optional<IndicatorValue> existing = valueOf(indicatorId);
		if (value == null) {
			existing.ifPresent(values::remove);
			return;
		}
		if (existing.isPresent()) {
			existing.get().change(value, PlainText.orNull(comment));
		}
		else {
			values.add(new IndicatorValue(this, indicatorId, value, PlainText.orNull(comment)));
		}
	}

	/**
	 * States where a deliverable stands; NOT_REPORTED (or none) says nothing about it.
	 */
	public void reportDeliverable(long deliverableId, @Nullable DeliverableStatus status) {
		requireEditable();
		if (status == null || status == DeliverableStatus.NOT_REPORTED) {
			deliverableStatuses.remove(deliverableId);
		}
		else {
			deliverableStatuses.put(deliverableId, status);
		}
	}

	/** States where an activity stood; none says nothing about it. */
	public void reportActivity(long activityId, @Nullable ActivityProgress progress) {
		requireEditable();
		if (progress == null) {
			activities.remove(activityId);
		}
		else {
			activities.put(activityId, progress);
		}
	}

	/** Gives the value an output reached; a blank value removes it. */
	public void recordOutputValue(long outputId, @Nullable BigDecimal value) {
		requireEditable();
		if (value == null) {
			outputValues.remove(outputId);
		}
		else {
			outputValues.put(outputId, value);
		}
	}

	/**
	 * What was spent on a budget line in the period, never negative; blank removes it.
	 */
	public void recordSpending(long budgetLineId, @Nullable BigDecimal amount) {
		requireEditable();
		if (amount == null) {
			spending.remove(budgetLineId);
			return;
		}
		if (amount.signum() < 0) {
			throw new DomainRuleViolation("money.negative", "Spending cannot be negative: " + amount);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new DomainRuleViolation("money.scale", "At most two decimals: " + amount);
		}
		spending.put(budgetLineId, amount.setScale(2));
	}

	/**
	 * The obstacles and contributing factors of the period, replacing those given before.
	 */
	public void describeFactors(List<Factor> given) {
		requireEditable();
		factors.clear();
		factors.addAll(given);
	}

	/**
	 * A side's assessment of a dimension, replacing the one that side gave before; a
	 * value agreed in an earlier review of the dimension no longer stands (the sides have
	 * spoken again).
	 */
	public void assess(CapacityAssessment assessment) {
		requireEditable();
		if (!assessment.side().isPartner()) {
			throw new DomainRuleViolation("capacity.assessment.agreedInReview",
					"The agreed value is recorded in review");
		}
		boolean sameReading = assessments.stream()
			.anyMatch(
					a -> a.focusId() == assessment.focusId() && a.side() == assessment.side() && a.readsAs(assessment));
		assessments.removeIf(a -> a.focusId() == assessment.focusId()
				&& (a.side() == assessment.side() || (a.side() == AssessmentSide.AGREED && !sameReading)));
		assessments.add(assessment);
	}

	/** Takes back a side's assessment of a dimension. */
	public void withdrawAssessment(long focusId, AssessmentSide side) {
		requireEditable();
		assessments.removeIf(a -> a.focusId() == focusId && (a.side() == side || a.side() == AssessmentSide.AGREED));
	}

	/**
	 * The reviewer records the value both sides agree on, where their assessments differ;
	 * only while the report awaits review, and never by the person who submitted it.
	 */
	public void agree(CapacityAssessment agreed, long reviewerId) {
		requireSubmittedAndNotOwn(reviewerId);
		if (agreed.side() != AssessmentSide.AGREED) {
			throw new DomainRuleViolation("capacity.assessment.agreedSide", "An agreed value is neither side's own");
		}
		if (!CapacityAssessments.disagree(assessmentsOf(agreed.focusId()))) {
			throw new DomainRuleViolation("capacity.assessment.nothingToAgree",
					"Both sides already agree on this dimension");
		}
		assessments.add(agreed);
	}

	/**
	 * A side's partnership-practice ratings of the year and its suggestions, replacing
	 * what that side gave before; no ratings and no words take them back.
	 */
	public void ratePractice(AssessmentSide side, Map<String, Integer> ratings, @Nullable String suggestions) {
		requireEditable();
		practiceRatings.removeIf(r -> r.side() == side);
		practiceNotes.removeIf(n -> n.side() == side);
		ratings.forEach((dimension, rating) -> practiceRatings.add(new PracticeRating(side, dimension, rating)));
		String words = PlainText.orNull(suggestions);
		if (words != null) {
			practiceNotes.add(new PracticeNote(side, words));
		}
	}

	// ---- workflow
	// --------------------------------------------------------------------------

	public void submit(long userId, Instant at) {
		requireEditable();
		if (health == null || healthReason == null) {
			throw new DomainRuleViolation("report.rule.healthRequired", "Say how the partnership is doing, and why");
		}
		this.status = ReportStatus.SUBMITTED;
		this.submittedBy = userId;
		this.submittedAt = at;
	}

	public void returnToSubmitter(long reviewerId, String comment, Instant at) {
		requireSubmittedAndNotOwn(reviewerId);
		if (comment == null || comment.isBlank()) {
			throw new DomainRuleViolation("report.rule.commentRequired", "Say what needs to change");
		}
		this.status = ReportStatus.RETURNED;
		this.reviewedBy = reviewerId;
		this.reviewedAt = at;
		this.reviewerComment = comment.strip();
	}

	public void approve(long reviewerId, Instant at) {
		requireSubmittedAndNotOwn(reviewerId);
		if (!disagreements().isEmpty()) {
			throw new DomainRuleViolation("report.rule.capacityDisagreement",
					"The two sides assess a capacity dimension differently: record the agreed value first");
		}
		this.status = ReportStatus.APPROVED;
		this.reviewedBy = reviewerId;
		this.reviewedAt = at;
	}

	/** Keeps the approved report's document as it stands now (once: it never changes). */
	public void freeze(String document) {
		if (status != ReportStatus.APPROVED || frozenDocument != null) {
			throw new DomainRuleViolation("report.rule.freezeOnce", "Only an approved report is frozen, once");
		}
		this.frozenDocument = document;
	}

	public @Nullable String frozenDocument() {
		return frozenDocument;
	}

	/** A new draft revision of an approved report, with its content, to correct it. */
	public ProgressReport correction() {
		if (status != ReportStatus.APPROVED) {
			throw new DomainRuleViolation("report.rule.correctOnlyApproved", "Only an approved report is corrected");
		}
		ProgressReport next = new ProgressReport(partnershipId, period, revision + 1, id);
		next.health = health;
		next.healthReason = healthReason;
		next.achievements = achievements;
		next.challenges = challenges;
		next.nextSteps = nextSteps;
		next.lessons = lessons;
		next.narrativeInternal = narrativeInternal;
		for (IndicatorValue value : values) {
			next.values.add(new IndicatorValue(next, value.indicatorId(), value.value(), value.comment()));
		}
		next.deliverableStatuses.putAll(deliverableStatuses);
		next.activities.putAll(activities);
		next.outputValues.putAll(outputValues);
		next.spending.putAll(spending);
		next.factors.addAll(factors);
		next.assessments.addAll(assessments);
		next.practiceRatings.addAll(practiceRatings);
		next.practiceNotes.addAll(practiceNotes);
		return next;
	}

	/** Called on the corrected report when its correction is approved. */
	public void supersede() {
		if (status != ReportStatus.APPROVED) {
			throw new DomainRuleViolation("report.rule.correctOnlyApproved", "Only an approved report is superseded");
		}
		this.status = ReportStatus.SUPERSEDED;
	}

	private void requireEditable() {
		if (!status.isEditable()) {
			throw new DomainRuleViolation("report.rule.locked", "A " + status + " report cannot be changed"
					+ (status == ReportStatus.APPROVED ? "; correct it instead" : ""));
		}
	}

	private void requireSubmittedAndNotOwn(long reviewerId) {
		if (status != ReportStatus.SUBMITTED) {
			throw new DomainRuleViolation("report.rule.notSubmitted", "Only a submitted report is reviewed");
		}
		if (Objects.equals(submittedBy, reviewerId)) {
			throw new DomainRuleViolation("report.rule.selfReview", "Nobody reviews the report they submitted");
		}
	}

	// ---- reading
	// ---------------------------------------------------------------------------

	public Map<Long, ActivityProgress> activities() {
		return Collections.unmodifiableMap(activities);
	}

	public Map<Long, BigDecimal> outputValues() {
		return Collections.unmodifiableMap(outputValues);
	}

	public Map<Long, BigDecimal> spending() {
		return Collections.unmodifiableMap(spending);
	}

	public List<CapacityAssessment> assessments() {
		return Collections.unmodifiableList(assessments);
	}

	/** A dimension's assessments in this report (each side's and the agreed value). */
	public List<CapacityAssessment> assessmentsOf(long focusId) {
		return assessments.stream().filter(a -> a.focusId() == focusId).toList();
	}

	/** The dimensions both sides assess differently with no agreed value, by focus id. */
	public java.util.SortedSet<Long> disagreements() {
		java.util.SortedSet<Long> result = new java.util.TreeSet<>();
		for (CapacityAssessment assessment : assessments) {
			if (CapacityAssessments.disagree(assessmentsOf(assessment.focusId()))) {
				result.add(assessment.focusId());
			}
		}
		return result;
	}

	public List<PracticeRating> practiceRatings() {
		return Collections.unmodifiableList(practiceRatings);
	}

	public List<PracticeNote> practiceNotes() {
		return Collections.unmodifiableList(practiceNotes);
	}

	public List<Factor> factors() {
		return Collections.unmodifiableList(factors);
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

	public ReportingPeriod period() {
		return period;
	}

	public int revision() {
		return revision;
	}

	public @Nullable Long correctsReportId() {
		return correctsReportId;
	}

	public ReportStatus status() {
		return status;
	}

	public @Nullable Health health() {
		return health;
	}

	public @Nullable String healthReason() {
		return healthReason;
	}

	public @Nullable String achievements() {
		return achievements;
	}

	public @Nullable String challenges() {
		return challenges;
	}

	public @Nullable String nextSteps() {
		return nextSteps;
	}

	public @Nullable String lessons() {
		return lessons;
	}

	public @Nullable Long submittedBy() {
		return submittedBy;
	}

	public @Nullable String reviewerComment() {
		return reviewerComment;
	}

	public List<IndicatorValue> values() {
		return Collections.unmodifiableList(values);
	}

	public Map<Long, DeliverableStatus> deliverableStatuses() {
		return Collections.unmodifiableMap(deliverableStatuses);
	}

	/** When it was last approved or returned. */
	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Long reviewedBy() {
		return reviewedBy;
	}

	public Optional<IndicatorValue> valueOf(long indicatorId) {
		return values.stream().filter(v -> v.indicatorId() == indicatorId).findFirst();
	}

}
