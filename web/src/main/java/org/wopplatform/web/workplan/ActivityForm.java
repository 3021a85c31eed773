package org.wopplatform.web.workplan;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/** An activity as typed: its area, what it is, when, and who is responsible. */
public class ActivityForm implements java.io.Serializable, CrossChecked {

	@NotBlank
	@Size(max = 40)
	private @Nullable String workingArea;

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	@Size(max = 10000)
	private @Nullable String description;

	@Size(max = 10000)
	private @Nullable String startingSituation;

	@NotNull
	private @Nullable PartialDate plannedStart;

	@NotNull
	private @Nullable PartialDate plannedEnd;

	@Size(max = 200)
	private @Nullable String mentorResponsible;

	@Size(max = 200)
	private @Nullable String menteeResponsible;

	private long version;

	static ActivityForm from(Activity a) {
		ActivityForm form = new ActivityForm();
		form.workingArea = a.workingAreaCode();
		form.title = a.title();
		form.description = a.description();
		form.startingSituation = a.startingSituation();
		form.plannedStart = a.plannedStart();
		form.plannedEnd = a.plannedEnd();
		form.mentorResponsible = a.mentorResponsible();
		form.menteeResponsible = a.menteeResponsible();
		form.version = a.version();
		return form;
	}

	@Override
	public void check(Errors errors) {
		if (!errors.hasFieldErrors("plannedStart") && !errors.hasFieldErrors("plannedEnd")
				&& !PartialDate.inOrder(plannedStart, plannedEnd)) {
			errors.rejectValue("plannedEnd", "partnership.rule.datesOutOfOrder");
		}
	}

	WorkPlanEditing.ActivityFields fields() {
		return new WorkPlanEditing.ActivityFields(Objects.requireNonNull(workingArea).strip(),
				Objects.requireNonNull(title).strip(), PlainText.orNull(description),
				PlainText.orNull(startingSituation), Objects.requireNonNull(plannedStart),
				Objects.requireNonNull(plannedEnd), PlainText.orNull(mentorResponsible),
				PlainText.orNull(menteeResponsible));
	}

	public @Nullable String getWorkingArea() {
		return workingArea;
	}

	public void setWorkingArea(@Nullable String workingArea) {
		this.workingArea = workingArea;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getStartingSituation() {
		return startingSituation;
	}

	public void setStartingSituation(@Nullable String startingSituation) {
		this.startingSituation = startingSituation;
	}

	public @Nullable PartialDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable PartialDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable PartialDate getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable PartialDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public @Nullable String getMentorResponsible() {
		return mentorResponsible;
	}

	public void setMentorResponsible(@Nullable String mentorResponsible) {
		this.mentorResponsible = mentorResponsible;
	}

	public @Nullable String getMenteeResponsible() {
		return menteeResponsible;
	}

	public void setMenteeResponsible(@Nullable String menteeResponsible) {
		this.menteeResponsible = menteeResponsible;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
