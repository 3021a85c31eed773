package org.wopplatform.web.capacity;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * A capacity dimension as chosen for a working area: one of GWOPA's (its code) or "OWN"
 * with a name in each language; the baseline stage, the starting situation and the
 * objective.
 */
public class FocusForm implements java.io.Serializable, CrossChecked {

	/** The code a form gives for a dimension of the partnership's own. */
	static final String OWN = "OWN";

	@NotBlank
	@Size(max = 40)
	private @Nullable String workingArea;

	@NotBlank
	@Size(max = 40)
	private @Nullable String dimension;

	@Size(max = 200)
	private @Nullable String customNameEn;

	@Size(max = 200)
	private @Nullable String customNameFr;

	@Size(max = 200)
	private @Nullable String customNameEs;

	@NotNull
	private @Nullable Integer baselineStage;

	@Size(max = 2000)
	private @Nullable String baselineDescription;

	@Size(max = 2000)
	private @Nullable String objective;

	/** A dimension of one's own is named in each language. */
	@Override
	public void check(Errors errors) {
		if (OWN.equals(dimension)) {
			for (String field : new String[] { "customNameEn", "customNameFr", "customNameEs" }) {
				Object value = errors.getFieldValue(field);
				if (PlainText.orNull(value == null ? null : value.toString()) == null
						&& !errors.hasFieldErrors(field)) {
					errors.rejectValue(field, "capacity.custom.names");
				}
			}
		}
		if (baselineStage != null && (baselineStage < 1 || baselineStage > 4)) {
			errors.rejectValue("baselineStage", "capacity.stage.range");
		}
	}

	CapacityEditing.NewFocus focus() {
		boolean own = OWN.equals(dimension);
		return new CapacityEditing.NewFocus(Objects.requireNonNull(workingArea).strip(),
				own ? null : Objects.requireNonNull(dimension).strip(),
				own ? new LocalizedText(Objects.requireNonNull(customNameEn), customNameFr, customNameEs) : null,
				Objects.requireNonNull(baselineStage), baselineDescription, objective);
	}

	public @Nullable String getWorkingArea() {
		return workingArea;
	}

	public void setWorkingArea(@Nullable String workingArea) {
		this.workingArea = workingArea;
	}

	public @Nullable String getDimension() {
		return dimension;
	}

	public void setDimension(@Nullable String dimension) {
		this.dimension = dimension;
	}

	public @Nullable String getCustomNameEn() {
		return customNameEn;
	}

	public void setCustomNameEn(@Nullable String customNameEn) {
		this.customNameEn = customNameEn;
	}

	public @Nullable String getCustomNameFr() {
		return customNameFr;
	}

	public void setCustomNameFr(@Nullable String customNameFr) {
		this.customNameFr = customNameFr;
	}

	public @Nullable String getCustomNameEs() {
		return customNameEs;
	}

	public void setCustomNameEs(@Nullable String customNameEs) {
		this.customNameEs = customNameEs;
	}

	public @Nullable Integer getBaselineStage() {
		return baselineStage;
	}

	public void setBaselineStage(@Nullable Integer baselineStage) {
		this.baselineStage = baselineStage;
	}

	public @Nullable String getBaselineDescription() {
		return baselineDescription;
	}

	public void setBaselineDescription(@Nullable String baselineDescription) {
		this.baselineDescription = baselineDescription;
	}

	public @Nullable String getObjective() {
		return objective;
	}

	public void setObjective(@Nullable String objective) {
		this.objective = objective;
	}

}
