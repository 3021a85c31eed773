package org.wopplatform.web.progress;

import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.common.FormFlow;

import org.springframework.ui.Model;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and removing indicators and outputs, from the framework section of the
 * partnership's editor.
 */
@Controller
class FrameworkController {

	private static final String SECTION = "/edit/framework";

	private final FrameworkEditing editing;

	private final ReferenceData reference;

	FrameworkController(FrameworkEditing editing, ReferenceData reference) {
		this.editing = editing;
		this.reference = reference;
	}

	@PostMapping("/partnerships/{id}/indicators")
	String add(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		editing.requireEditor(id, viewer); // before anything is said about the form
		String back = "redirect:/partnerships/" + id + SECTION;
		return FormFlow.form(result, model, response).submit(() -> {
			editing.add(id, form.command(), viewer);
			redirect.addFlashAttribute("flash", "partnership.edit.added.indicator");
			redirect.addFlashAttribute("flashArg", nameOf(form, locale));
			return back;
		}, () -> backWithErrors(redirect, "indicatorForm", form, result, back));
	}

	@PostMapping("/partnerships/{id}/indicators/{indicatorId}/remove")
	String remove(@PathVariable long id, @PathVariable long indicatorId, Viewer viewer, RedirectAttributes redirect) {
		editing.remove(id, indicatorId, viewer);
		redirect.addFlashAttribute("flash", "indicator.removed");
		return "redirect:/partnerships/" + id + SECTION;
	}

	@PostMapping("/partnerships/{id}/outputs")
	String addOutput(@PathVariable long id, @Valid @ModelAttribute("outputForm") OutputForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		editing.requireEditor(id, viewer); // before anything is said about the form
		String back = "redirect:/partnerships/" + id + SECTION;
		return FormFlow.form(result, model, response).submit(() -> {
			String title = Objects.requireNonNull(form.getTitle()).strip();
			editing.addOutput(id, Objects.requireNonNull(form.getWorkingArea()).strip(), title, viewer);
			redirect.addFlashAttribute("flash", "partnership.edit.added.output");
			redirect.addFlashAttribute("flashArg", title);
			return back;
		}, () -> backWithErrors(redirect, "outputForm", form, result, back));
	}

	@PostMapping("/partnerships/{id}/outputs/{outputId}/remove")
	String removeOutput(@PathVariable long id, @PathVariable long outputId, Viewer viewer,
			RedirectAttributes redirect) {
		editing.removeOutput(id, outputId, viewer);
		redirect.addFlashAttribute("flash", "output.removed");
		return "redirect:/partnerships/" + id + SECTION;
	}

	/** The indicator's name as typed, or its catalogue KPI's in the reader's language. */
	private String nameOf(IndicatorForm form, Locale locale) {
		String name = form.getName();
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		return reference.kpis()
			.stream()
			.filter(k -> k.code().equals(form.getKpiCode()))
			.findFirst()
			.map(k -> k.name().in(locale))
			.orElse("");
	}

	/**
	 * Back to the editor's framework section with the typed values, the errors next to
	 * their fields and in the summary at the top.
	 */
	private static String backWithErrors(RedirectAttributes redirect, String name, Object form, BindingResult result,
			String back) {
		redirect.addFlashAttribute("submitted", name);
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return back;
	}

}
