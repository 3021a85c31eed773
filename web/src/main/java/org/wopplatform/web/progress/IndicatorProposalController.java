package org.wopplatform.web.progress;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Partnership;
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
 * A partnership's indicator proposals: utility staff propose, the region's coordinator or
 * the secretariat accept or decline with a reason.
 */
@Controller
class IndicatorProposalController {

	private final IndicatorProposals proposals;

	private final org.wopplatform.persistence.reference.ReferenceData reference;

	IndicatorProposalController(IndicatorProposals proposals,
			org.wopplatform.persistence.reference.ReferenceData reference) {
		this.proposals = proposals;
		this.reference = reference;
	}

	@GetMapping("/partnerships/{id}/indicator-proposals")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", new ProposalForm());
		}
		return page(id, viewer, model);
	}

	@PostMapping("/partnerships/{id}/indicator-proposals")
	String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Partnership partnership = proposals.partnership(id, viewer);
		if (!proposals.canPropose(viewer, partnership)) {
			throw new org.springframework.security.access.AccessDeniedException("Not the partnership's utility staff");
		}
		return FormFlow.form(result, model, response).submit(() -> {
			proposals.propose(id, form.command(), viewer);
			redirect.addFlashAttribute("flash", "proposal.proposed");
			return "redirect:/partnerships/" + id + "/indicator-proposals";
		}, () -> page(id, viewer, model));
	}

	@PostMapping("/partnerships/{id}/indicator-proposals/{proposalId}/accept")
	String accept(@PathVariable long id, @PathVariable long proposalId, @RequestParam(defaultValue = "-1") long version,
			Viewer viewer, RedirectAttributes redirect) {
		String back = "redirect:/partnerships/" + id + "/indicator-proposals";
		return FormFlow.action(redirect, "flash").run(() -> {
			proposals.accept(id, proposalId, version, viewer);
			redirect.addFlashAttribute("flash", "proposal.accepted");
			return back;
		}, back);
	}

	@PostMapping("/partnerships/{id}/indicator-proposals/{proposalId}/decline")
	String decline(@PathVariable long id, @PathVariable long proposalId,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) @Nullable String reason,
			Viewer viewer, RedirectAttributes redirect) {
		String back = "redirect:/partnerships/" + id + "/indicator-proposals#proposal-" + proposalId;
		return FormFlow.action(redirect, "declineError")
			.keep("declining", proposalId)
			.keep("declineReason", reason)
			.run(() -> {
				proposals.decline(id, proposalId, version, reason, viewer);
				redirect.addFlashAttribute("flash", "proposal.declined");
				return "redirect:/partnerships/" + id + "/indicator-proposals";
			}, back);
	}

	private String page(long id, Viewer viewer, Model model) {
		Partnership partnership = proposals.partnership(id, viewer);
		model.addAttribute("p", partnership);
		model.addAttribute("proposals", proposals.of(id));
		model.addAttribute("canPropose", proposals.canPropose(viewer, partnership));
		model.addAttribute("canDecide", proposals.canDecide(viewer, partnership));
		model.addAttribute("kpis", reference.kpis());
		model.addAttribute("directions", org.wopplatform.domain.reference.BetterDirection.values());
		return "progress/proposals";
	}

}
