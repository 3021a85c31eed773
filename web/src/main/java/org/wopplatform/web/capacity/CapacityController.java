package org.wopplatform.web.capacity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * A partnership's capacity page: per working area, the dimensions it works on with their
 * baseline stage and objective; its editors choose and remove them.
 */
@Controller
class CapacityController {

	private final CapacityEditing capacity;

	private final ReferenceData reference;

	CapacityController(CapacityEditing capacity, ReferenceData reference) {
		this.capacity = capacity;
		this.reference = reference;
	}

	@GetMapping("/partnerships/{id}/capacity")
	String page(@PathVariable long id, Viewer viewer, Model model) {
		return page(id, viewer, model, new FocusForm());
	}

	@PostMapping("/partnerships/{id}/capacity")
	String add(@PathVariable long id, @Valid @ModelAttribute("focusForm") FocusForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		capacity.requireEditor(id, viewer); // 404 or 403 before anything is said about
											// the form
		return FormFlow.form(result, model, response).submit(() -> {
			capacity.add(id, form.focus(), viewer);
			redirect.addFlashAttribute("flash", "capacity.added");
			return "redirect:/partnerships/" + id + "/capacity";
		}, () -> page(id, viewer, model, form));
	}

	@PostMapping("/partnerships/{id}/capacity/{focusId}/remove")
	String remove(@PathVariable long id, @PathVariable long focusId, @RequestParam(defaultValue = "-1") long version,
			Viewer viewer, RedirectAttributes redirect) {
		capacity.requireEditor(id, viewer);
		return FormFlow.action(redirect, "flash").conflict("concurrentModification.any").run(() -> {
			capacity.remove(id, focusId, version, viewer);
			redirect.addFlashAttribute("flash", "capacity.removed");
			return "redirect:/partnerships/" + id + "/capacity";
		}, "redirect:/partnerships/" + id + "/capacity");
	}

	private String page(long id, Viewer viewer, Model model, FocusForm form) {
		CapacityEditing.Capacity c = capacity.of(id, viewer);
		model.addAttribute("c", c);
		model.addAttribute("p", c.partnership());
		model.addAttribute("reference", reference);
		if (!model.containsAttribute("focusForm")) {
			model.addAttribute("focusForm", form);
		}
		return "capacity/page";
	}

}
