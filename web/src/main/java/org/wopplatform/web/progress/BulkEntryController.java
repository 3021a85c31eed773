package org.wopplatform.web.progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.wopplatform.reporting.table.TableFormat;
import org.wopplatform.web.common.Downloads;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bulk-entry page: template download and upload of indicator values. */
@Controller
class BulkEntryController {

	private final BulkEntry bulk;

	private final ReportDeadlines deadlines;

	BulkEntryController(BulkEntry bulk, ReportDeadlines deadlines) {
		this.bulk = bulk;
		this.deadlines = deadlines;
	}

	@GetMapping("/work/bulk")
	String page(Viewer viewer, Model model) {
		BulkEntry.requireBulkEditor(viewer);
		return page(model);
	}

	private String page(Model model) {
		List<Integer> years = new ArrayList<>();
		int thisYear = deadlines.today().getYear();
		for (int year = thisYear; year > thisYear - 6; year--) {
			years.add(year);
		}
		model.addAttribute("years", years);
		model.addAttribute("defaultYear", thisYear - 1);
		model.addAttribute("maxRows", org.wopplatform.reporting.table.Tables.MAX_ROWS);
		return "progress/bulk";
	}

	@GetMapping("/work/bulk/template")
	ResponseEntity<byte[]> template(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "csv") String format, Viewer viewer, Locale locale) {
		BulkEntry.requireBulkEditor(viewer);
		TableFormat chosen = TableFormat.named(format).orElseThrow(NotFoundException::new);
		int chosenYear = year == null ? deadlines.today().getYear() - 1 : year;
		if (chosenYear < 1900 || chosenYear > 2200) {
			throw new NotFoundException();
		}
		byte[] file = bulk.template(chosenYear, chosen, viewer, locale);
		return Downloads.attachment("wop-indicator-values-" + chosenYear + "." + chosen.extension(), chosen.mediaType(),
				file);
	}

	@PostMapping("/work/bulk")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Viewer viewer,
			Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		BulkEntry.requireBulkEditor(viewer);
		try {
			if (file == null || file.isEmpty()) {
				throw new BulkEntry.Refused(List.of(new BulkEntry.Problem(1, null, "bulk.empty")));
			}
			BulkEntry.Imported imported = bulk.upload(file.getBytes(), viewer, locale);
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/work/bulk";
		}
		catch (BulkEntry.Refused refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
			model.addAttribute("problemRows", refused.rows().stream().filter(r -> r > 1).count());
			return page(model);
		}
	}

}
