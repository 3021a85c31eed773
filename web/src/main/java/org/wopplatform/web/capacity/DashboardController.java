package org.wopplatform.web.capacity;

import java.util.Locale;

import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A partnership's dashboard: one printable page of approved results. */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final ReferenceData reference;

	DashboardController(Dashboard dashboard, ReferenceData reference) {
		this.dashboard = dashboard;
		this.reference = reference;
	}

	@GetMapping("/partnerships/{id}/dashboard")
	String show(@PathVariable long id, Viewer viewer, Locale locale, Model model) {
		Dashboard.View view = dashboard.of(id, viewer, locale);
		model.addAttribute("d", view);
		model.addAttribute("p", view.partnership());
		model.addAttribute("reference", reference);
		model.addAttribute("deliverableStatuses", org.wopplatform.domain.partnership.DeliverableStatus.values());
		return "capacity/dashboard";
	}

}
