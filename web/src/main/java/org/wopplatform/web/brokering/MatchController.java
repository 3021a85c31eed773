package org.wopplatform.web.brokering;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.wopplatform.domain.brokering.AgreementKind;
import org.wopplatform.domain.brokering.Match;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.web.common.Downloads;
import org.wopplatform.web.security.Viewer;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.Upload;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A match's page and the steps of its brokering path. A step that fails comes back to the
 * page with the error next to its field and what was typed kept.
 */
@Controller
class MatchController {

	private final MatchPath path;

	private final SupportRequests requests;

	private final MatchExplanation explanation;

	private final OrganisationQueries organisations;

	private final AuditTrail audit;

	MatchController(MatchPath path, SupportRequests requests, MatchExplanation explanation,
			OrganisationQueries organisations, AuditTrail audit) {
		this.path = path;
		this.requests = requests;
		this.explanation = explanation;
		this.organisations = organisations;
		this.audit = audit;
	}

	@GetMapping("/brokering/matches/{id}")
	String show(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
		if (!model.containsAttribute("step")) {
			MatchStepForm form = new MatchStepForm();
			model.addAttribute("step", form);
		}
		return page(id, viewer, locale, model);
	}

	@PostMapping("/brokering/matches/{id}/introduce")
	String introduce(@PathVariable long id, @Valid @ModelAttribute("step") MatchStepForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.checkIntroduction(result);
		return perform(id, form, result, viewer, locale, model, redirect, response,
				() -> path.introduce(id, Objects.requireNonNull(form.getIntroducedOn()),
						Objects.requireNonNull(form.getIntroducedBy()), form.getVersion(), viewer),
				"match.introduced");
	}

	@PostMapping("/brokering/matches/{id}/concept-note")
	String conceptNote(@PathVariable long id, @Valid @ModelAttribute("step") MatchStepForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return perform(id, form, result, viewer, locale, model, redirect, response,
				() -> path.conceptNote(id, form.getTitle(), Upload.of(form.getFile()), form.getVersion(), viewer),
				"match.conceptNoted");
	}

	@GetMapping("/brokering/matches/{id}/concept-note")
	ResponseEntity<byte[]> conceptNoteFile(@PathVariable long id, Viewer viewer) {
		MatchPath.ConceptNoteFile file = path.document(id, viewer);
		return Downloads.attachment(file.fileName(), file.mediaType(), file.content());
	}

	@PostMapping("/brokering/matches/{id}/agreement")
	String agree(@PathVariable long id, @Valid @ModelAttribute("step") MatchStepForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.checkAgreement(result);
		return perform(id, form, result, viewer, locale, model, redirect, response,
				() -> path.agree(id, Objects.requireNonNull(form.getKind()), Objects.requireNonNull(form.getSignedOn()),
						form.getVersion(), viewer),
				"match.agreed");
	}

	@PostMapping("/brokering/matches/{id}/convert")
	String convert(@PathVariable long id, @Valid @ModelAttribute("step") MatchStepForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		long[] created = { 0 };
		String view = perform(id, form, result, viewer, locale, model, redirect, response,
				() -> created[0] = path.convert(id, form.getVersion(), viewer), "match.converted");
		return created[0] == 0 ? view : "redirect:/partnerships/" + created[0];
	}

	@PostMapping("/brokering/matches/{id}/decline")
	String decline(@PathVariable long id, @Valid @ModelAttribute("step") MatchStepForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return perform(id, form, result, viewer, locale, model, redirect, response,
				() -> path.decline(id, form.getReason(), form.getVersion(), viewer), "match.declined");
	}

	@GetMapping("/brokering/matches/{id}/history")
	String history(@PathVariable long id, Viewer viewer, Model model) {
		Match match = path.readable(id, viewer);
		SupportRequest request = requests.readable(match.requestId(), viewer);
		model.addAttribute("recordTitle", request.title());
		model.addAttribute("backHref", "/brokering/matches/" + id);
		model.addAttribute("history", audit.history(MatchPath.ENTITY, id));
		return "history";
	}

	private String perform(long id, MatchStepForm form, BindingResult result, Viewer viewer, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Runnable step, String done) {
		path.requireBroker(id, viewer); // 404 or 403 before anything is said about the
										// form
		return FormFlow.form(result, model, response).conflict("concurrentModification.match").submit(() -> {
			step.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:/brokering/matches/" + id;
		}, () -> page(id, viewer, locale, model));
	}

	private String page(long id, Viewer viewer, Locale locale, Model model) {
		Match match = path.readable(id, viewer);
		SupportRequest request = requests.readable(match.requestId(), viewer);
		MatchStepForm form = (MatchStepForm) Objects.requireNonNull(model.getAttribute("step"));
		form.setVersion(match.version());
		model.addAttribute("match", match);
		model.addAttribute("request", request);
		model.addAttribute("mentor", organisations.find(match.mentorOrganisationId()).orElseThrow());
		Organisation mentee = organisations.find(request.organisationId()).orElseThrow();
		model.addAttribute("mentee", mentee);
		model.addAttribute("broker", BrokeringAccess.canBroker(viewer, request));
		model.addAttribute("lines", explanation.lines(match.explanation(), locale));
		model.addAttribute("flags", explanation.flags(match.explanation(), mentee.displayName(), locale));
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("maxMegabytes", path.maxFileMegabytes());
		return "brokering/match";
	}

}
