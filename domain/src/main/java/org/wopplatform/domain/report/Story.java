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
