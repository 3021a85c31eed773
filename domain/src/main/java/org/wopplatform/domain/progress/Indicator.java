package org.wopplatform.domain.progress;

import org.wopplatform.domain.partnership.Cadence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.reference.BetterDirection;

/**
 * An indicator of a partnership's results framework: a KPI of the catalogue or a custom
 * one with its own unit and better direction, with baseline and target (value and date),
 * means of verification and reporting frequency.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
	@SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "partnership_id")
	private Long partnershipId;

	@Column(name = "kpi_code")
	private @Nullable String kpiCode;

	private String name;

	private @Nullable String unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "better_direction")
	private @Nullable BetterDirection betterDirection;

	private @Nullable BigDecimal baselineValue;

	private @Nullable LocalDate baselineDate;

	private @Nullable BigDecimal targetValue;

	private @Nullable LocalDate targetDate;

	private @Nullable String meansOfVerification;

	@Enumerated(EnumType.STRING)
	private Cadence frequency;

	/**
	 * Figures made up for the demo data (never set by the application): its values are
	 * labelled wherever shown.
	 */
	@Column(updatable = false, insertable = false)
	private boolean illustrative;

	protected Indicator() {
	}

	public Indicator(long partnershipId, @Nullable String kpiCode, String name, @Nullable String unit,
			@Nullable BetterDirection betterDirection, Cadence frequency) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleViolation("indicator.name.required", "An indicator needs a name");
		}
		this.partnershipId = partnershipId;
		this.kpiCode = kpiCode;
		this.name = name.strip();
		this.unit = unit;
		this.betterDirection = betterDirection;
		this.frequency = Objects.requireNonNull(frequency);
	}

	/** Sets baseline and target; the target comes after the baseline. */
	public void aim(@Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate,
			@Nullable BigDecimal targetValue, @Nullable LocalDate targetDate, @Nullable String meansOfVerification) {
		if (baselineDate != null && targetDate != null && targetDate.isBefore(baselineDate)) {
			throw new DomainRuleViolation("partnership.rule.datesOutOfOrder", "The target date is before the baseline");
		}
		this.baselineValue = baselineValue;
		this.baselineDate = baselineDate;
		this.targetValue = targetValue;
		this.targetDate = targetDate;
		this.meansOfVerification = meansOfVerification;
	}

	public @Nullable Long id() {
		return id;
	}

	public long partnershipId() {
		return partnershipId;
	}

	public @Nullable String kpiCode() {
		return kpiCode;
	}

	public String name() {
		return name;
	}

	public @Nullable String unit() {
		return unit;
	}

	public @Nullable BetterDirection betterDirection() {
		return betterDirection;
	}

	public @Nullable BigDecimal baselineValue() {
		return baselineValue;
	}

	public @Nullable LocalDate baselineDate() {
		return baselineDate;
	}

	public @Nullable BigDecimal targetValue() {
		return targetValue;
	}

	public @Nullable LocalDate targetDate() {
		return targetDate;
	}

	public @Nullable String meansOfVerification() {
		return meansOfVerification;
	}

	public Cadence frequency() {
		return frequency;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

	/** Whether values are percentages of a whole (unit "%"), so between 0 and 100. */
	public boolean isPercentage() {
		return "%".equals(unit);
	}

	/** Whether the value is possible for this indicator: a percentage lies in 0–100. */
	public boolean accepts(BigDecimal value) {
		return !isPercentage() || (value.signum() >= 0 && value.compareTo(HUNDRED) <= 0);
	}

	/**
	 * Whether going from the previous approved value to this one is a jump worth a second
	 * look (a warning, never a refusal): more than {@value #JUMP_POINTS} points for a
	 * percentage, more than half of the previous value otherwise.
	 */
	public boolean isImplausibleJump(BigDecimal previous, BigDecimal value) {
		BigDecimal change = value.subtract(previous).abs();
		if (isPercentage()) {
			return change.compareTo(BigDecimal.valueOf(JUMP_POINTS)) > 0;
		}
		return previous.signum() != 0 && change.compareTo(previous.abs().divide(BigDecimal.valueOf(2))) > 0;
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** A change of a percentage by more than this many points is questioned. */
	public static final int JUMP_POINTS = 20;

}
