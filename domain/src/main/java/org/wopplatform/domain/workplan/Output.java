package org.wopplatform.domain.workplan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.PartialDate;

/**
 * An output: what the work produces in one of a partnership's working areas. An output of
 * the work plan belongs to an activity and is counted in a unit (GWOPA's list, or "other"
 * in words), with a target for each year of its activity, means of verification and a
 * completion date. Outputs from before the work plan have only a working area and a
 * title.
 */
@Entity
@Table(name = "framework_output")
public class Output {

	/** The code of the unit "other", which the output names in words. */
	public static final String OTHER_UNIT = "OTHER";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_output_seq")
	@SequenceGenerator(name = "framework_output_seq", sequenceName = "framework_output_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "partnership_id")
	private long partnershipId;

	@Column(name = "working_area_code")
	private String workingAreaCode;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "activity_id")
	private @Nullable Activity activity;

	@Column(name = "unit_code")
	private @Nullable String unitCode;

	@Column(name = "unit_other")
	private @Nullable String unitOther;

	@Column(name = "means_of_verification")
	private @Nullable String meansOfVerification;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "completion")),
			@AttributeOverride(name = "precision", column = @Column(name = "completion_precision")) })
	private @Nullable PartialDate completion;

	@ElementCollection
	@CollectionTable(name = "output_target", joinColumns = @JoinColumn(name = "output_id"))
	@MapKeyColumn(name = "target_year")
	@Column(name = "target")
	private Map<Integer, BigDecimal> targets = new TreeMap<>();

	protected Output() {
	}

	public Output(long partnershipId, String workingAreaCode, String title) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("output.title.required", "An output needs a title");
		}
		this.partnershipId = partnershipId;
		this.workingAreaCode = workingAreaCode;
		this.title = title.strip();
	}

	/**
	 * An output of an activity, in its working area, counted in a unit (with words when
	 * the unit is "other").
	 */
	Output(Activity activity, String title, String unitCode, @Nullable String unitOther) {
		this(activity.partnershipId(), activity.workingAreaCode(), title);
		this.activity = activity;
		if (OTHER_UNIT.equals(unitCode) != (unitOther != null && !unitOther.isBlank())) {
			throw new DomainRuleViolation("output.unit.other", "Name the unit when it is \"other\", and only then");
		}
		this.unitCode = unitCode;
		this.unitOther = OTHER_UNIT.equals(unitCode) && unitOther != null ? unitOther.strip() : null;
	}

	void moveTo(String workingAreaCode) {
		this.workingAreaCode = workingAreaCode;
	}

	void describe(@Nullable String meansOfVerification, @Nullable PartialDate completion) {
		this.meansOfVerification = meansOfVerification == null || meansOfVerification.isBlank() ? null
				: meansOfVerification.strip();
		this.completion = completion;
	}

	/** The target for each year: only years in which the activity runs. */
	void aim(Map<Integer, BigDecimal> byYear, PartialDate start, PartialDate end) {
		for (int year : byYear.keySet()) {
			if (year < start.year() || year > end.year()) {
				throw new DomainRuleViolation("output.target.year",
						"A target for " + year + " is outside the activity");
			}
		}
		targets.clear();
		targets.putAll(byYear);
	}

	/**
	 * Whether a value reached in a year is far from that year's target: off by more than
	 * half of the target (no target, nothing to compare).
	 */
	public boolean isFarFromTarget(int year, BigDecimal value) {
		BigDecimal target = targets.get(year);
		if (target == null || target.signum() == 0) {
			return false;
		}
		return value.subtract(target).abs().compareTo(target.abs().divide(BigDecimal.valueOf(2))) > 0;
	}

	public @Nullable Long id() {
		return id;
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

	public @Nullable String unitCode() {
		return unitCode;
	}

	public @Nullable String unitOther() {
		return unitOther;
	}

	public @Nullable String meansOfVerification() {
		return meansOfVerification;
	}

	public @Nullable PartialDate completion() {
		return completion;
	}

	/** Target by year, in year order. */
	public Map<Integer, BigDecimal> targets() {
		return Collections.unmodifiableMap(new TreeMap<>(targets));
	}

	@Override
	public String toString() {
		return title + " (" + (unitOther != null ? unitOther : unitCode) + "; targets " + new TreeMap<>(targets)
				+ (completion == null ? "" : "; by " + completion) + ")";
	}

}
