package org.wopplatform.domain.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PlainText;

/**
 * A capacity dimension a partnership works on in one of its working areas: one of GWOPA's
 * fourteen, or its own with a name in English, French and Spanish; with the stage it
 * starts from (1 diagnosing and action planning … 4 changes consolidated), a short
 * description of the starting situation, and an objective.
 */
@Entity
@Table(name = "capacity_focus")
public class CapacityFocus {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capacity_focus_seq")
	@SequenceGenerator(name = "capacity_focus_seq", sequenceName = "capacity_focus_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "partnership_id")
	private long partnershipId;

	@Column(name = "working_area_code")
	private String workingAreaCode;

	@Column(name = "dimension_code")
	private @Nullable String dimensionCode;

	@Column(name = "custom_name_en")
	private @Nullable String customNameEn;

	@Column(name = "custom_name_fr")
	private @Nullable String customNameFr;

	@Column(name = "custom_name_es")
	private @Nullable String customNameEs;

	@Column(name = "baseline_stage")
	private int baselineStage;

	@Column(name = "baseline_description")
	private @Nullable String baselineDescription;

	private @Nullable String objective;

	/**
	 * Made up for the demo data (never set by the application): labelled wherever shown.
	 */
	@Column(updatable = false, insertable = false)
	private boolean illustrative;

	protected CapacityFocus() {
	}

	/** One of GWOPA's dimensions. */
	public static CapacityFocus of(long partnershipId, String workingAreaCode, String dimensionCode,
			int baselineStage) {
		CapacityFocus focus = new CapacityFocus(partnershipId, workingAreaCode, baselineStage);
		focus.dimensionCode = dimensionCode;
		return focus;
	}

	/** A dimension of the partnership's own, named in each of the three languages. */
	public static CapacityFocus custom(long partnershipId, String workingAreaCode, LocalizedText name,
			int baselineStage) {
		String en = PlainText.orNull(name.en());
		String fr = PlainText.orNull(name.fr());
		String es = PlainText.orNull(name.es());
		if (en == null || fr == null || es == null) {
			throw new DomainRuleViolation("capacity.custom.names",
					"A dimension of one's own is named in each language");
		}
		CapacityFocus focus = new CapacityFocus(partnershipId, workingAreaCode, baselineStage);
		focus.customNameEn = en;
		focus.customNameFr = fr;
		focus.customNameEs = es;
		return focus;
	}

	private CapacityFocus(long partnershipId, String workingAreaCode, int baselineStage) {
		this.partnershipId = partnershipId;
		this.workingAreaCode = workingAreaCode;
		startAt(baselineStage);
	}

	private void startAt(int stage) {
		if (stage < 1 || stage > 4) {
			throw new DomainRuleViolation("capacity.stage.range", "A stage lies between 1 and 4");
		}
		this.baselineStage = stage;
	}

	/** The starting situation in words, and what the partnership aims for. */
	public void describe(@Nullable String baselineDescription, @Nullable String objective) {
		this.baselineDescription = PlainText.orNull(baselineDescription);
		this.objective = PlainText.orNull(objective);
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

	/** GWOPA's dimension, or empty for one of the partnership's own. */
	public @Nullable String dimensionCode() {
		return dimensionCode;
	}

	/** The name of a dimension of the partnership's own, or empty for one of GWOPA's. */
	public @Nullable LocalizedText customName() {
		return customNameEn == null ? null : new LocalizedText(customNameEn, customNameFr, customNameEs);
	}

	public int baselineStage() {
		return baselineStage;
	}

	public @Nullable String baselineDescription() {
		return baselineDescription;
	}

	public @Nullable String objective() {
		return objective;
	}

	public boolean isIllustrative() {
		return illustrative;
	}

}
