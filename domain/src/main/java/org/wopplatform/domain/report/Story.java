package org.wopplatform.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * A partnership story of an annual report: a title and a text about one partnership,
 * seeded from an approved report's narrative or the record's stated results, then edited
 * by the secretariat.
 */
@Entity
@Table(name = "annual_report_story")
public class Story {

	/** The longest title, as its column holds it. */
	public static final int TITLE_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_report_story_seq")
	@SequenceGenerator(name = "annual_report_story_seq", sequenceName = "annual_report_story_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "report_id")
	private long reportId;

	@Column(name = "partnership_id")
	private long partnershipId;

	private int position;

	private String title;

	private String text;

	private String source;

	/** The language the story was first written in: en, fr or es. */
	@Column(name = "original_language")
	private String originalLanguage = "en";

	@Column(name = "title_fr")
	private @Nullable String titleFr;

	@Column(name = "title_es")
	private @Nullable String titleEs;

	@Column(name = "text_fr")
	private @Nullable String textFr;

	@Column(name = "text_es")
	private @Nullable String textEs;

	/** A sentence of the story set apart, as a publication does. */
	private @Nullable String quote;

	/** The longest pull quote. */
	public static final int QUOTE_MAX = 500;

	protected Story() {
	}

	public Story(long reportId, long partnershipId, int position, String title, String text, String source) {
		this.reportId = reportId;
		this.partnershipId = partnershipId;
		this.position = position;
		this.source = source;
		rewrite(title, text);
	}

	public void rewrite(String title, String text) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("story.title.required", "A story has a title");
		}
		if (title.strip().length() > TITLE_MAX) {
			throw new DomainRuleViolation("story.title.tooLong", "A story's title has at most 300 characters");
		}
		if (text == null || text.isBlank()) {
			throw new DomainRuleViolation("story.text.required", "A story has a text");
		}
		this.title = title.strip();
		this.text = text.strip();
	}

	/**
	 * The story in French and Spanish (blank: not translated, the original shows, marked
	 * with its language) and its pull quote.
	 */
	public void translate(@Nullable String frenchTitle, @Nullable String frenchText, @Nullable String spanishTitle,
			@Nullable String spanishText, @Nullable String pullQuote) {
		this.titleFr = title(frenchTitle);
		this.titleEs = title(spanishTitle);
		this.textFr = org.wopplatform.domain.common.PlainText.orNull(frenchText);
		this.textEs = org.wopplatform.domain.common.PlainText.orNull(spanishText);
		String q = org.wopplatform.domain.common.PlainText.orNull(pullQuote);
		if (q != null && q.length() > QUOTE_MAX) {
			throw new DomainRuleViolation("story.quote.tooLong", "A pull quote has at most 500 characters");
		}
		this.quote = q;
	}

	private static @Nullable String title(@Nullable String title) {
		String t = org.wopplatform.domain.common.PlainText.orNull(title);
		if (t != null && t.length() > TITLE_MAX) {
			throw new DomainRuleViolation("story.title.tooLong", "A story's title has at most 300 characters");
		}
		return t;
	}

	/**
	 * The story as read in a language: its translation, or its original (then
	 * {@code fallback}, and {@code language} says which it is) where not translated.
	 */
	public record Told(String title, String text, String language, boolean fallback) {
	}

	public Told in(java.util.Locale locale) {
		String language = locale.getLanguage();
		if (language.equals(originalLanguage)) {
			return new Told(title, text, originalLanguage, false);
		}
		String t = "fr".equals(language) ? titleFr : "es".equals(language) ? titleEs : null;
		String x = "fr".equals(language) ? textFr : "es".equals(language) ? textEs : null;
		if (t == null || x == null) {
			return new Told(title, text, originalLanguage, true);
		}
		return new Told(t, x, language, false);
	}

	public @Nullable String titleFr() {
		return titleFr;
	}

	public @Nullable String titleEs() {
		return titleEs;
	}

	public @Nullable String textFr() {
		return textFr;
	}

	public @Nullable String textEs() {
		return textEs;
	}

	public @Nullable String quote() {
		return quote;
	}

	public String originalLanguage() {
		return originalLanguage;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public @Nullable Long id() {
		return id;
	}

	public long reportId() {
		return reportId;
	}

	public long partnershipId() {
		return partnershipId;
	}

	public int position() {
		return position;
	}

	public String title() {
		return title;
	}

	public String text() {
		return text;
	}

	public String source() {
		return source;
	}

}
