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
 * ({@code STATUS/CLOSED}), and the partnerships behind the capacity figures (see
 * {@link Capacity}). The rest describes the active partnerships.
 */
public record AnnualFigures(int year, Map<String, Long> counts, Engagement engagement, List<Engagement> regions,
		People people, List<Contribution> contributions, List<Result> results, long improvedIndicators,
		List<Achieved> deliverables, long achievedDeliverables, Capacity capacity,
		List<Contribution> startedContributions, List<Contribution> spending) {

	/**
	 * The organisations of the active WOPs, for all platforms ({@code platform} empty) or
	 * one. Utilities engaged ({@code utilities}) are the distinct organisations on the
	 * mentor or the mentee side of at least one of them, whatever their type in the
	 * directory: {@code mentorSide}, {@code menteeSide}, {@code bothSides} (mentor in
	 * one, mentee in another); {@code otherOrganisations} take part only as funders,
	 * supporters or brokers. {@code menteeCountries} are the countries of the mentee
	 * side, {@code mentorCountries} of the mentor side. Kept with their first meaning:
	 * {@code mentorUtilities} and {@code menteeUtilities} (organisations typed as
	 * utilities on each side) and {@code countries} (countries of all participants).
	 */
	public record Engagement(@Nullable String platform, long mentorUtilities, long menteeUtilities, long countries,
			long utilities, long mentorSide, long menteeSide, long bothSides, long otherOrganisations,
			long menteeCountries, long mentorCountries) {

		static final Engagement NONE = new Engagement(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		/** The same figures as those of all platforms. */
		Engagement forAll() {
			return new Engagement(null, mentorUtilities, menteeUtilities, countries, utilities, mentorSide, menteeSide,
					bothSides, otherOrganisations, menteeCountries, mentorCountries);
		}

	}

	/** People served by mentee utilities, summed over those whose figure is known. */
	public record People(long served, long utilitiesKnown, long utilitiesAll) {
	}

	/**
	 * An amount per currency and category: in {@code contributions} committed to the WOPs
	 * under way in the year (their whole duration: never to be added up across years), in
	 * {@code startedContributions} committed by those that started in the year; category
	 * {@code BUDGET} is a partnership's stated budget. In {@code spending}, what approved
	 * reports of the year say was spent, per currency and budget-line kind (currency
	 * empty for staff-days).
	 */
	public record Contribution(String currency, String category, BigDecimal amount) {
	}

	/**
	 * An indicator whose latest approved value (up to the year) is better than its
	 * baseline; {@code ofTotal} is how many such indicators there are in all.
	 */
	public record Result(long partnershipId, String partnership, String indicator, @Nullable String unit,
			BigDecimal baseline, BigDecimal latest, String period, long ofTotal, boolean withdrawn) {

		public Result(long partnershipId, String partnership, String indicator, @Nullable String unit,
				BigDecimal baseline, BigDecimal latest, String period, long ofTotal) {
			this(partnershipId, partnership, indicator, unit, baseline, latest, period, ofTotal, false);
		}

		/** As shown once its partnership was withdrawn: without its title or id. */
		public Result withdrawnAs(String label) {
			return new Result(0, label, indicator, unit, baseline, latest, period, ofTotal, true);
		}

	}

	/**
	 * A deliverable due in the year and reported achieved; {@code ofTotal} is how many in
	 * all.
	 */
	public record Achieved(long partnershipId, String partnership, String deliverable, long ofTotal,
			boolean withdrawn) {

		public Achieved(long partnershipId, String partnership, String deliverable, long ofTotal) {
			this(partnershipId, partnership, deliverable, ofTotal, false);
		}

		/** As shown once its partnership was withdrawn: without its title or id. */
		public Achieved withdrawnAs(String label) {
			return new Achieved(0, label, deliverable, ofTotal, true);
		}

	}

	/**
	 * Capacity change in the year, counted in capacity dimensions (a dimension a
	 * partnership works on in one working area) whose result of the year (that of its
	 * latest approved report of the year) the active partnerships reported:
	 * {@code assessed} of them, {@code improved} with a positive degree of change, the
	 * improved ones by working area and category, by category, and all assessed ones by
	 * the stage they reached. Each carries how many partnerships it counts; their list is
	 * the figure's ({@code CAPACITY_ASSESSED}, {@code CAPACITY_IMPROVED},
	 * {@code CAPACITY_AREA/NRW/TRANSACTIONAL}, {@code CAPACITY_CATEGORY/INDIVIDUAL},
	 * {@code CAPACITY_STAGE/3}). A partnership's own dimensions form the category
	 * {@code CUSTOM}.
	 */
	public record Capacity(long assessed, long improved, List<Improved> byArea, List<Improved> byCategory,
			List<Stage> stages) {

		public Capacity {
			byArea = byArea == null ? List.of() : byArea;
			byCategory = byCategory == null ? List.of() : byCategory;
			stages = stages == null ? List.of() : stages;
		}

		static final Capacity NONE = new Capacity(0, 0, List.of(), List.of(), List.of());

	}

	/**
	 * Dimensions that changed positively, in a working area ({@code null} for all areas)
	 * and a category, and the partnerships they belong to.
	 */
	public record Improved(@Nullable String workingArea, String category, long dimensions, long partnerships) {
	}

	/** Dimensions whose result of the year is a stage, and their partnerships. */
	public record Stage(int stage, long dimensions, long partnerships) {
	}

	public AnnualFigures {
		counts = counts == null ? Map.of() : counts;
		regions = regions == null ? List.of() : regions;
		contributions = contributions == null ? List.of() : contributions;
		results = results == null ? List.of() : results;
		deliverables = deliverables == null ? List.of() : deliverables;
		startedContributions = startedContributions == null ? List.of() : startedContributions;
		spending = spending == null ? List.of() : spending;
		engagement = engagement == null ? Engagement.NONE : engagement;
		people = people == null ? new People(0, 0, 0) : people;
		capacity = capacity == null ? Capacity.NONE : capacity;
	}

	public long count(String figure) {
		return counts.getOrDefault(figure, 0L);
	}

}
