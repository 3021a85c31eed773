package org.wopplatform.web.progress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.reference.BetterDirection;

/**
 * A new indicator of a results framework: a KPI of the catalogue, or a custom one with
 * its own name.
 */
public class IndicatorForm {

	@Size(max = 40)
	private @Nullable String kpiCode;

	@Size(max = 300)
	private @Nullable String name;

	@Size(max = 60)
	private @Nullable String unit;

	private @Nullable BetterDirection betterDirection;

	@Size(max = 20)
	private @Nullable String baselineValue;

	@Size(max = 10)
	private @Nullable String baselineDate;

	@Size(max = 20)
	private @Nullable String targetValue;

	@Size(max = 10)
	private @Nullable String targetDate;

	@Size(max = 2000)
	private @Nullable String meansOfVerification;

	@NotNull
	private @Nullable Cadence frequency = Cadence.YEARLY;

	private long version;

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

	public @Nullable String getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(@Nullable String baselineValue) {
		this.baselineValue = baselineValue;
	}

	public @Nullable String getBaselineDate() {
		return baselineDate;
	}

	public void setBaselineDate(@Nullable String baselineDate) {
		this.baselineDate = baselineDate;
	}

	public @Nullable String getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(@Nullable String targetValue) {
		this.targetValue = targetValue;
	}

	public @Nullable String getTargetDate() {
		return targetDate;
	}

	public void setTargetDate(@Nullable String targetDate) {
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
