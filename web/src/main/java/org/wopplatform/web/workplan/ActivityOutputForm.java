package org.wopplatform.web.workplan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.workplan.Output;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * An output of an activity as typed: what it is, its unit (named in words when "other"),
 * a target for each year of the activity (empty years have none), means of verification
 * and completion date.
 */
public class ActivityOutputForm implements java.io.Serializable, CrossChecked {

	@NotBlank
	@Size(max = 500)
	private @Nullable String title;

	@NotBlank
	@Size(max = 40)
	private @Nullable String unitCode;

	@Size(max = 100)
	private @Nullable String unitOther;

	@Amount(decimals = 4)
	private Map<Integer, @Nullable BigDecimal> targets = new TreeMap<>();

	@Size(max = 2000)
	private @Nullable String meansOfVerification;

	private @Nullable PartialDate completion;

	private long version;

	@Override
	public void check(Errors errors) {
		boolean other = Output.OTHER_UNIT.equals(unitCode);
		if (other && PlainText.orNull(unitOther) == null) {
			errors.rejectValue("unitOther", "output.unit.otherRequired");
		}
		if (!other && PlainText.orNull(unitOther) != null) {
			errors.rejectValue("unitOther", "output.unit.otherOnly");
		}
	}

	WorkPlanEditing.NewOutput output() {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		targets.forEach((year, target) -> {
			if (target != null) {
				byYear.put(year, target);
			}
		});
		return new WorkPlanEditing.NewOutput(Objects.requireNonNull(title).strip(),
				Objects.requireNonNull(unitCode).strip(), PlainText.orNull(unitOther), byYear,
				PlainText.orNull(meansOfVerification), completion);
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(@Nullable String unitCode) {
		this.unitCode = unitCode;
	}

	public @Nullable String getUnitOther() {
		return unitOther;
	}

	public void setUnitOther(@Nullable String unitOther) {
		this.unitOther = unitOther;
	}

	public Map<Integer, @Nullable BigDecimal> getTargets() {
		return targets;
	}

	public void setTargets(Map<Integer, @Nullable BigDecimal> targets) {
		this.targets = targets;
	}

	public @Nullable String getMeansOfVerification() {
		return meansOfVerification;
	}

	public void setMeansOfVerification(@Nullable String meansOfVerification) {
		this.meansOfVerification = meansOfVerification;
	}

	public @Nullable PartialDate getCompletion() {
		return completion;
	}

	public void setCompletion(@Nullable PartialDate completion) {
		this.completion = completion;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
