package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * A new indicator of a results framework: a KPI of the catalogue, or a custom one with
 * its own name.
 */
public class IndicatorForm implements java.io.Serializable, CrossChecked {

	@Size(max = 40)
	private @Nullable String kpiCode;

	@Size(max = 300)
	private @Nullable String name;

	@Size(max = 60)
	private @Nullable String unit;

	private @Nullable BetterDirection betterDirection;

	@Amount(decimals = 4)
	private @Nullable BigDecimal baselineValue;

	private @Nullable PartialDate baselineDate;

	@Amount(decimals = 4)
	private @Nullable BigDecimal targetValue;

	private @Nullable PartialDate targetDate;

	@Size(max = 2000)
	private @Nullable String meansOfVerification;

	@NotNull
	private @Nullable Cadence frequency = Cadence.YEARLY;

	private long version;

	/** A custom indicator needs its own name; a target comes after its baseline. */
	@Override
	public void check(Errors errors) {
		if (PlainText.orNull(kpiCode) == null && PlainText.orNull(name) == null && !errors.hasFieldErrors("name")) {
			errors.rejectValue("name", "indicator.name.required");
		}
		if (!errors.hasFieldErrors("baselineDate") && !errors.hasFieldErrors("targetDate")
				&& !PartialDate.inOrder(baselineDate, targetDate)) {
			errors.rejectValue("targetDate", "partnership.rule.datesOutOfOrder");
		}
	}

	/** The indicator as the change to make. */
	FrameworkEditing.NewIndicator command() {
		return new FrameworkEditing.NewIndicator(PlainText.orNull(kpiCode), PlainText.orNull(name),
				PlainText.orNull(unit), betterDirection, Objects.requireNonNull(frequency), baselineValue, baselineDate,
				targetValue, targetDate, PlainText.orNull(meansOfVerification));
	}

	public @Nullable String getKpiCode() {
		return kpiCode;
	}

	public void setKpiCode(@Nullable String kpiCode) {
		this.kpiCode = kpiCode;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit;
	}

	public @Nullable BetterDirection getBetterDirection() {
		return betterDirection;
	}

	public void setBetterDirection(@Nullable BetterDirection betterDirection) {
		this.betterDirection = betterDirection;
	}

	public @Nullable BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(@Nullable BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public @Nullable PartialDate getBaselineDate() {
		return baselineDate;
	}

	public void setBaselineDate(@Nullable PartialDate baselineDate) {
		this.baselineDate = baselineDate;
	}

	public @Nullable BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(@Nullable BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public @Nullable PartialDate getTargetDate() {
		return targetDate;
	}

	public void setTargetDate(@Nullable PartialDate targetDate) {
		this.targetDate = targetDate;
	}

	public @Nullable String getMeansOfVerification() {
		return meansOfVerification;
	}

	public void setMeansOfVerification(@Nullable String meansOfVerification) {
		this.meansOfVerification = meansOfVerification;
	}

	public @Nullable Cadence getFrequency() {
		return frequency;
	}

	public void setFrequency(@Nullable Cadence frequency) {
		this.frequency = frequency;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
