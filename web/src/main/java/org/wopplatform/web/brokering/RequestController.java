package org.wopplatform.web.brokering;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.domain.brokering.Matching;
import org.wopplatform.domain.brokering.RequestStatus;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.brokering.Urgency;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.brokering.BrokeringQueries.MatchRow;
import org.wopplatform.persistence.brokering.BrokeringQueries.RequestFilter;
import org.wopplatform.persistence.organisation.OrganisationQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;
import org.wopplatform.web.common.FormFlow;

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
 * Support requests: the list with filters, the form, the request's page with its ranked
 * candidates (for its brokers) and its matches, closing, and proposing a candidate.
 */
@Controller
class RequestController {

	private final SupportRequests requests;

	private final MatchPath path;

	private final BrokeringQueries queries;

	private final MatchExplanation explanation;

	private final OrganisationQueries organisations;

	private final ReferenceData reference;

	private final AuditTrail audit;

	RequestController(SupportRequests requests, MatchPath path, BrokeringQueries queries, MatchExplanation explanation,
			OrganisationQueries organisations, ReferenceData reference, AuditTrail audit) {
		this.requests = requests;
		this.path = path;
		this.queries = queries;
		this.explanation = explanation;
		this.organisations = organisations;
		this.reference = reference;
		this.audit = audit;
	}

	@GetMapping("/brokering/requests")
	String list(@RequestParam(required = false) @Nullable RequestStatus status,
			@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String platform,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
			Viewer viewer, Model model) {
		RequestFilter filter = new RequestFilter(status, PlainText.orNull(area), PlainText.orNull(platform),
				PlainText.orNull(q), page);
		model.addAttribute("filter", filter);
		model.addAttribute("requests", queries.requests(BrokeringAccess.scope(viewer), filter));
		model.addAttribute("statuses", RequestStatus.values());
		// Matches and shortlisting are the brokers' business, not the public's.
		model.addAttribute("brokers", viewer.is(org.wopplatform.domain.account.Role.COORDINATOR)
				|| viewer.is(org.wopplatform.domain.account.Role.SECRETARIAT));
		model.addAttribute("reference", reference);
		return "brokering/requests";
	}

	@GetMapping("/brokering/requests/new")
	String newRequest(Viewer viewer, Model model) {
		SupportRequests.Prefill prefill = requests.prefill(viewer);
		RequestForm form = new RequestForm();
		form.setOrganisationId(prefill.organisationId());
		form.setPlatformCode(prefill.platformCode());
		model.addAttribute("form", form);
		return form(model, null, viewer);
	}

	@PostMapping("/brokering/requests")
	String create(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BrokeringAccess.require(viewer.isSignedIn(), "Sign in to make a request");
		form.checkNeeds(result, code -> reference.workingArea(code).isPresent());
		return FormFlow.form(result, model, response).submit(() -> {
			long id = requests.create(form.details(), viewer);
			redirect.addFlashAttribute("flash", "request.saved");
			return "redirect:/brokering/requests/" + id;
		}, () -> form(model, null, viewer));
	}

	@GetMapping("/brokering/requests/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "" + MatchPath.FIRST_SHOWN) int shown,
			Viewer viewer, Locale locale, Model model) {
		SupportRequest request = requests.readable(id, viewer);
		boolean broker = BrokeringAccess.canBroker(viewer, request);
		boolean requester = BrokeringAccess.isStaffOf(viewer, request.organisationId());
		model.addAttribute("request", request);
		Organisation requesting = organisations.find(request.organisationId()).orElseThrow();
		model.addAttribute("requester", requesting);
		model.addAttribute("canEdit",
				BrokeringAccess.canEdit(viewer, request) && request.status() != RequestStatus.CLOSED);
		model.addAttribute("broker", broker);
		model.addAttribute("ownRequest", BrokeringAccess.isStaffOf(viewer, request.organisationId()));
		List<MatchRow> matches = !viewer.isSignedIn() ? List.of()
				: queries.matchesOfRequest(id)
					.stream()
					.filter(m -> broker || requester || BrokeringAccess.isStaffOf(viewer, m.mentorId()))
					.toList();
		model.addAttribute("matches", matches);
		if (broker && request.status().isOpenForMatching()) {
			candidates(request, requesting.displayName(), matches, shown, locale, model);
		}
		model.addAttribute("reference", reference);
		return "brokering/request";
	}

	/**
	 * The ranked candidates, the first of them only (more when asked for, within a
	 * bound), each folded to its name, score, strongest reasons and flags.
	 */
	private void candidates(SupportRequest request, String requester, List<MatchRow> matches, int shown, Locale locale,
			Model model) {
		Set<Long> proposed = matches.stream().map(MatchRow::mentorId).collect(Collectors.toSet());
		MatchWeights weights = queries.weights().weights();
		List<Matching.Scored> ranked = path.ranked(request, weights);
		int limit = Math.max(MatchPath.FIRST_SHOWN, Math.min(MatchPath.MOST_SHOWN, shown));
		List<Candidate> candidates = ranked.stream().limit(limit).map(s -> {
			List<MatchExplanation.Line> lines = explanation.lines(s, request.needs().size(), locale);
			return new Candidate(s, lines, explanation.reasons(lines, locale),
					explanation.flags(s.candidate(), requester, locale),
					proposed.contains(s.candidate().organisationId()));
		}).toList();
		model.addAttribute("candidates", candidates);
		model.addAttribute("candidateCount", ranked.size());
		model.addAttribute("moreCandidates", limit < MatchPath.MOST_SHOWN && ranked.size() > limit
				? Math.min(MatchPath.FIRST_SHOWN, Math.min(MatchPath.MOST_SHOWN, ranked.size()) - limit) : 0);
		model.addAttribute("moreShown", limit + MatchPath.FIRST_SHOWN);
		model.addAttribute("weights", weights);
	}

	/** A candidate as the request's page shows it. */
	record Candidate(Matching.Scored scored, List<MatchExplanation.Line> lines, String reasons,
			List<MatchExplanation.Flag> flags, boolean proposed) {
	}

	@GetMapping("/brokering/requests/{id}/edit")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("form", RequestForm.from(requests.editable(id, viewer)));
		return form(model, id, viewer);
	}

	@PostMapping("/brokering/requests/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") RequestForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requests.editable(id, viewer);
		form.checkNeeds(result, code -> reference.workingArea(code).isPresent());
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.request")
			.version(form::setVersion)
			.submit(() -> {
				requests.update(id, form.details(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "request.saved");
				return "redirect:/brokering/requests/" + id;
			}, () -> form(model, id, viewer));
	}

	@PostMapping("/brokering/requests/{id}/close")
	String close(@PathVariable long id, @ModelAttribute("close") CloseForm close, BindingResult typed, Viewer viewer,
			RedirectAttributes redirect) {
		String back = "redirect:/brokering/requests/" + id + "#close";
		return FormFlow.action(redirect, "closeError")
			.bound(typed)
			.conflict("concurrentModification.request")
			.keep("closeReason", typed.getFieldValue("reason"))
			.run(() -> {
				path.close(id, close.getReason(), close.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "request.closed");
				return back;
			}, back);
	}

	@PostMapping("/brokering/requests/{id}/matches")
	String propose(@PathVariable long id, @RequestParam(defaultValue = "-1") long mentorId, Viewer viewer,
			RedirectAttributes redirect) {
		return FormFlow.action(redirect, "proposeError")
			.conflict("concurrentModification.request")
			.duplicate("match.alreadyProposed")
			.run(() -> {
				long matchId = path.propose(id, mentorId, viewer);
				redirect.addFlashAttribute("flash", "match.proposed");
				return "redirect:/brokering/matches/" + matchId;
			}, "redirect:/brokering/requests/" + id + "#candidates");
	}

	@GetMapping("/brokering/requests/{id}/history")
	String history(@PathVariable long id, Viewer viewer, Model model) {
		SupportRequest request = requests.editable(id, viewer);
		model.addAttribute("recordTitle", request.title());
		model.addAttribute("backHref", "/brokering/requests/" + id);
		model.addAttribute("history", audit.history(SupportRequests.ENTITY, id));
		return "history";
	}

	private String form(Model model, @Nullable Long id, Viewer viewer) {
		AreaRows.padded(((RequestForm) java.util.Objects.requireNonNull(model.getAttribute("form"))).getNeeds());
		model.addAttribute("requestId", id);
		Long organisation = ((RequestForm) java.util.Objects.requireNonNull(model.getAttribute("form")))
			.getOrganisationId();
		model.addAttribute("ownRequest", viewer.is(org.wopplatform.domain.account.Role.UTILITY_STAFF)
				&& (organisation == null || BrokeringAccess.isStaffOf(viewer, organisation)));
		model.addAttribute("chooseOrganisation", !viewer.is(org.wopplatform.domain.account.Role.UTILITY_STAFF));
		model.addAttribute("choosePlatform", viewer.is(org.wopplatform.domain.account.Role.SECRETARIAT)
				|| viewer.is(org.wopplatform.domain.account.Role.UTILITY_STAFF));
		model.addAttribute("organisations", organisations.choices());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("reference", reference);
		return "brokering/request-form";
	}

}
