package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.web.common.Amount;

/**
 * A progress report as typed: health and narrative, and a value (as typed) per indicator
 * id.
 */
public class ReportForm {

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

	@Amount(decimals = 4)
	private Map<Long, @Nullable BigDecimal> values = new LinkedHashMap<>();

	private Map<Long, @Nullable String> comments = new LinkedHashMap<>();

	private Map<Long, DeliverableStatus> deliverables = new LinkedHashMap<>();

	private long version;

	/** The report as the change to make (a blank value is a value taken out). */
	ReportWorkflow.Draft draft() {
		return new ReportWorkflow.Draft(health, healthReason, achievements, challenges, nextSteps, lessons,
				new LinkedHashMap<>(values), new LinkedHashMap<>(comments), new LinkedHashMap<>(deliverables));
	}

	static ReportForm from(ProgressReport report) {
		ReportForm form = new ReportForm();
		form.health = report.health();
		form.healthReason = report.healthReason();
		form.achievements = report.achievements();
		form.challenges = report.challenges();
		form.nextSteps = report.nextSteps();
		form.lessons = report.lessons();
		report.values().forEach(v -> {
			form.values.put(v.indicatorId(), v.value());
			form.comments.put(v.indicatorId(), v.comment());
		});
		form.deliverables.putAll(report.deliverableStatuses());
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

}
