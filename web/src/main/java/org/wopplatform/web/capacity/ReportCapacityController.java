package org.wopplatform.web.capacity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A progress report's capacity page: each side's assessment of each dimension side by
 * side, the form for the viewer's side, the reviewer's agreed values, and the year's
 * partnership-practice ratings.
 */
@Controller
class ReportCapacityController {

	private final ReportCapacity capacity;

	private final ReferenceData reference;

	ReportCapacityController(ReportCapacity capacity, ReferenceData reference) {
		this.capacity = capacity;
		this.reference = reference;
	}

	@GetMapping("/partnerships/{id}/reports/{reportId}/capacity")
	String page(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(required = false) @Nullable String side, Viewer viewer, Model model) {
		ReportCapacity.Page page = capacity.page(id, reportId, viewer);
		AssessmentSide chosen = page.sides()
			.stream()
			.filter(s -> s.name().equals(side))
			.findFirst()
			.orElse(page.sides().isEmpty() ? AssessmentSide.MENTOR : page.sides().get(0));
		model.addAttribute("form", AssessmentForm.of(page.report(), chosen));
		AgreementForm agreement = new AgreementForm();
		agreement.setVersion(page.report().version());
		model.addAttribute("agreement", agreement);
		return show(page, model);
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/capacity")
	String assess(@PathVariable long id, @PathVariable long reportId,
			@Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		capacity.requireWriter(id, reportId, viewer); // 404 or 403 before the form
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.report")
			.version(form::setVersion)
			.submit(() -> {
				capacity.assess(id, reportId, form.getVersion(), form.input(), viewer);
				redirect.addFlashAttribute("flash", "capacity.assessment.saved");
				return "redirect:/partnerships/" + id + "/reports/" + reportId + "/capacity?side=" + form.getSide();
			}, () -> {
				AgreementForm agreement = new AgreementForm();
				model.addAttribute("agreement", agreement);
				return show(capacity.page(id, reportId, viewer), model);
			});
	}

	@PostMapping("/partnerships/{id}/reports/{reportId}/capacity/agree")
	String agree(@PathVariable long id, @PathVariable long reportId,
			@Valid @ModelAttribute("agreement") AgreementForm agreement, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		capacity.requireReviewer(id, reportId, viewer); // 404 or 403 before the form
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.report")
			.version(agreement::setVersion)
			.submit(() -> {
				capacity.agree(id, reportId, agreement.getVersion(), agreement.agreed(), viewer);
				redirect.addFlashAttribute("flash", "capacity.agreement.saved");
				return "redirect:/partnerships/" + id + "/reports/" + reportId + "/capacity";
			}, () -> {
				ReportCapacity.Page page = capacity.page(id, reportId, viewer);
				model.addAttribute("form", AssessmentForm.of(page.report(),
						page.sides().isEmpty() ? AssessmentSide.MENTOR : page.sides().get(0)));
				return show(page, model);
			});
	}

	private String show(ReportCapacity.Page page, Model model) {
		model.addAttribute("c", page);
		model.addAttribute("p", page.partnership());
		model.addAttribute("report", page.report());
		model.addAttribute("reference", reference);
		model.addAttribute("categories", org.wopplatform.domain.progress.Factor.Category.values());
		return "capacity/report";
	}

}
