package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.brokering.MatchComponent;
import org.wopplatform.domain.brokering.MatchStage;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.brokering.BrokeringQueries.Card;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The brokering board of a region (columns by stage, with counts and how long each card
 * has waited) for its coordinator and the secretariat, and the weights of the match score
 * for the secretariat.
 */
@Controller
class BoardController {

	/** The board's columns, in the order of the WOP cycle. */
	static final List<String> COLUMNS = List.of("OPEN", MatchStage.PROPOSED.name(), MatchStage.INTRODUCED.name(),
			MatchStage.CONCEPT_NOTE.name(), MatchStage.AGREEMENT.name(), MatchStage.CONVERTED.name(),
			MatchStage.DECLINED.name());

	private final BrokeringQueries queries;

	private final ReferenceData reference;

	private final ScoreWeights scoreWeights;

	private final Clock clock;

	BoardController(BrokeringQueries queries, ReferenceData reference, ScoreWeights scoreWeights, Clock clock) {
		this.queries = queries;
		this.reference = reference;
		this.scoreWeights = scoreWeights;
		this.clock = clock;
	}

	/** A column of the board: its stage, how many cards in all, the oldest shown. */
	record Column(String stage, long count, List<Shown> cards) {
	}

	record Shown(Card card, long days) {
	}

	@GetMapping("/brokering/board")
	String board(@RequestParam(required = false) @Nullable String platform, Viewer viewer, Model model) {
		BrokeringAccess.require(viewer.is(Role.SECRETARIAT) || viewer.is(Role.COORDINATOR), "Brokers only");
		String chosen = viewer.is(Role.COORDINATOR) ? viewer.platformCode()
				: platform == null || platform.isBlank() || reference.platform(platform).isEmpty() ? null : platform;
		Map<String, Column> columns = new LinkedHashMap<>();
		COLUMNS.forEach(c -> columns.put(c, new Column(c, 0, new ArrayList<>())));
		for (Card card : queries.board(chosen)) {
			Column column = columns.get(card.column());
			long days = Duration.between(card.since(), clock.instant()).toDays();
			column.cards().add(new Shown(card, days));
			columns.put(card.column(), new Column(column.stage(), card.columnCount(), column.cards()));
		}
		model.addAttribute("columns", columns.values());
		model.addAttribute("platform", chosen);
		model.addAttribute("choosePlatform", viewer.is(Role.SECRETARIAT));
		model.addAttribute("reference", reference);
		return "brokering/board";
	}

	@GetMapping("/brokering/weights")
	String weights(Viewer viewer, Model model) {
		requireSecretariat(viewer);
		BrokeringQueries.Weights weights = queries.weights();
		Map<MatchComponent, String> typed = new EnumMap<>(MatchComponent.class);
		for (MatchComponent c : MatchComponent.values()) {
			typed.put(c, Integer.toString(weights.weights().of(c)));
		}
		return weightsPage(model, typed, weights.version(), null);
	}

	@PostMapping("/brokering/weights")
	String setWeights(@RequestParam Map<String, String> values, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireSecretariat(viewer);
		Map<MatchComponent, String> typed = new EnumMap<>(MatchComponent.class);
		Map<MatchComponent, Integer> numbers = new EnumMap<>(MatchComponent.class);
		Map<MatchComponent, String> errors = new EnumMap<>(MatchComponent.class);
		for (MatchComponent c : MatchComponent.values()) {
			String text = values.getOrDefault(c.name(), "").strip();
			typed.put(c, text);
			try {
				int weight = Integer.parseInt(text);
				if (weight < 0 || weight > 10) {
					errors.put(c, "weights.range");
				}
				numbers.put(c, weight);
			}
			catch (NumberFormatException ex) {
				errors.put(c, "weights.range");
			}
		}
		long version = parse(values.get("version"));
		if (errors.isEmpty() && numbers.values().stream().allMatch(w -> w == 0)) {
			model.addAttribute("formError", "weights.allZero");
		}
		else if (errors.isEmpty()) {
			if (scoreWeights.set(new MatchWeights(numbers), version, viewer)) {
				redirect.addFlashAttribute("flash", "weights.saved");
				return "redirect:/brokering/weights";
			}
			model.addAttribute("formError", "concurrentModification.weights");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return weightsPage(model, typed, queries.weights().version(), errors);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return weightsPage(model, typed, version, errors);
	}

	private String weightsPage(Model model, Map<MatchComponent, String> typed, long version,
			@Nullable Map<MatchComponent, String> errors) {
		model.addAttribute("components", MatchComponent.values());
		model.addAttribute("typed", typed);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors == null ? Map.of() : errors);
		return "brokering/weights";
	}

	private static long parse(@Nullable String text) {
		try {
			return text == null ? -1 : Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void requireSecretariat(Viewer viewer) {
		BrokeringAccess.require(viewer.is(Role.SECRETARIAT), "Secretariat only");
	}

}
