package org.wopplatform.web.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.capacity.CapacityFocus;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.domain.progress.CapacityAssessments;
import org.wopplatform.domain.progress.PracticeRating;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportStatus;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.capacity.CapacityFocusRepository;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.progress.ReportWorkflow;
import org.wopplatform.web.security.Viewer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a progress report says of capacity change: each side's assessment of each
 * dimension the partnership works on, the value agreed in review where they differ, and
 * (once a year) each side's partnership-practice ratings. Writers give their side's; the
 * reviewer records agreed values; every change goes through the report's audited step.
 */
@Service
@Transactional
public class ReportCapacity {

	private final ReportWorkflow workflow;

	private final CapacityFocusRepository foci;

	private final ReferenceData reference;

	ReportCapacity(ReportWorkflow workflow, CapacityFocusRepository foci, ReferenceData reference) {
		this.workflow = workflow;
		this.foci = foci;
		this.reference = reference;
	}

	/** A dimension in a report: what each side said, and the value that stands. */
	public record Row(CapacityFocus focus, Map<AssessmentSide, CapacityAssessment> bySide,
			CapacityAssessments.@Nullable Effective effective, boolean disagree) {

		public @Nullable CapacityAssessment side(AssessmentSide side) {
			return bySide.get(side);
		}

	}

	/** The report's capacity page. */
	public record Page(Partnership partnership, ProgressReport report, Map<String, List<Row>> byArea,
			List<AssessmentSide> sides, boolean canWrite, boolean canAgree, boolean practiceOffered,
			Map<AssessmentSide, Map<String, Integer>> practice, Map<AssessmentSide, String> suggestions,
			Map<AssessmentSide, BigDecimal> overall, boolean illustrative) {

		public boolean hasDimensions() {
			return byArea.values().stream().anyMatch(rows -> !rows.isEmpty());
		}

		public List<Row> disagreements() {
			return byArea.values().stream().flatMap(List::stream).filter(Row::disagree).toList();
		}

	}

	/** 404 unless the report is the partnership's and readable; 403 unless a writer. */
	@Transactional(readOnly = true)
	public void requireWriter(long partnershipId, long reportId, Viewer viewer) {
		workflow.report(partnershipId, reportId, viewer);
		Partnership partnership = workflow.requireWriter(partnershipId, viewer);
		if (workflow.assessingSides(viewer, partnership).isEmpty()) {
			throw new AccessDeniedException("Stands on neither side");
		}
	}

	/** 404 unless the report is the partnership's and readable; 403 unless a reviewer. */
	@Transactional(readOnly = true)
	public void requireReviewer(long partnershipId, long reportId, Viewer viewer) {
		workflow.report(partnershipId, reportId, viewer);
		workflow.requireReviewer(partnershipId, viewer);
	}

	/** Partnership practice is rated once a year: in the report that ends the year. */
	public static boolean practiceOffered(ReportingPeriod period) {
		return period.half() != 1;
	}

	@Transactional(readOnly = true)
	public Page page(long partnershipId, long reportId, Viewer viewer) {
		ProgressReport report = workflow.report(partnershipId, reportId, viewer);
		Partnership partnership = workflow.partnership(partnershipId, viewer);
		List<CapacityFocus> chosen = foci.findByPartnership(partnershipId);
		Map<String, List<Row>> byArea = new LinkedHashMap<>();
		for (CapacityFocus focus : chosen) {
			List<CapacityAssessment> of = report.assessmentsOf(Objects.requireNonNull(focus.id()));
			Map<AssessmentSide, CapacityAssessment> bySide = new EnumMap<>(AssessmentSide.class);
			of.forEach(a -> bySide.put(a.side(), a));
			byArea.computeIfAbsent(focus.workingAreaCode(), a -> new ArrayList<>())
				.add(new Row(focus, bySide, CapacityAssessments.effective(of).orElse(null),
						CapacityAssessments.disagree(of)));
		}
		List<AssessmentSide> sides = workflow.assessingSides(viewer, partnership);
		boolean canWrite = report.status().isEditable() && !sides.isEmpty() && workflow.canWrite(viewer, partnership);
		boolean canAgree = report.status() == ReportStatus.SUBMITTED && workflow.canReview(viewer, partnership)
				&& !Objects.equals(report.submittedBy(), viewer.isSignedIn() ? viewer.user().id() : null);
		Map<AssessmentSide, Map<String, Integer>> practice = new EnumMap<>(AssessmentSide.class);
		for (PracticeRating rating : report.practiceRatings()) {
			practice.computeIfAbsent(rating.side(), s -> new LinkedHashMap<>())
				.put(rating.dimensionCode(), rating.rating());
		}
		Map<AssessmentSide, String> suggestions = new EnumMap<>(AssessmentSide.class);
		report.practiceNotes().forEach(n -> suggestions.put(n.side(), n.suggestions()));
		Map<AssessmentSide, BigDecimal> overall = new EnumMap<>(AssessmentSide.class);
		for (AssessmentSide side : List.of(AssessmentSide.MENTOR, AssessmentSide.MENTEE)) {
			CapacityAssessments.overallScore(report.practiceRatings().stream().filter(r -> r.side() == side).toList())
				.ifPresent(score -> overall.put(side, score));
		}
		return new Page(partnership, report, byArea, sides, canWrite, canAgree, practiceOffered(report.period()),
				practice, suggestions, overall, chosen.stream().anyMatch(CapacityFocus::isIllustrative));
	}

	/**
	 * One side's word in a report: per dimension its assessment, or none to take it back;
	 * its practice ratings (by dimension code) and suggestions.
	 */
	public record SideInput(AssessmentSide side, Map<Long, @Nullable CapacityAssessment> assessments,
			Map<String, Integer> practice, @Nullable String suggestions) {
	}

	public void assess(long partnershipId, long reportId, long version, SideInput input, Viewer viewer) {
		Partnership partnership = workflow.requireWriter(partnershipId, viewer);
		if (!workflow.assessingSides(viewer, partnership).contains(input.side())) {
			throw new AccessDeniedException("Not a writer for this side");
		}
		Set<Long> known = foci.findByPartnership(partnershipId)
			.stream()
			.map(CapacityFocus::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(input.assessments().keySet())) {
			throw new FieldProblem(null, "reference.unknown");
		}
		if (input.practice().keySet().stream().anyMatch(code -> reference.practiceDimension(code).isEmpty())) {
			throw new FieldProblem(null, "reference.unknown");
		}
		long by = viewer.user().id();
		workflow.change(partnershipId, reportId, version, viewer, "UPDATE", report -> {
			boolean offered = practiceOffered(report.period());
			if (!offered && (!input.practice().isEmpty() || input.suggestions() != null)) {
				throw new FieldProblem(null, "practice.notThisPeriod");
			}
			input.assessments().forEach((focusId, assessment) -> {
				if (assessment != null) {
					report.assess(assessment.as(input.side(), by));
				}
				else if (report.assessmentsOf(focusId).stream().anyMatch(a -> a.side() == input.side())) {
					report.withdrawAssessment(focusId, input.side());
				}
			});
			if (offered) {
				report.ratePractice(input.side(), input.practice(), input.suggestions());
			}
		});
	}

	/** The reviewer records the values both sides agree on, where they differ. */
	public void agree(long partnershipId, long reportId, long version, List<CapacityAssessment> agreed, Viewer viewer) {
		workflow.requireReviewer(partnershipId, viewer);
		long by = viewer.user().id();
		workflow.change(partnershipId, reportId, version, viewer, "AGREE", report -> {
			for (CapacityAssessment value : agreed) {
				report.agree(value.as(AssessmentSide.AGREED, by), by);
			}
		});
	}

}
