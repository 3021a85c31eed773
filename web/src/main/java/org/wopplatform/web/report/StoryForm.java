package org.wopplatform.web.report;

import org.jspecify.annotations.Nullable;

/** A story's title and text as typed on the draft's editor. */
public class StoryForm {

	private @Nullable String title;

	private @Nullable String text;

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

}
