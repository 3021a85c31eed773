package org.wopplatform.web.progress;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/** An indicator proposed by utility staff: a KPI of the catalogue, or its own name. */
public class ProposalForm implements CrossChecked, java.io.Serializable {

	@Size(max = 40)
	private @Nullable String kpiCode;

	@Size(max = 300)
	private @Nullable String name;

	@Size(max = 60)
	private @Nullable String unit;

	private @Nullable BetterDirection betterDirection;

	@Amount(decimals = 4)
	private @Nullable BigDecimal baselineValue;

	@Amount(decimals = 4)
	private @Nullable BigDecimal targetValue;

	/** A custom indicator needs its own name. */
	@Override
	public void check(Errors errors) {
		if (PlainText.orNull(kpiCode) == null && PlainText.orNull(name) == null && !errors.hasFieldErrors("name")) {
			errors.rejectValue("name", "indicator.name.required");
		}
	}

	IndicatorProposals.NewProposal command() {
		return new IndicatorProposals.NewProposal(PlainText.orNull(kpiCode), PlainText.orNull(name),
				PlainText.orNull(unit), betterDirection, baselineValue, targetValue);
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

	public @Nullable BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(@Nullable BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

}
