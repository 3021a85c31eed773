package org.wopplatform.web.workplan;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.domain.workplan.BudgetKind;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.chart.GanttChart;
import org.wopplatform.web.common.Downloads;
import org.wopplatform.web.common.FormFlow;
import org.wopplatform.web.common.VersionForm;
import org.wopplatform.web.progress.BulkEntry;
import org.wopplatform.web.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership's work plan page (Gantt chart, the same data as a table, the budget added
 * up) and the forms of its editors: add an activity on the plan page; change one, its
 * status and its budget lines on the activity's page. Every form goes through the form
 * flow.
 */
@Controller
class WorkPlanController {

	private final WorkPlanEditing editing;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final LogframeImport logframes;

	WorkPlanController(WorkPlanEditing editing, ReferenceData reference, MessageSource messages, AuditTrail audit,
			LogframeImport logframes) {
		this.logframes = logframes;
		this.editing = editing;
		this.reference = reference;
		this.messages = messages;
		this.audit = audit;
	}

	@GetMapping("/partnerships/{id}/work-plan")
	String plan(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
		return planPage(id, viewer, locale, model);
	}

	@PostMapping("/partnerships/{id}/work-plan/activities")
	String add(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			Viewer viewer, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		editing.forPlanEditing(id, viewer); // 404 or 403 before anything is said about
											// the form
		return FormFlow.form(result, model, response).submit(() -> {
			long activity = editing.add(id, form.fields(), viewer);
			redirect.addFlashAttribute("flash", "activity.added");
			return "redirect:/partnerships/" + id + "/work-plan#activity-" + activity;
		}, () -> planPage(id, viewer, locale, model));
	}

	/** The work plan template to fill offline, for the plan's editors. */
	@GetMapping("/partnerships/{id}/work-plan/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, Viewer viewer, Locale locale) {
		return Downloads.attachment("work-plan-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				logframes.template(id, viewer, locale));
	}

	/**
	 * A filled-in template: all of it imported, or nothing, with each problem by row and
	 * column.
	 */
	@PostMapping("/partnerships/{id}/work-plan/import")
	String importPlan(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		editing.forPlanEditing(id, viewer);
		try {
			if (file == null || file.isEmpty()) {
				throw new BulkEntry.Refused(List.of(new BulkEntry.Problem(1, null, "bulk.empty")));
			}
			int added = logframes.upload(id, file.getBytes(), viewer, locale);
			redirect.addFlashAttribute("flash", "logframe.imported");
			redirect.addFlashAttribute("importedActivities", added);
			return "redirect:/partnerships/" + id + "/work-plan";
		}
		catch (BulkEntry.Refused refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
			model.addAttribute("problemRows", refused.rows().stream().filter(r -> r > 1).count());
			return planPage(id, viewer, locale, model);
		}
	}

	@GetMapping("/partnerships/{id}/work-plan/activities/{activityId}")
	String activity(@PathVariable long id, @PathVariable long activityId, Viewer viewer, Model model) {
		return activityPage(id, activityId, viewer, model);
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}")
	String update(@PathVariable long id, @PathVariable long activityId,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.update(id, activityId, form.fields(), form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/status")
	String changeStatus(@PathVariable long id, @PathVariable long activityId,
			@Valid @ModelAttribute("statusForm") ActivityStatusForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.changeStatus(id, activityId, Objects.requireNonNull(form.getStatus()), form.getNote(),
						form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/budget")
	String addBudgetLine(@PathVariable long id, @PathVariable long activityId,
			@Valid @ModelAttribute("budgetLineForm") BudgetLineForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.addBudgetLine(id, activityId, form.line(), form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/outputs")
	String addOutput(@PathVariable long id, @PathVariable long activityId,
			@Valid @ModelAttribute("outputForm") ActivityOutputForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.addOutput(id, activityId, form.output(), form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/links")
	String link(@PathVariable long id, @PathVariable long activityId, @ModelAttribute("linksForm") LinksForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.link(id, activityId, List.copyOf(new java.util.LinkedHashSet<>(form.getDeliverables())),
						List.copyOf(new java.util.LinkedHashSet<>(form.getIndicators())), form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/outputs/{outputId}/remove")
	String removeOutput(@PathVariable long id, @PathVariable long activityId, @PathVariable long outputId,
			@ModelAttribute("removeForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.removeOutput(id, activityId, outputId, form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/budget/{lineId}/remove")
	String removeBudgetLine(@PathVariable long id, @PathVariable long activityId, @PathVariable long lineId,
			@ModelAttribute("removeForm") VersionForm form, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return submit(id, activityId, result, viewer, model, redirect, response, form::setVersion,
				() -> editing.removeBudgetLine(id, activityId, lineId, form.getVersion(), viewer));
	}

	@PostMapping("/partnerships/{id}/work-plan/activities/{activityId}/remove")
	String remove(@PathVariable long id, @PathVariable long activityId, @ModelAttribute("removeForm") VersionForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		editing.forEditing(id, activityId, viewer);
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.activity")
			.version(form::setVersion)
			.submit(() -> {
				editing.remove(id, activityId, form.getVersion(), viewer);
				redirect.addFlashAttribute("flash", "activity.removed");
				return "redirect:/partnerships/" + id + "/work-plan";
			}, () -> activityPage(id, activityId, viewer, model));
	}

	@GetMapping("/partnerships/{id}/work-plan/activities/{activityId}/history")
	String history(@PathVariable long id, @PathVariable long activityId, Viewer viewer, Model model) {
		Activity activity = editing.forEditing(id, activityId, viewer);
		model.addAttribute("recordTitle", activity.title());
		model.addAttribute("backHref", "/partnerships/" + id + "/work-plan/activities/" + activityId);
		model.addAttribute("history", audit.history(WorkPlanEditing.ENTITY, activityId));
		return "history";
	}

	/** Every change of an activity: checked, run, and back to the activity's page. */
	private String submit(long id, long activityId, BindingResult result, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response, LongConsumer setVersion, Runnable change) {
		editing.forEditing(id, activityId, viewer); // 404 or 403 before anything is said
		return FormFlow.form(result, model, response)
			.conflict("concurrentModification.activity")
			.version(setVersion)
			.submit(() -> {
				change.run();
				redirect.addFlashAttribute("flash", "activity.saved");
				return "redirect:/partnerships/" + id + "/work-plan/activities/" + activityId;
			}, () -> activityPage(id, activityId, viewer, model));
	}

	private String planPage(long id, Viewer viewer, Locale locale, Model model) {
		WorkPlanEditing.WorkPlan plan = editing.plan(id, viewer);
		model.addAttribute("plan", plan);
		model.addAttribute("p", plan.partnership());
		model.addAttribute("reference", reference);
		model.addAttribute("areas", areas(plan.partnership()));
		if (!plan.activities().isEmpty()) {
			model.addAttribute("gantt", gantt(plan, locale));
		}
		if (plan.editable()) {
			addIfMissing(model, "activityForm", ActivityForm::new);
		}
		return "workplan/plan";
	}

	private String activityPage(long id, long activityId, Viewer viewer, Model model) {
		Activity activity = editing.forEditing(id, activityId, viewer);
		WorkPlanEditing.WorkPlan plan = editing.plan(id, viewer);
		model.addAttribute("a", activity);
		model.addAttribute("plan", plan);
		model.addAttribute("p", plan.partnership());
		model.addAttribute("reference", reference);
		model.addAttribute("areas", areas(plan.partnership()));
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("kinds", BudgetKind.values());
		model.addAttribute("years", years(activity));
		addIfMissing(model, "activityForm", () -> ActivityForm.from(activity));
		addIfMissing(model, "statusForm", () -> {
			ActivityStatusForm form = new ActivityStatusForm();
			form.setStatus(activity.status());
			form.setNote(activity.statusNote());
			form.setVersion(activity.version());
			return form;
		});
		addIfMissing(model, "budgetLineForm", () -> {
			BudgetLineForm form = new BudgetLineForm();
			form.setYear(activity.plannedStart().year());
			form.setVersion(activity.version());
			return form;
		});
		addIfMissing(model, "outputForm", () -> {
			ActivityOutputForm form = new ActivityOutputForm();
			form.setVersion(activity.version());
			return form;
		});
		model.addAttribute("units", reference.choices(reference.units(), null));
		addIfMissing(model, "linksForm", () -> {
			LinksForm form = new LinksForm();
			form.setDeliverables(new java.util.ArrayList<>(activity.deliverableIds()));
			form.setIndicators(new java.util.ArrayList<>(activity.indicatorIds()));
			form.setVersion(activity.version());
			return form;
		});
		addIfMissing(model, "removeForm", () -> {
			VersionForm form = new VersionForm();
			form.setVersion(activity.version());
			return form;
		});
		return "workplan/activity";
	}

	/**
	 * The working areas an activity may be in: the partnership's, or all while it has
	 * none.
	 */
	private List<ReferenceData.WorkingAreaRef> areas(Partnership partnership) {
		if (partnership.workingAreas().isEmpty()) {
			return reference.workingAreas();
		}
		return reference.workingAreas()
			.stream()
			.filter(w -> partnership.workingAreas().stream().anyMatch(a -> a.code().equals(w.code())))
			.toList();
	}

	private static List<Integer> years(Activity activity) {
		return java.util.stream.IntStream.rangeClosed(activity.plannedStart().year(), activity.plannedEnd().year())
			.boxed()
			.toList();
	}

	private GanttChart gantt(WorkPlanEditing.WorkPlan plan, Locale locale) {
		Partnership p = plan.partnership();
		List<GanttChart.Row> rows = plan.activities()
			.stream()
			.map(a -> new GanttChart.Row(a.title(), a.plannedStart().earliest(), a.plannedEnd().latest(),
					plan.isLate(a), a.status() == ActivityStatus.DONE))
			.toList();
		LocalDate from = p.plannedStart().map(d -> d.earliest()).orElse(rows.get(0).start());
		LocalDate to = p.plannedEnd().map(d -> d.latest()).orElse(from);
		String title = messages.getMessage("workplan.gantt.title", new Object[] { p.title() }, locale);
		String description = messages.getMessage("workplan.gantt.description",
				new Object[] { rows.size(), plan.lateCount() }, locale);
		return GanttChart.of("gantt", title, description, rows, from, to, plan.today());
	}

	private static void addIfMissing(Model model, String name, Supplier<Object> value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value.get());
		}
	}

}
