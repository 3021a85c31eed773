package org.wopplatform.persistence.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one year's report. {@link #counts()} maps each figure to the number of
 * partnerships it counts: {@code ACTIVE}, {@code STARTED}, {@code COMPLETED}, the same
 * per regional platform ({@code ACTIVE/WOP_AFRICA}), and active partnerships per working
 * area ({@code AREA/NRW}), SDG target ({@code TARGET/6.1}), funding programme
 * ({@code PROGRAMME/WATERWORX}, {@code PROGRAMME/-} for none) and status
 * ({@code STATUS/CLOSED}). The rest describes the active partnerships.
 */
public record AnnualFigures(int year, Map<String, Long> counts, Engagement engagement, List<Engagement> regions,
		People people, List<Contribution> contributions, List<Result> results, long improvedIndicators,
		List<Achieved> deliverables, long achievedDeliverables) {

	/**
	 * Utilities on the mentor and mentee sides and countries of all participants, for all
	 * platforms ({@code platform} empty) or one.
	 */
	public record Engagement(@Nullable String platform, long mentorUtilities, long menteeUtilities, long countries) {
	}

	/** People served by mentee utilities, summed over those whose figure is known. */
	public record People(long served, long utilitiesKnown, long utilitiesAll) {
	}

	/**
	 * Amounts stated for the active partnerships (their whole duration), per currency and
	 * category.
	 */
	public record Contribution(String currency, String category, BigDecimal amount) {
	}

	/**
	 * An indicator whose latest approved value (up to the year) is better than its
	 * baseline; {@code ofTotal} is how many such indicators there are in all.
	 */
	public record Result(long partnershipId, String partnership, String indicator, @Nullable String unit,
			BigDecimal baseline, BigDecimal latest, String period, long ofTotal) {
	}

	/**
	 * A deliverable due in the year and reported achieved; {@code ofTotal} is how many in
	 * all.
	 */
	public record Achieved(long partnershipId, String partnership, String deliverable, long ofTotal) {
	}

	public AnnualFigures {
		counts = counts == null ? Map.of() : counts;
		regions = regions == null ? List.of() : regions;
		contributions = contributions == null ? List.of() : contributions;
		results = results == null ? List.of() : results;
		deliverables = deliverables == null ? List.of() : deliverables;
		engagement = engagement == null ? new Engagement(null, 0, 0, 0) : engagement;
		people = people == null ? new People(0, 0, 0) : people;
	}

	public long count(String figure) {
		return counts.getOrDefault(figure, 0L);
	}

}
