package org.wopplatform.web.workplan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.web.common.CrossChecked;

import org.springframework.validation.Errors;

/** Where an activity stands, with a note in words (why, when it is dropped). */
public class ActivityStatusForm implements java.io.Serializable, CrossChecked {

	@NotNull
	private @Nullable ActivityStatus status;

	@Size(max = 2000)
	private @Nullable String note;

	private long version;

	@Override
	public void check(Errors errors) {
		if (status == ActivityStatus.DROPPED && (note == null || note.isBlank())) {
			errors.rejectValue("note", "activity.drop.reasonRequired");
		}
	}

	public @Nullable ActivityStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ActivityStatus status) {
		this.status = status;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
