package org.wopplatform.persistence.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GWOPA's UN SDG partnership record (#SDGAction25745) as the registry page shows it, read
 * from the project's copy of the page text, so that tests compare the database with the
 * original.
 */
record SeedRecord(String description, List<String> partners, Map<String, String> targets,
		List<Deliverable> deliverables, Map<String, String> resources, int startYear, String end, String contact) {

	record Deliverable(int year, String title) {
	}

	private static final Pattern TARGET = Pattern.compile("^(\\d+\\.[0-9a-z]+) - (.+)$");

	private static final Pattern TIME_FRAME = Pattern.compile("^Time-frame: (\\d{4}) - (.+)$");

	static SeedRecord read() {
		try (InputStream in = SeedRecord.class.getResourceAsStream("/seeds/sdg-action-25745.txt")) {
			return parse(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SeedRecord parse(List<String> lines) {
		String description = nextText(lines, "Description/achievement of initiative");
		List<String> partners = List.of(nextText(lines, "Partner(s)").split(", "));
		Map<String, String> targets = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher m = TARGET.matcher(line);
			if (m.matches()) {
				targets.put(m.group(1), m.group(2));
			}
		}
		List<Deliverable> deliverables = new ArrayList<>();
		int i = lines.indexOf("Data, monitoring and accountability") + 1;
		while (lines.get(i).matches("\\d{4}")) {
			deliverables.add(new Deliverable(Integer.parseInt(lines.get(i)), lines.get(i + 1)));
			i += 2;
		}
		Map<String, String> resources = new LinkedHashMap<>();
		resources.put("Staff / Technical expertise", nextText(lines, "Staff / Technical expertise"));
		resources.put("In-kind contribution", nextText(lines, "In-kind contribution"));
		Matcher timeFrame = lines.stream().map(TIME_FRAME::matcher).filter(Matcher::matches).findFirst().orElseThrow();
		return new SeedRecord(description, partners, targets, deliverables, resources,
				Integer.parseInt(timeFrame.group(1)), timeFrame.group(2), nextText(lines, "Contact information"));
	}

	/** The first non-blank line after the first line equal to {@code heading}. */
	private static String nextText(List<String> lines, String heading) {
		int i = lines.indexOf(heading) + 1;
		if (i == 0) {
			throw new IllegalStateException("No heading " + heading + " in the seed record");
		}
		while (lines.get(i).isBlank()) {
			i++;
		}
		return lines.get(i).strip();
	}

}
