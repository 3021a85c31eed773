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

	AnnualReports(AnnualReportRepository reports, StoryRepository stories, AnnualFigureQueries figures,
			AnnualReportAssembly assembly, AuditTrail audit, AuditedEdits edits, Clock clock) {
		this.reports = reports;
		this.stories = stories;
		this.figures = figures;
		this.assembly = assembly;
		this.audit = audit;
		this.edits = edits;
		this.clock = clock;
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
		AnnualReport report = draft(year, viewer);
		long id = Objects.requireNonNull(report.id());
		StaleEditException.requireVersion(report.version(), version, audit, ENTITY, id);
		String before = report.introduction() + " | " + report.chapters();
		List<Chapter> order = new ArrayList<>(List.of(Chapter.values()));
		if (positions.size() != Chapter.values().length
				|| positions.values().stream().distinct().count() != Chapter.values().length) {
			throw new FieldProblem(null, "annual.chapters.each");
		}
		order.sort(Comparator.comparing(positions::get));
		report.edit(introduction, order, clock.instant());
		reports.saveAndFlush(report);
		edits.event(viewer.actor(), ENTITY, id, report.version(), "UPDATE",
				List.of(new AuditTrail.FieldChange("introduction | chapters", before,
						report.introduction() + " | " + report.chapters())));
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
		StorySeed seed = figures.storySeeds(year)
			.stream()
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
		String before = story.title() + ": " + story.text();
		try {
			story.rewrite(Objects.requireNonNullElse(title, ""), Objects.requireNonNullElse(text, ""));
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(ex.code().contains("title") ? "title" : "text", ex.code());
		}
		stories.saveAndFlush(story);
		edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(report.id()), report.version(), "STORY_EDITED",
				List.of(new AuditTrail.FieldChange("story", before, story.title() + ": " + story.text())));
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
