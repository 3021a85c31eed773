package org.wopplatform.web.progress;

import java.util.Locale;

import jakarta.validation.Valid;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing indicators and outputs, from the partnership's edit page. */
@Controller
class FrameworkController {

	private final FrameworkEditing editing;

	FrameworkController(FrameworkEditing editing) {
		this.editing = editing;
	}

	@PostMapping("/partnerships/{id}/indicators")
	String add(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result,
			Viewer viewer, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				editing.add(id, form, viewer, locale);
				redirect.addFlashAttribute("flash", "indicator.added");
				return "redirect:/partnerships/" + id + "/edit#indicators";
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field() == null ? "name" : problem.field(), problem.code());
			}
		}
		// Back to the edit page with the typed values and the errors next to their
		// fields.
		redirect.addFlashAttribute("indicatorForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "indicatorForm", result);
		return "redirect:/partnerships/" + id + "/edit#indicators";
	}

	@PostMapping("/partnerships/{id}/indicators/{indicatorId}/remove")
	String remove(@PathVariable long id, @PathVariable long indicatorId, Viewer viewer, RedirectAttributes redirect) {
		editing.remove(id, indicatorId, viewer);
		redirect.addFlashAttribute("flash", "indicator.removed");
		return "redirect:/partnerships/" + id + "/edit#indicators";
	}

	@PostMapping("/partnerships/{id}/outputs")
	String addOutput(@PathVariable long id, @Valid @ModelAttribute("outputForm") OutputForm form, BindingResult result,
			Viewer viewer, RedirectAttributes redirect) {
		editing.requireEditor(id, viewer); // before anything is said about the form
		if (!result.hasErrors()) {
			try {
				editing.addOutput(id, form, viewer);
				redirect.addFlashAttribute("flash", "output.added");
				return "redirect:/partnerships/" + id + "/edit#outputs";
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field() == null ? "title" : problem.field(), problem.code());
			}
		}
		redirect.addFlashAttribute("outputForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "outputForm", result);
		return "redirect:/partnerships/" + id + "/edit#outputs";
	}

	@PostMapping("/partnerships/{id}/outputs/{outputId}/remove")
	String removeOutput(@PathVariable long id, @PathVariable long outputId, Viewer viewer,
			RedirectAttributes redirect) {
		editing.removeOutput(id, outputId, viewer);
		redirect.addFlashAttribute("flash", "output.removed");
		return "redirect:/partnerships/" + id + "/edit#outputs";
	}

}
