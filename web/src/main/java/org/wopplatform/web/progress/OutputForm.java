package org.wopplatform.web.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new output of a results framework: its working area and what it is. */
public class OutputForm implements java.io.Serializable {

	@NotBlank
	@Size(max = 40)
	private @Nullable String workingArea;

	@NotBlank
	@Size(max = 500)
	private @Nullable String title;

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

}
