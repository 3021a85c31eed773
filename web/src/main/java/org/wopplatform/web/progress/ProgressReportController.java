package org.wopplatform.web.progress;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.persistence.progress.EvidenceFiles;
import org.wopplatform.web.common.Downloads;
import org.wopplatform.web.common.FormErrors;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.security.Viewer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partnership's progress reports and their workflow pages. */
@Controller
class ProgressReportController {

	private final ReportWorkflow workflow;

	private final ReportDeadlines deadlines;

	private final org.wopplatform.persistence.reference.ReferenceData reference;

	private final ReportFiles files;

	private final ReviewContext review;

	ProgressReportController(ReportWorkflow workflow, ReportDeadlines deadlines,
			org.wopplatform.persistence.reference.ReferenceData reference, ReportFiles files, ReviewContext review) {
		this.review = review;
		this.files = files;
		this.workflow = workflow;
		this.deadlines = deadlines;
		this.reference = reference;
	}

	@GetMapping("/partnerships/{id}/reports")
	String reports(@PathVariable long id, Viewer viewer, Model model) {
		Partnership partnership = workflow.partnership(id, viewer);
		model.addAttribute("p", partnership);
		model.addAttribute("reports", workflow.reportsOf(id));
		model.addAttribute("canWrite", workflow.canWrite(viewer, partnership));
		model.addAttribute("canSetCadence", viewer.canEdit(partnership));
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("standing", deadlines.standing(partnership));
		model.addAttribute("periods", workflow.periodsToOffer(partnership).stream().map(Object::toString).toList());
		return "progress/reports";
	}

	@PostMapping("/partnerships/{id}/reports")
	String start(@PathVariable long id, @RequestParam(required = false) @Nullable String period, Viewer viewer,
			RedirectAttributes redirect) {
		String back = "redirect:/partnerships/" + id + "/reports";
		return FormFlow.action(redirect, "flash").run(() -> {
			long reportId = workflow.startDraft(id, period == null ? "" : period, viewer);
			return "redirect:/partnerships/" + id + "/reports/" + reportId;
		}, back);
	}

	@PostMapping("/partnerships/{id}/reports/cadence")
	String cadence(@PathVariable long id, @RequestParam(required = false) @Nullable String cadence,
			@RequestParam(defaultValue = "-1") long version, Viewer viewer, RedirectAttributes redirect) {
		Cadence chosen = java.util.Arrays.stream(Cadence.values())
			.filter(c -> c.name().equals(cadence))
			.findFirst()
			.orElse(null);
		String back = "redirect:/partnerships/" + id + "/reports";
		return FormFlow.action(redirect, "flash").conflict("concurrentModification.cadence").run(() -> {
			workflow.changeCadence(id, chosen, version, viewer);
			redirect.addFlashAttribute("flash", "report.cadence.saved");
			return back;
		}, back);
	}

	@GetMapping("/partnerships/{id}/reports/{reportId}/history")
	String history(@PathVariable long id, @PathVariable long reportId, Viewer viewer, Model model) {
		ProgressReport report = workflow.report(id, reportId, viewer);
		Partnership partnership = workflow.partnership(id, viewer);
		String title = partnership.title() + " · " + report.period() + " (" + report.revision() + ")";
		model.addAttribute("recordTitle", title);
		model.addAttribute("backHref", "/partnerships/" + id + "/reports/" + reportId);
		model.addAttribute("history", workflow.history(id, reportId, viewer));
		return "history";
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/evidence")
	String addEvidence(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
		ReportForm form = ReportForm.from(workflow.report(id, reportId, viewer));
		byte[] content = file == null ? new byte[0] : file.getBytes();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute("form", form);
		return FormFlow.form(result, model, response).conflict("concurrentModification.report").submit(() -> {
			workflow.addEvidence(id, reportId, file == null ? null : file.getOriginalFilename(), content, viewer);
			redirect.addFlashAttribute("flash", "evidence.added");
			return "redirect:/partnerships/" + id + "/reports/" + reportId + "#evidence";
		}, () -> {
			// The file's problem is shown next to the file field only, not again at the
			// top.
			result.getAllErrors()
				.stream()
				.findFirst()
				.ifPresent(error -> model.addAttribute("evidenceError", error.getCode()));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return page(id, workflow.report(id, reportId, viewer), viewer, model);
		});
	}

	@GetMapping("/partnerships/{id}/reports/{reportId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long reportId, @PathVariable long evidenceId,
			Viewer viewer) {
		EvidenceFiles.Content file = workflow.evidenceFile(id, reportId, evidenceId, viewer);
		return Downloads.attachment(file.fileName(), file.mediaType(), file.bytes());
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/evidence/{evidenceId}/remove")
	String removeEvidence(@PathVariable long id, @PathVariable long reportId, @PathVariable long evidenceId,
			Viewer viewer, RedirectAttributes redirect) {
		String back = "redirect:/partnerships/" + id + "/reports/" + reportId + "#evidence";
		return FormFlow.action(redirect, "flash").conflict("concurrentModification.report").run(() -> {
			workflow.removeEvidence(id, reportId, evidenceId, viewer);
			redirect.addFlashAttribute("flash", "evidence.removed");
			return back;
		}, back);
	}

	@GetMapping("/partnerships/{id}/reports/{reportId}")
	String show(@PathVariable long id, @PathVariable long reportId, Viewer viewer, Locale locale, Model model) {
		ProgressReport report = workflow.report(id, reportId, viewer);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.from(report));
		}
		return page(id, report, viewer, model);
	}

	/** The report as a PDF document, for those who may read it. */
	@GetMapping("/partnerships/{id}/reports/{reportId}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId, Viewer viewer, Locale locale) {
		ProgressReport report = workflow.report(id, reportId, viewer);
		return Downloads.attachment(fileName(report, "pdf"), "application/pdf",
				files.pdf(workflow.document(report), locale));
	}

	/** The report as an XLSX workbook, for those who may read it. */
	@GetMapping("/partnerships/{id}/reports/{reportId}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long reportId, Viewer viewer, Locale locale) {
		ProgressReport report = workflow.report(id, reportId, viewer);
		return Downloads.attachment(fileName(report, "xlsx"),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				files.xlsx(workflow.document(report), locale));
	}

	private static String fileName(ProgressReport report, String extension) {
		return "progress-report-" + report.partnershipId() + "-" + report.period() + "-r" + report.revision() + "."
				+ extension;
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}")
	String save(@PathVariable long id, @PathVariable long reportId, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult result, @RequestParam(defaultValue = "false") boolean andSubmit, Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws java.io.IOException {
		// Values in range, comments and the evidence file checked with the values that
		// did not read: one round of errors, and nothing saved until all are right.
		workflow.problemsWith(id, form.draft(), viewer).forEach(problem -> FormErrors.show(problem, result));
		ReportWorkflow.Upload upload = form.upload();
		if (upload != null) {
			workflow.evidenceProblems(reportId, upload).forEach(problem -> FormErrors.show(problem, result));
		}
		// "Submit for review" sends what was typed with it: saved and submitted as one
		// change, or neither.
		return act(id, reportId, result, viewer, model, redirect, response, () -> {
			if (andSubmit) {
				workflow.saveAndSubmit(id, reportId, form.draft(), form.getVersion(), upload, viewer);
			}
			else {
				workflow.save(id, reportId, form.draft(), form.getVersion(), upload, viewer);
			}
			return reportId;
		}, andSubmit ? "report.submitted" : upload == null ? "report.saved" : "report.savedWithEvidence", form);
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/submit")
	String submit(@PathVariable long id, @PathVariable long reportId, @RequestParam(defaultValue = "-1") long version,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, reportId, viewer, model, redirect, response, () -> {
			workflow.submit(id, reportId, version, viewer);
			return reportId;
		}, "report.submitted");
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/return")
	String returnReport(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) @Nullable String comment,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		workflow.requireReviewer(id, viewer); // before anything is said about the comment
		model.addAttribute("reviewComment", comment);
		if (comment == null || comment.isBlank()) {
			// Said next to the comment field, not at the top of the report.
			model.addAttribute("reviewCommentError", "report.rule.commentRequired");
			ReportForm form = ReportForm.from(workflow.report(id, reportId, viewer));
			model.addAttribute("form", form);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, workflow.report(id, reportId, viewer), viewer, model);
		}
		return step(id, reportId, viewer, model, redirect, response, () -> {
			workflow.returnReport(id, reportId, version, comment, viewer);
			return reportId;
		}, "report.returned");
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/approve")
	String approve(@PathVariable long id, @PathVariable long reportId, @RequestParam(defaultValue = "-1") long version,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, reportId, viewer, model, redirect, response, () -> {
			workflow.approve(id, reportId, version, viewer);
			return reportId;
		}, "report.approved");
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/correct")
	String correct(@PathVariable long id, @PathVariable long reportId, @RequestParam(defaultValue = "-1") long version,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, reportId, viewer, model, redirect, response,
				() -> workflow.correct(id, reportId, version, viewer), "report.correctionStarted");
	}

	private String step(long id, long reportId, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Supplier<Long> action, String flash) {
		ReportForm form = ReportForm.from(workflow.report(id, reportId, viewer));
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		return act(id, reportId, result, viewer, model, redirect, response, action, flash, form);
	}

	private String act(long id, long reportId, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Supplier<Long> action, String flash,
			ReportForm form) {
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.report")
			.version(form::setVersion)
			.submit(() -> {
				long shown = action.get(); // this report, or its new correction
				redirect.addFlashAttribute("flash", flash);
				return "redirect:/partnerships/" + id + "/reports/" + shown;
			}, () -> page(id, workflow.report(id, reportId, viewer), viewer, model));
	}

	private String page(long id, ProgressReport report, Viewer viewer, Model model) {
		Partnership partnership = workflow.partnership(id, viewer);
		model.addAttribute("p", partnership);
		model.addAttribute("report", report);
		List<Indicator> indicators = workflow.indicatorsOf(id);
		model.addAttribute("indicators", indicators);
		model.addAttribute("jumps", workflow.implausibleJumps(report, indicators));
		model.addAttribute("deliverableStatuses", DeliverableStatus.values());
		model.addAttribute("evidence", workflow.evidenceOf(report.id()));
		model.addAttribute("maxEvidenceMegabytes", workflow.maxEvidenceBytes() / (1024 * 1024));
		model.addAttribute("healths", Health.values());
		model.addAttribute("context", workflow.planContext(report, partnership));
		model.addAttribute("review", review.of(report, indicators, LocaleContextHolder.getLocale()));
		model.addAttribute("activityStatuses", org.wopplatform.domain.workplan.ActivityStatus.values());
		model.addAttribute("factorKinds", org.wopplatform.domain.progress.Factor.Kind.values());
		model.addAttribute("factorCategories", org.wopplatform.domain.progress.Factor.Category.values());
		model.addAttribute("reference", reference);
		model.addAttribute("capacityDimensions", workflow.capacityDimensionCount(id));
		model.addAttribute("canWrite", workflow.canWrite(viewer, partnership) && report.status().isEditable());
		boolean submitted = report.status() == org.wopplatform.domain.progress.ReportStatus.SUBMITTED;
		var user = viewer.user();
		boolean ownSubmission = submitted && user != null && java.util.Objects.equals(report.submittedBy(), user.id());
		// Nobody reviews a report they submitted (the domain refuses it): no buttons that
		// would only be refused.
		model.addAttribute("canReview", workflow.canReview(viewer, partnership) && submitted && !ownSubmission);
		model.addAttribute("ownSubmission", ownSubmission);
		// Utility staff propose indicators; the partnership's editors add them directly.
		model.addAttribute("canPropose",
				viewer.is(org.wopplatform.domain.account.Role.UTILITY_STAFF) && workflow.canWrite(viewer, partnership));
		model.addAttribute("canCorrect", workflow.canWrite(viewer, partnership)
				&& report.status() == org.wopplatform.domain.progress.ReportStatus.APPROVED);
		return "progress/report";
	}

}
