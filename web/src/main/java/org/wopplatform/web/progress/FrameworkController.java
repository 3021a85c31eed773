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

/** Adding and removing indicators, from the partnership's edit page. */
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

}
