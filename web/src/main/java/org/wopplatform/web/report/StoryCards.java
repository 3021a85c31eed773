package org.wopplatform.web.report;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.report.AnnualReport;
import org.wopplatform.domain.report.Story;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.report.StoryMaterial;
import org.wopplatform.persistence.report.StoryRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's stories as cards, as a publication shows them: the story in the reader's
 * language (or its original, marked with its language), mentor → mentee, the countries,
 * the years, the working areas as tags, the picture with its caption and credit, the pull
 * quote and a link to the record. Two statements whatever the number of stories; the PDF
 * reads the pictures' bytes in one more, to embed them.
 */
@Component
public class StoryCards {

	private final StoryRepository stories;

	private final StoryMaterial material;

	private final ReferenceData reference;

	StoryCards(StoryRepository stories, StoryMaterial material, ReferenceData reference) {
		this.stories = stories;
		this.material = material;
		this.reference = reference;
	}

	/** A story as a card. */
	public record Card(long storyId, long partnershipId, Story.Told told, @Nullable String quote, String mentors,
			String mentees, List<String> countries, @Nullable String years, List<String> areas,
			StoryMaterial.@Nullable PictureInfo picture, @Nullable String pictureData) {

		public boolean hasPicture() {
			return picture != null;
		}

	}

	/** The cards of a report's stories, in order, keyed by story id. */
	@Transactional(readOnly = true)
	public Map<Long, Card> of(AnnualReport report, Locale locale, boolean embedPictures) {
		List<Story> chosen = stories.findByReport(Objects.requireNonNull(report.id()));
		Map<Long, StoryMaterial.Facts> facts = material.facts(chosen.stream().map(Story::partnershipId).toList());
		List<Long> ids = chosen.stream().map(s -> Objects.requireNonNull(s.id())).toList();
		Map<Long, StoryMaterial.PictureInfo> pictures = material.pictures(ids);
		// The PDF embeds the pictures: their bytes, read in one statement with the rest.
		Map<Long, StoryMaterial.Picture> contents = embedPictures ? material.pictureContents(ids) : Map.of();
		Map<Long, Card> cards = new LinkedHashMap<>();
		for (Story story : chosen) {
			long id = Objects.requireNonNull(story.id());
			StoryMaterial.Facts f = facts.getOrDefault(story.partnershipId(),
					new StoryMaterial.Facts("", "", List.of(), null, null, List.of(), false));
			// A record withdrawn from the public since shows nothing of itself, picture
			// included.
			StoryMaterial.PictureInfo picture = f.published() ? pictures.get(id) : null;
			StoryMaterial.Picture content = picture == null ? null : contents.get(id);
			String data = content == null ? null : "data:" + content.mediaType() + ";base64,"
					+ Base64.getEncoder().encodeToString(content.content());
			List<String> countries = f.countries()
				.stream()
				.map(code -> reference.country(code).map(c -> c.name().in(locale)).orElse(code))
				.sorted()
				.toList();
			List<String> areas = f.areas()
				.stream()
				.map(code -> reference.workingArea(code).map(w -> w.name().in(locale)).orElse(code))
				.toList();
			String years = f.fromYear() == null ? null : f.toYear() == null ? f.fromYear() + "–"
					: f.fromYear().equals(f.toYear()) ? f.fromYear().toString() : f.fromYear() + "–" + f.toYear();
			cards.put(id, new Card(id, story.partnershipId(), story.in(locale), story.quote(), f.mentors(), f.mentees(),
					countries, years, areas, picture, data));
		}
		return cards;
	}

}
