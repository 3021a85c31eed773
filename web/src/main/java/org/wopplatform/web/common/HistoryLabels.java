package org.wopplatform.web.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the audit trail in the reader's language: a stored field name ("healthReason",
 * "indicator 1000 comment") as its label from {@code history.field.*}, and a stored value
 * as the page shows it (codes as their names, numbers and dates in the reader's format,
 * yes/no). A field without a label is shown as stored, which {@code HistoryLabelsTests}
 * refuses. Used from templates as {@code @historyLabels}.
 */
@Component("historyLabels")
public class HistoryLabels {

	/** Field names with a part that varies: the key of their label and its arguments. */
	private record Shape(Pattern pattern, String key) {
	}

	private static final List<Shape> SHAPES = List.of(
			new Shape(Pattern.compile("indicator (\\S+) comment"), "history.field.indicator.comment"),
			new Shape(Pattern.compile("spending, budget line (\\S+)"), "history.field.spending.item"),
			new Shape(Pattern.compile("capacity (\\S+) ([A-Z_]+)"), "history.field.capacity.item"),
			new Shape(Pattern.compile("practice ([A-Z_]+) suggestions"), "history.field.practice.suggestions"),
			new Shape(Pattern.compile("practice ([A-Z_]+) (\\S+)"), "history.field.practice.item"),
			new Shape(Pattern.compile("(indicator|deliverable|activity|output|need|strength) (.+)"),
					"history.field.%s.item"));

	/** Where the name of a code is found, by the field it is the value of. */
	private static final Map<String, List<String>> CODES = Map.ofEntries(
			Map.entry("status",
					List.of("partnership.status", "report.status", "activity.status", "request.status", "offer.status",
							"deliverable.status", "match.stage")),
			Map.entry("health", List.of("report.health")), Map.entry("stage", List.of("match.stage")),
			Map.entry("urgency", List.of("request.urgency")), Map.entry("agreement", List.of("match.kind")),
			Map.entry("reportingCadence", List.of("report.cadence")), Map.entry("type", List.of("organisation.type")),
			Map.entry("role", List.of("account.role")), Map.entry("deliverable", List.of("deliverable.status")),
			Map.entry("activity", List.of("activity.status")),
			Map.entry("betterDirection", List.of("referenceList.option.betterDirection")),
			Map.entry("category", List.of("referenceList.option.category")),
			Map.entry("side", List.of("referenceList.option.side")));

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");

	/** A number, or an amount with its currency ("USD 250000.50"). */
	private static final Pattern NUMBER = Pattern.compile("([A-Z]{3} )?(-?(?:0|[1-9]\\d*)(?:\\.\\d+)?)");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	HistoryLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label of a stored field name, or the name itself when it has none. */
	public String field(String stored, Locale locale) {
		// "story picture" is looked up as history.field.story_picture
		String label = message("history.field." + stored.replaceAll("[^A-Za-z0-9]+", "_"), locale);
		if (label != null) {
			return label;
		}
		String component = message("match.component." + stored, locale);
		if (component != null) {
			return component;
		}
		for (Shape shape : SHAPES) {
			Matcher m = shape.pattern().matcher(stored);
			if (m.matches()) {
				return shaped(stored, shape, m, locale);
			}
		}
		return stored;
	}

	private String shaped(String stored, Shape shape, Matcher m, Locale locale) {
		String key = shape.key();
		Object[] args;
		if (key.contains("%s")) {
			key = key.formatted(m.group(1));
			args = new Object[] { reference(m.group(2)) };
		}
		else {
			args = new Object[m.groupCount()];
			for (int i = 0; i < args.length; i++) {
				String part = m.group(i + 1);
				String side = CODE.matcher(part).matches() ? message("capacity.side." + part, locale) : null;
				args[i] = side != null ? side : reference(part);
			}
		}
		String label = messages.getMessage(key, args, "", locale);
		return label == null || label.isEmpty() ? stored : label;
	}

	/** An id as "#1000"; a name or code as it is. */
	private static String reference(String part) {
		return part.chars().allMatch(Character::isDigit) ? "#" + part : part;
	}

	/** A stored value as the page shows it; "–" when there was none. */
	public String value(String field, @Nullable String stored, Locale locale) {
		if (stored == null || stored.isEmpty()) {
			return "–";
		}
		if (stored.equals("true") || stored.equals("false")) {
			return messages.getMessage("history.value." + stored, null, stored, locale);
		}
		if (DATE.matcher(stored).matches()) {
			try {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(locale)
					.format(LocalDate.parse(stored));
			}
			catch (RuntimeException ex) {
				return stored;
			}
		}
		Matcher number = NUMBER.matcher(stored);
		if (number.matches()) {
			String currency = number.group(1);
			return (currency == null ? "" : currency) + number(new BigDecimal(number.group(2)), locale);
		}
		List<String> places = CODES.get(field.split(" ", 2)[0]);
		if (places != null) {
			// a code, or a code followed by more ("UNDER_WAY 50 %")
			String[] parts = stored.split(" ", 2);
			String name = code(places, parts[0], locale);
			if (name != null) {
				return parts.length == 1 ? name : name + " " + parts[1];
			}
		}
		return stored;
	}

	private @Nullable String code(List<String> places, String code, Locale locale) {
		if (!CODE.matcher(code).matches()) {
			return null;
		}
		for (String place : places) {
			String name = message(place + "." + code, locale);
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	/**
	 * A number in the reader's format: as many decimals as it has (amounts keep their
	 * cents, trailing zeros past them go), thousands grouped from 10,000 (so a year stays
	 * 2024).
	 */
	private static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int scale = Math.max(0, value.scale() <= 2 ? value.scale() : value.stripTrailingZeros().scale());
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		format.setGroupingUsed(value.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
		return format.format(value);
	}

	private @Nullable String message(String key, Locale locale) {
		String text = messages.getMessage(key, null, "", locale);
		return text == null || text.isEmpty() ? null : text;
	}

}
