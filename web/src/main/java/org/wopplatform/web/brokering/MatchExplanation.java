package org.wopplatform.web.brokering;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.MatchComponent;
import org.wopplatform.domain.brokering.Matching;
import org.wopplatform.persistence.reference.ReferenceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A score in plain words: one line per component saying what was found (the shared
 * languages, the completed partnerships...), how much it counts (its weight) and the
 * points it brings out of 100. A proposed match keeps its parts as language-neutral JSON,
 * so its explanation is shown in each reader's language as it was when proposed.
 */
@Component
class MatchExplanation {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	private final ReferenceData reference;

	private final Languages languages;

	MatchExplanation(MessageSource messages, ReferenceData reference, Languages languages) {
		this.messages = messages;
		this.reference = reference;
		this.languages = languages;
	}

	/**
	 * One component: what was found, its value (0–1), weight, and points out of 100; and,
	 * when what was found speaks for the mentor, that in a few words.
	 */
	record Line(MatchComponent component, String text, double value, int weight, double points,
			@Nullable String reason) {
	}

	/** What a broker must know of a candidate besides its score: a label and why. */
	record Flag(String label, String explanation) {
	}

	/** The strongest reasons shown on one line with a folded candidate. */
	static final int REASONS = 3;

	String toJson(Matching.Scored scored, int requestedAreas) {
		ObjectNode document = json.createObjectNode();
		document.put("score", scored.score());
		document.put("requestedAreas", requestedAreas);
		document.put("utility", scored.candidate().utility());
		document.put("tie", scored.candidate().tie().name());
		ArrayNode parts = document.putArray("parts");
		for (Matching.Part part : scored.parts()) {
			ObjectNode node = parts.addObject();
			node.put("component", part.component().name());
			node.put("value", part.value());
			node.put("weight", part.weight());
			ArrayNode facts = node.putArray("facts");
			part.facts().forEach(facts::add);
		}
		return json.writeValueAsString(document);
	}

	List<Line> lines(Matching.Scored scored, int requestedAreas, Locale locale) {
		return lines(toJson(scored, requestedAreas), locale);
	}

	List<Line> lines(String stored, Locale locale) {
		JsonNode document = json.readTree(stored);
		int requested = document.path("requestedAreas").asInt();
		int total = 0;
		for (JsonNode part : document.path("parts")) {
			total += part.path("weight").asInt();
		}
		List<Line> lines = new ArrayList<>();
		for (JsonNode part : document.path("parts")) {
			MatchComponent component = MatchComponent.valueOf(part.path("component").asString());
			List<String> facts = new ArrayList<>();
			part.path("facts").forEach(f -> facts.add(f.asString()));
			double value = part.path("value").asDouble();
			int weight = part.path("weight").asInt();
			double points = total == 0 ? 0 : Math.round(1000.0 * value * weight / total) / 10.0;
			lines.add(new Line(component, text(component, facts, value, requested, locale), value, weight, points,
					points > 0 ? reason(component, facts, value, requested, locale) : null));
		}
		return lines;
	}

	/**
	 * The two or three strongest reasons for a candidate in one line: those that bring
	 * the most points, in words.
	 */
	String reasons(List<Line> lines, Locale locale) {
		String reasons = lines.stream()
			.filter(l -> l.reason() != null)
			.sorted(java.util.Comparator.comparingDouble(Line::points).reversed())
			.limit(REASONS)
			.map(Line::reason)
			.collect(Collectors.joining(" · "));
		return reasons.isEmpty() ? message("match.reasons.none", locale) : reasons;
	}

	/** The flags of a candidate being ranked, with the requester's name. */
	List<Flag> flags(Matching.Candidate candidate, String requester, Locale locale) {
		return flags(candidate.utility(), candidate.tie(), requester, locale);
	}

	/**
	 * The flags of a proposed match as they were when proposed (none for a match proposed
	 * before flags were kept).
	 */
	List<Flag> flags(String stored, String requester, Locale locale) {
		JsonNode document = json.readTree(stored);
		return flags(document.path("utility").asBoolean(true),
				Matching.RequesterTie.valueOf(document.path("tie").asString("NONE")), requester, locale);
	}

	private List<Flag> flags(boolean utility, Matching.RequesterTie tie, String requester, Locale locale) {
		List<Flag> flags = new ArrayList<>();
		if (tie != Matching.RequesterTie.NONE) {
			flags.add(new Flag(message("match.flag." + tie.name(), locale),
					message("match.flag." + tie.name() + ".explain", locale, requester)));
		}
		if (!utility) {
			flags.add(new Flag(message("match.flag.notUtility", locale),
					message("match.flag.notUtility.explain", locale)));
		}
		return flags;
	}

	/**
	 * What speaks for the mentor in a component, in a few words; null when nothing does.
	 */
	private @Nullable String reason(MatchComponent component, List<String> facts, double value, int requested,
			Locale locale) {
		String key = "match.reason." + component.name();
		return switch (component) {
			case COVERAGE -> facts.isEmpty() ? null : message(key, locale, facts.size(), requested);
			case LANGUAGE -> facts.isEmpty() ? null : message(key, locale,
					facts.stream().map(c -> languages.name(c, locale)).collect(Collectors.joining(", ")));
			case REGION -> switch (facts.get(0)) {
				case "NEIGHBOUR", "SAME", "SOUTH_SOUTH" -> message(key + "." + facts.get(0), locale, facts.get(2));
				default -> null;
			};
			case SIZE ->
				"null".equals(facts.get(0)) || "null".equals(facts.get(1)) || value < 0.5 ? null : message(key, locale);
			case TRACK_RECORD -> message(key, locale, facts.get(0), facts.get(1));
			case LOAD -> message(key, locale, facts.get(0), facts.get(1));
			case AVAILABILITY -> "true".equals(facts.get(0)) ? message(key, locale) : null;
		};
	}

	private String text(MatchComponent component, List<String> facts, double value, int requested, Locale locale) {
		String key = "match.explain." + component.name();
		return switch (component) {
			case COVERAGE -> facts.isEmpty() ? message(key + ".none", locale, requested)
					: message(key, locale, facts.size(), requested, areaNames(facts, locale));
			case LANGUAGE -> !facts.isEmpty()
					? message(key + ".shared", locale,
							facts.stream().map(c -> languages.name(c, locale)).collect(Collectors.joining(", ")))
					: message(key + (value > 0 ? ".unknown" : ".none"), locale);
			case REGION -> message(key + "." + facts.get(0), locale,
					reference.platform(facts.get(1)).map(p -> p.shortName()).orElse("–"), facts.get(2));
			case SIZE -> "null".equals(facts.get(0)) || "null".equals(facts.get(1)) ? message(key + ".unknown", locale)
					: message(key, locale, number(facts.get(0), locale), number(facts.get(1), locale));
			case TRACK_RECORD -> "0".equals(facts.get(2)) ? message(key, locale, facts.get(0), facts.get(1))
					: message(key + ".nearby", locale, facts.get(0), facts.get(1), facts.get(2), facts.get(3));
			case LOAD -> message(key, locale, facts.get(0), facts.get(1));
			case AVAILABILITY -> message(key + "." + facts.get(0), locale);
		};
	}

	private String areaNames(List<String> codes, Locale locale) {
		return codes.stream()
			.map(code -> reference.workingArea(code).map(a -> a.name().in(locale)).orElse(code))
			.collect(Collectors.joining("; "));
	}

	private static String number(String text, Locale locale) {
		try {
			return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
