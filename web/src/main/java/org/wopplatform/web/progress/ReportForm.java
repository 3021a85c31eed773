package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.progress.Factor;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.web.common.Amount;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/**
 * A progress report as typed: health and narrative, and a value (as typed) per indicator
 * id.
 */
public class ReportForm implements java.io.Serializable, CrossChecked {

	private @Nullable Health health;

	@Size(max = 2000)
	private @Nullable String healthReason;

	@Size(max = 10000)
	private @Nullable String achievements;

	@Size(max = 10000)
	private @Nullable String challenges;

	@Size(max = 10000)
	private @Nullable String nextSteps;

	@Size(max = 10000)
	private @Nullable String lessons;

	private boolean narrativeInternal;

	/** A file to add as evidence with this save; none chosen when empty. */
	private transient org.springframework.web.multipart.@Nullable MultipartFile file;

	@Amount(decimals = 4)
	private Map<Long, @Nullable BigDecimal> values = new LinkedHashMap<>();

	private Map<Long, @Nullable String> comments = new LinkedHashMap<>();

	private Map<Long, DeliverableStatus> deliverables = new LinkedHashMap<>();

	private Map<Long, @Nullable ActivityStatus> activityStatus = new LinkedHashMap<>();

	private Map<Long, @Nullable Integer> activityPercent = new LinkedHashMap<>();

	@Amount(decimals = 4)
	private Map<Long, @Nullable BigDecimal> outputValues = new LinkedHashMap<>();

	@Amount
	private Map<Long, @Nullable BigDecimal> spending = new LinkedHashMap<>();

	private List<@Valid FactorRow> factors = padded(new ArrayList<>());

	/** An obstacle or contributing factor as typed; an empty row is ignored. */
	public static class FactorRow implements java.io.Serializable {

		private Factor.@Nullable Kind kind;

		private Factor.@Nullable Category category;

		@Size(max = 2000)
		private @Nullable String text;

		boolean isEmpty() {
			return kind == null && category == null && PlainText.orNull(text) == null;
		}

		public Factor.@Nullable Kind getKind() {
			return kind;
		}

		public void setKind(Factor.@Nullable Kind kind) {
			this.kind = kind;
		}

		public Factor.@Nullable Category getCategory() {
			return category;
		}

		public void setCategory(Factor.@Nullable Category category) {
			this.category = category;
		}

		public @Nullable String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

	}

	/** The rows with empty ones added: at least three, and two beyond those typed. */
	static List<FactorRow> padded(List<FactorRow> rows) {
		int wanted = Math.max(3, rows.size() + 2);
		while (rows.size() < wanted) {
			rows.add(new FactorRow());
		}
		return rows;
	}

	/** A factor row filled in part: its kind, category and words go together. */
	@Override
	public void check(Errors errors) {
		for (int i = 0; i < factors.size(); i++) {
			FactorRow row = factors.get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (row.kind == null && !errors.hasFieldErrors("factors[" + i + "].kind")) {
				errors.rejectValue("factors[" + i + "].kind", "NotNull");
			}
			if (row.category == null && !errors.hasFieldErrors("factors[" + i + "].category")) {
				errors.rejectValue("factors[" + i + "].category", "NotNull");
			}
			if (PlainText.orNull(row.text) == null && !errors.hasFieldErrors("factors[" + i + "].text")) {
				errors.rejectValue("factors[" + i + "].text", "NotBlank");
			}
		}
	}

	private long version;

	/** The report as the change to make (a blank value is a value taken out). */
	ReportWorkflow.Draft draft() {
		// Rows filled in part are refused by check() in the same round; left out here.
		List<Factor> given = factors.stream()
			.filter(row -> row.kind != null && row.category != null && PlainText.orNull(row.text) != null)
			.map(row -> new Factor(Objects.requireNonNull(row.kind), Objects.requireNonNull(row.category),
					Objects.requireNonNull(row.text)))
			.toList();
		return new ReportWorkflow.Draft(health, healthReason, achievements, challenges, nextSteps, lessons,
				narrativeInternal, new LinkedHashMap<>(values), new LinkedHashMap<>(comments),
				new LinkedHashMap<>(deliverables),
				new ReportWorkflow.PlanProgress(new LinkedHashMap<>(activityStatus),
						new LinkedHashMap<>(activityPercent), new LinkedHashMap<>(outputValues),
						new LinkedHashMap<>(spending), given));
	}

	static ReportForm from(ProgressReport report) {
		ReportForm form = new ReportForm();
		form.health = report.health();
		form.healthReason = report.healthReason();
		form.achievements = report.achievements();
		form.challenges = report.challenges();
		form.nextSteps = report.nextSteps();
		form.lessons = report.lessons();
		form.narrativeInternal = report.isNarrativeInternal();
		report.values().forEach(v -> {
			form.values.put(v.indicatorId(), v.value());
			form.comments.put(v.indicatorId(), v.comment());
		});
		form.deliverables.putAll(report.deliverableStatuses());
		report.activities().forEach((id, progress) -> {
			form.activityStatus.put(id, progress.status());
			form.activityPercent.put(id, progress.percentDone());
		});
		form.outputValues.putAll(report.outputValues());
		form.spending.putAll(report.spending());
		List<FactorRow> rows = new ArrayList<>();
		for (Factor factor : report.factors()) {
			FactorRow row = new FactorRow();
			row.kind = factor.kind();
			row.category = factor.category();
			row.text = factor.text();
			rows.add(row);
		}
		form.factors = padded(rows);
		form.version = report.version();
		return form;
	}

	public @Nullable Health getHealth() {
		return health;
	}

	public void setHealth(@Nullable Health health) {
		this.health = health;
	}

	public @Nullable String getHealthReason() {
		return healthReason;
	}

	public void setHealthReason(@Nullable String healthReason) {
		this.healthReason = healthReason;
	}

	public @Nullable String getAchievements() {
		return achievements;
	}

	public void setAchievements(@Nullable String achievements) {
		this.achievements = achievements;
	}

	public @Nullable String getChallenges() {
		return challenges;
	}

	public void setChallenges(@Nullable String challenges) {
		this.challenges = challenges;
	}

	public @Nullable String getNextSteps() {
		return nextSteps;
	}

	public void setNextSteps(@Nullable String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public boolean isNarrativeInternal() {
		return narrativeInternal;
	}

	public void setNarrativeInternal(boolean narrativeInternal) {
		this.narrativeInternal = narrativeInternal;
	}

	public @Nullable String getLessons() {
		return lessons;
	}

	public void setLessons(@Nullable String lessons) {
		this.lessons = lessons;
	}

	public Map<Long, @Nullable BigDecimal> getValues() {
		return values;
	}

	public void setValues(Map<Long, @Nullable BigDecimal> values) {
		this.values = values;
	}

	public Map<Long, @Nullable String> getComments() {
		return comments;
	}

	public void setComments(Map<Long, @Nullable String> comments) {
		this.comments = comments;
	}

	public Map<Long, DeliverableStatus> getDeliverables() {
		return deliverables;
	}

	public void setDeliverables(Map<Long, DeliverableStatus> deliverables) {
		this.deliverables = deliverables;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<Long, @Nullable ActivityStatus> getActivityStatus() {
		return activityStatus;
	}

	public void setActivityStatus(Map<Long, @Nullable ActivityStatus> activityStatus) {
		this.activityStatus = activityStatus;
	}

	public Map<Long, @Nullable Integer> getActivityPercent() {
		return activityPercent;
	}

	public void setActivityPercent(Map<Long, @Nullable Integer> activityPercent) {
		this.activityPercent = activityPercent;
	}

	public Map<Long, @Nullable BigDecimal> getOutputValues() {
		return outputValues;
	}

	public void setOutputValues(Map<Long, @Nullable BigDecimal> outputValues) {
		this.outputValues = outputValues;
	}

	public Map<Long, @Nullable BigDecimal> getSpending() {
		return spending;
	}

	public void setSpending(Map<Long, @Nullable BigDecimal> spending) {
		this.spending = spending;
	}

	public List<FactorRow> getFactors() {
		return factors;
	}

	public void setFactors(List<FactorRow> factors) {
		this.factors = factors;
	}

	public org.springframework.web.multipart.@Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(org.springframework.web.multipart.@Nullable MultipartFile file) {
		this.file = file;
	}

	/** The file chosen to add with this save, if any. */
	ReportWorkflow.@Nullable Upload upload() throws java.io.IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			return null;
		}
		return new ReportWorkflow.Upload(file.getOriginalFilename(), file.getBytes());
	}

}
