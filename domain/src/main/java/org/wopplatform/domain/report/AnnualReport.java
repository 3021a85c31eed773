package org.wopplatform.domain.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * The report of one year. A draft's introduction and order of chapters can change; once
 * published, with its figures frozen, nothing of it changes.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_report_seq")
	@SequenceGenerator(name = "annual_report_seq", sequenceName = "annual_report_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	private int year;

	private String status;

	private @Nullable String introduction;

	@jakarta.persistence.Column(name = "introduction_fr")
	private @Nullable String introductionFr;

	@jakarta.persistence.Column(name = "introduction_es")
	private @Nullable String introductionEs;

	private String chapters;

	private @Nullable String frozenFigures;

	private @Nullable Instant publishedAt;

	private @Nullable String publishedBy;

	private Instant createdAt;

	private Instant updatedAt;

	protected AnnualReport() {
	}

	public AnnualReport(int year, Instant at) {
		if (year < 1990 || year > 2200) {
			throw new DomainRuleViolation("annual.year.range", "A report's year lies between 1990 and 2200");
		}
		this.year = year;
		this.status = "DRAFT";
		this.chapters = Arrays.stream(Chapter.values()).map(Chapter::name).collect(Collectors.joining(","));
		this.createdAt = at;
		this.updatedAt = at;
	}

	/** Rewrites the introduction and the order of the chapters (each exactly once). */
	public void edit(@Nullable String introduction, List<Chapter> order, Instant at) {
		requireDraft();
		if (order.size() != Chapter.values().length || !EnumSet.copyOf(order).equals(EnumSet.allOf(Chapter.class))) {
			throw new DomainRuleViolation("annual.chapters.each", "Each chapter comes exactly once");
		}
		this.introduction = introduction == null || introduction.isBlank() ? null : introduction.strip();
		this.chapters = order.stream().map(Chapter::name).collect(Collectors.joining(","));
		this.updatedAt = at;
	}

	/** Publishes the report with its figures as they are now. */
	public void publish(String frozenFigures, String by, Instant at) {
		requireDraft();
		this.frozenFigures = Objects.requireNonNull(frozenFigures, "frozenFigures");
		this.status = "PUBLISHED";
		this.publishedAt = at;
		this.publishedBy = by;
		this.updatedAt = at;
	}

	public void requireDraft() {
		if (isPublished()) {
			throw new DomainRuleViolation("annual.published", "A published report does not change");
		}
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public int year() {
		return year;
	}

	public boolean isPublished() {
		return "PUBLISHED".equals(status);
	}

	/**
	 * The introduction in French and Spanish (blank: not translated, the English one
	 * shows, marked as English).
	 */
	public void translateIntroduction(@Nullable String french, @Nullable String spanish) {
		requireDraft();
		this.introductionFr = french == null || french.isBlank() ? null : french.strip();
		this.introductionEs = spanish == null || spanish.isBlank() ? null : spanish.strip();
	}

	public @Nullable String introductionFr() {
		return introductionFr;
	}

	public @Nullable String introductionEs() {
		return introductionEs;
	}

	/** The introduction in a language, or the English one where not translated. */
	public @Nullable String introduction(java.util.Locale locale) {
		String translated = switch (locale.getLanguage()) {
			case "fr" -> introductionFr;
			case "es" -> introductionEs;
			default -> null;
		};
		return translated != null ? translated : introduction;
	}

	/**
	 * Whether a reader in this language reads the English introduction for want of
	 * theirs.
	 */
	public boolean introductionFallsBack(java.util.Locale locale) {
		return introduction != null && !"en".equals(locale.getLanguage()) && introduction(locale) == introduction;
	}

	public @Nullable String introduction() {
		return introduction;
	}

	/**
	 * The chapters in the report's order. A draft opened before a chapter existed has it
	 * at the end; a published report keeps the chapters it was published with.
	 */
	public List<Chapter> chapters() {
		List<Chapter> stored = Arrays.stream(chapters.split(",")).map(Chapter::valueOf).toList();
		if (isPublished() || stored.size() == Chapter.values().length) {
			return stored;
		}
		List<Chapter> all = new java.util.ArrayList<>(stored);
		Arrays.stream(Chapter.values()).filter(c -> !stored.contains(c)).forEach(all::add);
		return List.copyOf(all);
	}

	public @Nullable String frozenFigures() {
		return frozenFigures;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public @Nullable String publishedBy() {
		return publishedBy;
	}

}
