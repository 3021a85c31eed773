package org.wopplatform.web.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.domain.report.Chapter;
import org.wopplatform.domain.report.Story;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.persistence.report.AnnualFigureQueries.StorySeed;
import org.wopplatform.persistence.report.AnnualReportRepository;
import org.wopplatform.persistence.report.StoryRepository;
import org.wopplatform.reporting.annual.AnnualReportAssembly;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.security.Viewer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual reports: the secretariat opens a year's draft, writes its introduction, orders
 * its chapters, picks and edits its stories, and publishes it once; publication freezes
 * the figures and which partnerships each counted. Everyone reads published reports;
 * drafts are the secretariat's. Every change is audited.
 */
@Service
@Transactional
class AnnualReports {

	static final Audited ENTITY = Audited.ANNUAL_REPORT;

	private final AnnualReportRepository reports;

	private final StoryRepository stories;

	private final AnnualFigureQueries figures;

	private final AnnualReportAssembly assembly;

	private final AuditTrail audit;

	private final AuditedEdits edits;

	private final Clock clock;

	private final org.wopplatform.persistence.report.StoryMaterial material;

	AnnualReports(AnnualReportRepository reports, StoryRepository stories, AnnualFigureQueries figures,
			AnnualReportAssembly assembly, AuditTrail audit, AuditedEdits edits, Clock clock,
			org.wopplatform.persistence.report.StoryMaterial material) {
		this.reports = reports;
		this.stories = stories;
		this.figures = figures;
		this.assembly = assembly;
		this.audit = audit;
		this.edits = edits;
		this.clock = clock;
		this.material = material;
	}

	/** Published reports for everyone; drafts too for the secretariat. */
	@Transactional(readOnly = true)
	public List<AnnualReport> list(Viewer viewer) {
		return reports.findAllNewestFirst()
			.stream()
			.filter(r -> r.isPublished() || viewer.is(Role.SECRETARIAT))
			.toList();
	}

	/** A report its reader may see: a published one, or a draft for the secretariat. */
	@Transactional(readOnly = true)
	public AnnualReport readable(int year, Viewer viewer) {
		AnnualReport report = reports.findByYear(year).orElseThrow(NotFoundException::new);
		if (!report.isPublished() && !viewer.is(Role.SECRETARIAT)) {
			throw new NotFoundException();
		}
		return report;
	}

	/** A draft for the secretariat to change. */
	@Transactional(readOnly = true)
	public AnnualReport draft(int year, Viewer viewer) {
		requireSecretariat(viewer);
		AnnualReport report = reports.findByYear(year).orElseThrow(NotFoundException::new);
		if (report.isPublished()) {
			throw new PublishedReport(year);
		}
		return report;
	}

	public void open(@Nullable Integer year, Viewer viewer) {
		requireSecretariat(viewer);
		if (year == null) {
			throw new FieldProblem("year", "NotNull");
		}
		if (reports.findByYear(year).isPresent()) {
			throw new FieldProblem("year", "annual.year.taken");
		}
		try {
			AnnualReport report = reports.saveAndFlush(new AnnualReport(year, clock.instant()));
			edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "CREATE",
					List.of(new AuditTrail.FieldChange("year", null, Integer.toString(year))));
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem("year", ex.code());
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldProblem("year", "annual.year.taken");
		}
	}

	/**
	 * Changes a draft's introduction and the order of its chapters (each chapter's
	 * position, from 1 to the number of chapters, each once).
	 */
	public void edit(int year, @Nullable String introduction, Map<Chapter, Integer> positions, long version,
			Viewer viewer) {
		edit(year, new Introduction(introduction, null, null, false), positions, version, viewer);
	}

	/**
	 * A draft's introduction in each language; {@code translated} says whether the French
	 * and Spanish ones were given (a form without them leaves them as they are).
	 */
	public record Introduction(@Nullable String english, @Nullable String french, @Nullable String spanish,
			boolean translated) {
	}

	/**
	 * Changes a draft's introduction and, when positions are given, the order of its
	 * chapters (each chapter's position, from 1 to the number of chapters, each once).
	 */
	public void edit(int year, Introduction introduction, Map<Chapter, Integer> positions, long version,
			Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		long id = Objects.requireNonNull(report.id());
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, id);
		String before = report.introduction() + " | " + report.introductionFr() + " | " + report.introductionEs()
				+ " | " + report.chapters();
		List<Chapter> order = new ArrayList<>(List.of(Chapter.values()));
		if (positions.isEmpty()) {
			order = new ArrayList<>(report.chapters());
		}
		else if (positions.size() != Chapter.values().length
				|| positions.values().stream().distinct().count() != Chapter.values().length) {
			throw new FieldProblem(null, "annual.chapters.each");
		}
		else {
			order.sort(Comparator.comparing(positions::get));
		}
		report.edit(introduction.english(), order, clock.instant());
		if (introduction.translated()) {
			report.translateIntroduction(introduction.french(), introduction.spanish());
		}
		reports.saveAndFlush(report);
		edits.event(viewer.actor(), ENTITY, id, report.version(), "UPDATE",
				List.of(new AuditTrail.FieldChange("introduction | chapters", before, report.introduction() + " | "
						+ report.introductionFr() + " | " + report.introductionEs() + " | " + report.chapters())));
	}

	/** Moves a chapter one place up (towards the start) or down in a draft. */
	public void move(int year, Chapter chapter, boolean up, long version, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		long id = Objects.requireNonNull(report.id());
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, id);
		List<Chapter> order = new ArrayList<>(report.chapters());
		int at = order.indexOf(chapter);
		int to = up ? at - 1 : at + 1;
		if (at < 0 || to < 0 || to >= order.size()) {
			return; // already first or last: nothing moves
		}
		String before = order.toString();
		java.util.Collections.swap(order, at, to);
		report.edit(report.introduction(), order, clock.instant());
		reports.saveAndFlush(report);
		edits.event(viewer.actor(), ENTITY, id, report.version(), "UPDATE",
				List.of(new AuditTrail.FieldChange("chapters", before, order.toString())));
	}

	/**
	 * What was saved to a draft after the version someone started from (shown when their
	 * save lost a race to someone else's).
	 */
	@Transactional(readOnly = true)
	public List<AuditTrail.Entry> changesSince(int year, long version) {
		return reports.findByYear(year)
			.map(report -> audit.changesSince(ENTITY, Objects.requireNonNull(report.id()), version))
			.orElse(List.of());
	}

	/**
	 * Texts to start a story from, of any published partnership whose title or code holds
	 * the words (completed ones too), without those already chosen.
	 */
	@Transactional(readOnly = true)
	public List<StorySeed> found(AnnualReport report, @Nullable String words) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		List<Long> chosen = stories.findByReport(Objects.requireNonNull(report.id()))
			.stream()
			.map(Story::partnershipId)
			.toList();
		return material.seeds(report.year(), words).stream().filter(s -> !chosen.contains(s.partnershipId())).toList();
	}

	/** The texts stories can start from, without those already chosen. */
	@Transactional(readOnly = true)
	public List<StorySeed> seeds(AnnualReport report) {
		List<Long> chosen = stories.findByReport(Objects.requireNonNull(report.id()))
			.stream()
			.map(Story::partnershipId)
			.toList();
		return figures.storySeeds(report.year()).stream().filter(s -> !chosen.contains(s.partnershipId())).toList();
	}

	public void pick(int year, long partnershipId, @Nullable String source, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		StorySeed seed = java.util.stream.Stream
			.concat(figures.storySeeds(year).stream(), material.seedsOf(year, partnershipId).stream())
			.filter(s -> s.partnershipId() == partnershipId && s.source().equals(source))
			.findFirst()
			.orElseThrow(() -> new FieldProblem(null, "story.notACandidate"));
		long reportId = Objects.requireNonNull(report.id());
		if (stories.findByReport(reportId).stream().anyMatch(s -> s.partnershipId() == partnershipId)) {
			throw new FieldProblem(null, "story.alreadyChosen");
		}
		Story story = stories.saveAndFlush(new Story(reportId, partnershipId, stories.findByReport(reportId).size(),
				seed.partnership(), seed.text(), seed.source()));
		edits.event(viewer.actor(), ENTITY, reportId, report.version(), "STORY_ADDED",
				List.of(new AuditTrail.FieldChange("story", null, story.title())));
	}

	public void rewrite(int year, long storyId, @Nullable String title, @Nullable String text, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		rewrite(year, storyId,
				new Words(title, text, story.titleFr(), story.textFr(), story.titleEs(), story.textEs(), story.quote()),
				viewer);
	}

	/** A story's words in each language and its pull quote. */
	public record Words(@Nullable String title, @Nullable String text, @Nullable String titleFr,
			@Nullable String textFr, @Nullable String titleEs, @Nullable String textEs, @Nullable String quote) {
	}

	public void rewrite(int year, long storyId, Words words, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		String before = told(story);
		try {
			story.rewrite(Objects.requireNonNullElse(words.title(), ""), Objects.requireNonNullElse(words.text(), ""));
			story.translate(words.titleFr(), words.textFr(), words.titleEs(), words.textEs(), words.quote());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(
					ex.code().contains("quote") ? "quote" : ex.code().contains("title") ? "title" : "text", ex.code());
		}
		stories.saveAndFlush(story);
		edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "STORY_EDITED",
				List.of(new AuditTrail.FieldChange("story", before, told(story))));
	}

	private static String told(Story story) {
		return story.title() + ": " + story.text()
				+ (story.titleFr() == null ? "" : " | fr: " + story.titleFr() + ": " + story.textFr())
				+ (story.titleEs() == null ? "" : " | es: " + story.titleEs() + ": " + story.textEs())
				+ (story.quote() == null ? "" : " | quote: " + story.quote());
	}

	/** The largest picture a story takes. */
	static final int PICTURE_MAX_BYTES = 2 * 1024 * 1024;

	/**
	 * Gives a story its picture (PNG or JPEG, recognised by its first bytes, at most 2
	 * MB) with a caption and a credit, replacing the one before.
	 */
	public void picture(int year, long storyId, byte[] content, @Nullable String caption, @Nullable String credit,
			Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		java.util.List<FieldProblem> problems = new ArrayList<>();
		String type = imageType(content);
		if (content.length == 0) {
			problems.add(new FieldProblem("file", "story.picture.missing"));
		}
		else if (content.length > PICTURE_MAX_BYTES) {
			problems.add(new FieldProblem("file", "story.picture.tooLarge"));
		}
		else if (type == null) {
			problems.add(new FieldProblem("file", "story.picture.type"));
		}
		String words = org.wopplatform.domain.common.PlainText.orNull(caption);
		String by = org.wopplatform.domain.common.PlainText.orNull(credit);
		if (words == null || words.length() > 300) {
			problems.add(new FieldProblem("caption", "story.picture.caption"));
		}
		if (by == null || by.length() > 200) {
			problems.add(new FieldProblem("credit", "story.picture.credit"));
		}
		if (!problems.isEmpty()) {
			throw new org.wopplatform.web.common.FieldProblems(problems);
		}
		material.putPicture(Objects.requireNonNull(story.id()),
				new org.wopplatform.persistence.report.StoryMaterial.Picture(Objects.requireNonNull(type), content,
						Objects.requireNonNull(words), Objects.requireNonNull(by)));
		edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "STORY_EDITED",
				List.of(new AuditTrail.FieldChange("story picture", null,
						story.title() + ": " + words + " (" + by + ", " + content.length + " bytes)")));
	}

	/**
	 * Gives a story an image from the evidence of its partnership's approved reports,
	 * with a caption and a credit.
	 */
	public void pictureFromEvidence(int year, long storyId, long evidenceId, @Nullable String caption,
			@Nullable String credit, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		byte[] content = material.evidencePicture(evidenceId, story.partnershipId())
			.orElseThrow(() -> new FieldProblem("evidenceId", "story.picture.notEvidence"));
		picture(year, storyId, content, caption, credit, viewer);
	}

	/** The images a story's picture can be taken from, by partnership id. */
	@Transactional(readOnly = true)
	public Map<Long, List<org.wopplatform.persistence.report.StoryMaterial.EvidencePicture>> evidencePictures(
			AnnualReport report) {
		return material.evidencePictures(
				stories.findByReport(Objects.requireNonNull(report.id())).stream().map(Story::partnershipId).toList());
	}

	public void removePicture(int year, long storyId, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		material.removePicture(Objects.requireNonNull(story.id()));
		edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "STORY_EDITED",
				List.of(new AuditTrail.FieldChange("story picture", story.title(), null)));
	}

	/** A story's picture, for whoever may read the report. */
	@Transactional(readOnly = true)
	public org.wopplatform.persistence.report.StoryMaterial.Picture picture(int year, long storyId, Viewer viewer) {
		AnnualReport report = readable(year, viewer);
		Story story = storyOf(report, storyId);
		return material.picture(Objects.requireNonNull(story.id())).orElseThrow(NotFoundException::new);
	}

	/** PNG or JPEG by the file's first bytes, else null. */
	static @Nullable String imageType(byte[] content) {
		if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
				&& content[3] == 'G') {
			return "image/png";
		}
		if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
				&& (content[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}

	public void remove(int year, long storyId, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		Story story = storyOf(report, storyId);
		stories.delete(story);
		edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "STORY_REMOVED",
				List.of(new AuditTrail.FieldChange("story", story.title(), null)));
	}

	/**
	 * Publishes the draft: the figures and the partnerships each counts are read in one
	 * snapshot (repeatable read), so that they agree whatever else is committed
	 * meanwhile.
	 */
	@Transactional(isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public void publish(int year, long version, Viewer viewer) {
		AnnualReport report = draft(year, viewer);
		long id = Objects.requireNonNull(report.id());
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, id);
		report.publish(assembly.freeze(year), viewer.actor().name(), clock.instant());
		reports.saveAndFlush(report);
		figures.freezeMembers(id, year);
		edits.event(viewer.actor(), ENTITY, id, report.version(), "PUBLISH",
				List.of(new AuditTrail.FieldChange("status", "DRAFT", "PUBLISHED")));
	}

	/** A change asked of a report that is already published. */
	static class PublishedReport extends RuntimeException {

		private final int year;

		PublishedReport(int year) {
			super("Report " + year + " is published", null, false, false);
			this.year = year;
		}

		int year() {
			return year;
		}

	}

	private Story storyOf(AnnualReport report, long storyId) {
		return stories.findById(storyId)
			.filter(s -> s.reportId() == Objects.requireNonNull(report.id()))
			.orElseThrow(NotFoundException::new);
	}

	private static void requireSecretariat(Viewer viewer) {
		if (!viewer.is(Role.SECRETARIAT)) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

}
