package org.wopplatform.web.report;

import org.jspecify.annotations.Nullable;

/**
 * A story's title and text in each language and its pull quote, as typed on the draft's
 * editor.
 */
public class StoryForm implements java.io.Serializable {

	private @Nullable String title;

	private @Nullable String text;

	private @Nullable String titleFr;

	private @Nullable String textFr;

	private @Nullable String titleEs;

	private @Nullable String textEs;

	private @Nullable String quote;

	AnnualReports.Words words() {
		return new AnnualReports.Words(title, text, titleFr, textFr, titleEs, textEs, quote);
	}

	public @Nullable String getTitleFr() {
		return titleFr;
	}

	public void setTitleFr(@Nullable String titleFr) {
		this.titleFr = titleFr;
	}

	public @Nullable String getTextFr() {
		return textFr;
	}

	public void setTextFr(@Nullable String textFr) {
		this.textFr = textFr;
	}

	public @Nullable String getTitleEs() {
		return titleEs;
	}

	public void setTitleEs(@Nullable String titleEs) {
		this.titleEs = titleEs;
	}

	public @Nullable String getTextEs() {
		return textEs;
	}

	public void setTextEs(@Nullable String textEs) {
		this.textEs = textEs;
	}

	public @Nullable String getQuote() {
		return quote;
	}

	public void setQuote(@Nullable String quote) {
		this.quote = quote;
	}

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
