package org.wopplatform.web.progress;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.wopplatform.web.common.FormFlow;

import org.springframework.ui.Model;
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
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		editing.requireEditor(id, viewer); // before anything is said about the form
		String back = "redirect:/partnerships/" + id + "/edit#indicators";
		return FormFlow.form(result, model, response).submit(() -> {
			editing.add(id, form.command(), viewer);
			redirect.addFlashAttribute("flash", "indicator.added");
			return back;
		}, () -> backWithErrors(redirect, "indicatorForm", form, result, back));
	}

	@PostMapping("/partnerships/{id}/indicators/{indicatorId}/remove")
	String remove(@PathVariable long id, @PathVariable long indicatorId, Viewer viewer, RedirectAttributes redirect) {
		editing.remove(id, indicatorId, viewer);
		redirect.addFlashAttribute("flash", "indicator.removed");
		return "redirect:/partnerships/" + id + "/edit#indicators";
	}

	@PostMapping("/partnerships/{id}/outputs")
	String addOutput(@PathVariable long id, @Valid @ModelAttribute("outputForm") OutputForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		editing.requireEditor(id, viewer); // before anything is said about the form
		String back = "redirect:/partnerships/" + id + "/edit#outputs";
		return FormFlow.form(result, model, response).submit(() -> {
			editing.addOutput(id, Objects.requireNonNull(form.getWorkingArea()).strip(),
					Objects.requireNonNull(form.getTitle()).strip(), viewer);
			redirect.addFlashAttribute("flash", "output.added");
			return back;
		}, () -> backWithErrors(redirect, "outputForm", form, result, back));
	}

	@PostMapping("/partnerships/{id}/outputs/{outputId}/remove")
	String removeOutput(@PathVariable long id, @PathVariable long outputId, Viewer viewer,
			RedirectAttributes redirect) {
		editing.removeOutput(id, outputId, viewer);
		redirect.addFlashAttribute("flash", "output.removed");
		return "redirect:/partnerships/" + id + "/edit#outputs";
	}

	/**
	 * Back to the edit page (these forms are sections of it) with the typed values and
	 * the errors next to their fields.
	 */
	private static String backWithErrors(RedirectAttributes redirect, String name, Object form, BindingResult result,
			String back) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return back;
	}

}
