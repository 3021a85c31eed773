package org.wopplatform.web.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.persistence.report.AnnualFigureQueries;
import org.wopplatform.reporting.annual.AnnualReportAssembly;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.KeptFragments;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.PageLinks;
import org.wopplatform.web.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report's pages: the list of reports, a year's report (published, or a draft
 * previewed by the secretariat), the partnerships behind each figure, and the
 * secretariat's draft editor (introduction, chapters, stories, publication).
 */
@Controller
class ReportController {

	static final int PAGE_SIZE = 50;

	private final AnnualReports reports;

	private final AnnualReportAssembly assembly;

	private final AnnualFigureQueries figures;

	private final MessageSource messages;

	private final PageLinks links;

	private final StoryCards cards;

	private final String publisher;

	private final KeptFragments kept;

	ReportController(AnnualReports reports, AnnualReportAssembly assembly, AnnualFigureQueries figures,
			MessageSource messages, PageLinks links, StoryCards cards,
			@org.springframework.beans.factory.annotation.Value("${wop.report.publisher}") String publisher,
			KeptFragments kept) {
		this.kept = kept;
		this.links = links;
		this.reports = reports;
		this.assembly = assembly;
		this.figures = figures;
		this.messages = messages;
		this.cards = cards;
		this.publisher = publisher;
	}

	@GetMapping("/reports")
	String list(Viewer viewer, Model model) {
		model.addAttribute("reports", reports.list(viewer));
		model.addAttribute("secretariat", viewer.is(Role.SECRETARIAT));
		return "reports/list";
	}

	@PostMapping("/reports")
	String open(@RequestParam(required = false) @Nullable Integer year, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult result = new MapBindingResult(new HashMap<>(), "open");
		return FormFlow.form(result, model, response).submit(() -> {
			reports.open(year, viewer);
			redirect.addFlashAttribute("flash", "annual.opened");
			return "redirect:/reports/" + year + "/edit";
		}, () -> {
			model.addAttribute("yearError",
					result.getAllErrors().stream().findFirst().map(e -> e.getCode()).orElse(FormFlow.DUPLICATE));
			model.addAttribute("typedYear", year);
			return list(viewer, model);
		});
	}

	@GetMapping("/reports/{year}")
	String show(@PathVariable int year, Viewer viewer, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		// the report itself, the same for every reader, written once until the data
		// changes: the data version first, then the report (who may read it: each time),
		// so that a publication committed between the two is not kept under the newer
		// version
		KeptFragments.Part body = kept.part("reports/body", year, locale);
		AnnualReport report = reports.readable(year, viewer);
		model.addAttribute("report", report);
		model.addAttribute("reportBody",
				body.written(() -> Map.of("report", report, "annual",
						assembly.content(report, new MessageLabels(messages, locale)), "cards",
						cards.of(report, locale, false), "publisher", publisher), request, response));
		return "reports/show";
	}

	@GetMapping("/reports/{year}/partnerships")
	String counted(@PathVariable int year, @RequestParam(defaultValue = "ACTIVE") String figure,
			@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model) {
		AnnualReport report = reports.readable(year, viewer);
		if (figure.length() > 80 || page < 1 || page > 10_000) {
			throw new NotFoundException();
		}
		model.addAttribute("report", report);
		model.addAttribute("figure", assembly.figureLabel(figure, new MessageLabels(messages, locale)));
		model.addAttribute("pageNumber", page);
		List<AnnualFigureQueries.Counted> rows = figures.counted(year, report.isPublished() ? report.id() : null,
				figure, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("partnerships", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("previousHref", page > 1 ? links.page(page - 1) : null);
		model.addAttribute("nextHref", rows.size() > PAGE_SIZE ? links.page(page + 1) : null);
		return "reports/partnerships";
	}

	@GetMapping("/reports/{year}/edit")
	String edit(@PathVariable int year, @RequestParam(name = "find", required = false) @Nullable String find,
			Viewer viewer, Locale locale, Model model) {
		AnnualReport report = reports.draft(year, viewer);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.from(report));
		}
		return editor(report, model, find == null || find.length() > 200 ? null : find);
	}

	@PostMapping("/reports/{year}")
	String update(@PathVariable int year, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AnnualReport report = reports.draft(year, viewer);
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.report.annual")
			.version(form::setVersion)
			.submit(() -> {
				reports.edit(year, form.introductions(), form.positions(), form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "annual.saved");
				return "redirect:/reports/" + year + "/edit";
			}, () -> {
				model.addAttribute("missed", model.containsAttribute("missed") ? model.getAttribute("missed")
						: reports.changesSince(year, form.getVersion()));
				return editor(reports.draft(year, viewer), model);
			});
	}

	@PostMapping("/reports/{year}/stories")
	String pick(@PathVariable int year, @RequestParam(defaultValue = "-1") long partnershipId,
			@RequestParam(required = false) @Nullable String source, Viewer viewer, RedirectAttributes redirect) {
		String back = "redirect:/reports/" + year + "/edit#stories";
		return FormFlow.action(redirect, "storyError").run(() -> {
			reports.pick(year, partnershipId, source, viewer);
			redirect.addFlashAttribute("flash", "story.added");
			return back;
		}, back);
	}

	@PostMapping("/reports/{year}/stories/{storyId}")
	String rewrite(@PathVariable int year, @PathVariable long storyId, @ModelAttribute("story") StoryForm story,
			BindingResult typed, Viewer viewer, RedirectAttributes redirect) {
		String back = "redirect:/reports/" + year + "/edit#story-" + storyId;
		return FormFlow.action(redirect, "storyError")
			.bound(typed)
			.conflict("concurrentModification.report.annual")
			.keep("storyErrorId", storyId)
			.keep("typedTitle", typed.getFieldValue("title"))
			.keep("typedText", typed.getFieldValue("text"))
			.run(() -> {
				reports.rewrite(year, storyId, story.words(), viewer);
				redirect.addFlashAttribute("flash", "story.saved");
				return back;
			}, back);
	}

	@PostMapping("/reports/{year}/stories/{storyId}/picture")
	String picture(@PathVariable int year, @PathVariable long storyId,
			@RequestParam(name = "file",
					required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String caption,
			@RequestParam(required = false) @Nullable String credit,
			@RequestParam(required = false) @Nullable Long evidenceId, Viewer viewer, RedirectAttributes redirect)
			throws java.io.IOException {
		String back = "redirect:/reports/" + year + "/edit#story-" + storyId;
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return FormFlow.action(redirect, "storyError").keep("storyErrorId", storyId).run(() -> {
			if (content.length == 0 && evidenceId != null) {
				reports.pictureFromEvidence(year, storyId, evidenceId, caption, credit, viewer);
			}
			else {
				reports.picture(year, storyId, content, caption, credit, viewer);
			}
			redirect.addFlashAttribute("flash", "story.picture.saved");
			return back;
		}, back);
	}

	@PostMapping("/reports/{year}/stories/{storyId}/picture/remove")
	String removePicture(@PathVariable int year, @PathVariable long storyId, Viewer viewer,
			RedirectAttributes redirect) {
		reports.removePicture(year, storyId, viewer);
		redirect.addFlashAttribute("flash", "story.picture.removed");
		return "redirect:/reports/" + year + "/edit#story-" + storyId;
	}

	@GetMapping("/reports/{year}/stories/{storyId}/picture")
	org.springframework.http.ResponseEntity<byte[]> showPicture(@PathVariable int year, @PathVariable long storyId,
			Viewer viewer) {
		var picture = reports.picture(year, storyId, viewer);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(picture.mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(picture.content());
	}

	@PostMapping("/reports/{year}/chapters/{chapter}/{direction}")
	String move(@PathVariable int year, @PathVariable String chapter, @PathVariable String direction,
			@RequestParam(defaultValue = "-1") long version, Viewer viewer, RedirectAttributes redirect) {
		org.wopplatform.domain.report.Chapter which = java.util.Arrays
			.stream(org.wopplatform.domain.report.Chapter.values())
			.filter(c -> c.name().equals(chapter))
			.findFirst()
			.orElseThrow(NotFoundException::new);
		if (!direction.equals("up") && !direction.equals("down")) {
			throw new NotFoundException();
		}
		String back = "redirect:/reports/" + year + "/edit#chapter-" + chapter;
		return FormFlow.action(redirect, "storyError").conflict("concurrentModification.report.annual").run(() -> {
			reports.move(year, which, direction.equals("up"), version, viewer);
			redirect.addFlashAttribute("flash", "annual.chapterMoved");
			return back;
		}, back);
	}

	@PostMapping("/reports/{year}/stories/{storyId}/remove")
	String remove(@PathVariable int year, @PathVariable long storyId, Viewer viewer, RedirectAttributes redirect) {
		reports.remove(year, storyId, viewer);
		redirect.addFlashAttribute("flash", "story.removed");
		return "redirect:/reports/" + year + "/edit#stories";
	}

	@PostMapping("/reports/{year}/publish")
	String publish(@PathVariable int year, @RequestParam(defaultValue = "-1") long version, Viewer viewer,
			RedirectAttributes redirect) {
		return FormFlow.action(redirect, "storyError").conflict("concurrentModification.report.annual").run(() -> {
			reports.publish(year, version, viewer);
			redirect.addFlashAttribute("flash", "annual.publishedNow");
			return "redirect:/reports/" + year;
		}, "redirect:/reports/" + year + "/edit");
	}

	/** A published report no longer changes: back to it, saying so. */
	@ExceptionHandler(AnnualReports.PublishedReport.class)
	String published(AnnualReports.PublishedReport published, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "annual.published");
		return "redirect:/reports/" + published.year();
	}

	private String editor(AnnualReport report, Model model) {
		return editor(report, model, null);
	}

	private String editor(AnnualReport report, Model model, @Nullable String findWords) {
		model.addAttribute("report", report);
		model.addAttribute("seeds", reports.seeds(report));
		model.addAttribute("found", reports.found(report, findWords));
		model.addAttribute("findWords", findWords);
		model.addAttribute("cards", cards.of(report, java.util.Locale.ENGLISH, false));
		model.addAttribute("evidencePictures", reports.evidencePictures(report));
		model.addAttribute("chapters", org.wopplatform.domain.report.Chapter.values());
		model.addAttribute("stories", assembly.stories(report));
		return "reports/edit";
	}

}
