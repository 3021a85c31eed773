package org.wopplatform.domain.brokering;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.brokering.Matching.Candidate;
import org.wopplatform.domain.brokering.Matching.Request;
import org.wopplatform.domain.brokering.Matching.Scored;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The match score on small cases: each component moves the ranking the way its
 * explanation says, ties break the same way every time, and a mentor with no shared
 * language or no room left ranks below one that fits.
 */
class MatchingTests {

	private static final Request NEED_NRW_IN_EAST_AFRICA = new Request(1, Set.of("NRW", "ASSET_MGMT"),
			Set.of("en", "sw"), "WOP_AFRICA", true, 120_000L);

	/** A mentor that fits on every count; the tests change one fact at a time. */
	private static Candidate fitting(long id, String name) {
		return new Candidate(id, name, Set.of("NRW", "ASSET_MGMT"), Set.of("en"), "WOP_AFRICA", true, 150_000L,
				Set.of("NRW"), 2, 1, 0, 3, true);
	}

	private static List<String> names(List<Scored> ranked) {
		return ranked.stream().map(s -> s.candidate().name()).toList();
	}

	private static List<String> rank(Candidate... candidates) {
		return names(Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(candidates), MatchWeights.defaults()));
	}

	@Test
	void noSharedLanguageRanksBelowAMentorThatFits() {
		Candidate french = new Candidate(3, "A French-speaking mentor", Set.of("NRW", "ASSET_MGMT"), Set.of("fr"),
				"WOP_AFRICA", true, 150_000L, Set.of("NRW"), 2, 1, 0, 3, true);

		assertThat(rank(french, fitting(2, "B fits"))).containsExactly("B fits", "A French-speaking mentor");
		Scored scored = Matching.score(NEED_NRW_IN_EAST_AFRICA, french, MatchWeights.defaults());
		assertThat(scored.parts().get(MatchComponent.LANGUAGE.ordinal()).value()).isZero();
		assertThat(scored.parts().get(MatchComponent.LANGUAGE.ordinal()).facts()).isEmpty();
	}

	@Test
	void aMentorAtFullCapacityRanksBelowOneWithRoom() {
		Candidate full = new Candidate(3, "A busy mentor", Set.of("NRW", "ASSET_MGMT"), Set.of("en"), "WOP_AFRICA",
				true, 150_000L, Set.of("NRW"), 2, 1, 3, 3, true);

		assertThat(rank(full, fitting(2, "B fits"))).containsExactly("B fits", "A busy mentor");
		assertThat(Matching.score(NEED_NRW_IN_EAST_AFRICA, full, MatchWeights.defaults())
			.parts()
			.get(MatchComponent.LOAD.ordinal())
			.facts()).containsExactly("3", "3");
	}

	@Test
	void eachComponentMovesTheRankingItsWay() {
		Candidate base = fitting(2, "Z base");
		Candidate lessCoverage = new Candidate(3, "A covers one area", Set.of("NRW"), Set.of("en"), "WOP_AFRICA", true,
				150_000L, Set.of("NRW"), 2, 1, 0, 3, true);
		Candidate otherRegion = new Candidate(4, "A from the North", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_SEE", false, 150_000L, Set.of("NRW"), 2, 1, 0, 3, true);
		Candidate southSouth = new Candidate(5, "A from Asia", Set.of("NRW", "ASSET_MGMT"), Set.of("en"), "WATERLINKS",
				true, 150_000L, Set.of("NRW"), 2, 1, 0, 3, true);
		Candidate muchLarger = new Candidate(6, "A much larger", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_AFRICA", true, 3_000_000L, Set.of("NRW"), 2, 1, 0, 3, true);
		Candidate noRecord = new Candidate(7, "A without record", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_AFRICA", true, 150_000L, Set.of(), 0, 0, 0, 3, true);
		Candidate unavailable = new Candidate(8, "A unavailable", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_AFRICA", true, 150_000L, Set.of("NRW"), 2, 1, 0, 3, false);

		for (Candidate worse : List.of(lessCoverage, otherRegion, muchLarger, noRecord, unavailable)) {
			assertThat(rank(worse, base)).as(worse.name()).containsExactly("Z base", worse.name());
		}
		assertThat(rank(otherRegion, southSouth)).as("South–South before North–South")
			.containsExactly("A from Asia", "A from the North");
	}

	@Test
	void weightsDecideAndAZeroWeightIgnoresItsComponent() {
		Candidate speaksButNoRecord = new Candidate(3, "Speaks, no record", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_AFRICA", true, 150_000L, Set.of(), 0, 0, 0, 3, true);
		Candidate recordButFrench = new Candidate(4, "Record, French", Set.of("NRW", "ASSET_MGMT"), Set.of("fr"),
				"WOP_AFRICA", true, 150_000L, Set.of("NRW"), 3, 2, 0, 3, true);
		MatchWeights recordOnly = new MatchWeights(Map.of(MatchComponent.TRACK_RECORD, 10));
		MatchWeights languageOnly = new MatchWeights(Map.of(MatchComponent.LANGUAGE, 10));

		assertThat(
				names(Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(speaksButNoRecord, recordButFrench), recordOnly)))
			.containsExactly("Record, French", "Speaks, no record");
		assertThat(names(
				Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(speaksButNoRecord, recordButFrench), languageOnly)))
			.containsExactly("Speaks, no record", "Record, French");
		assertThat(Matching.score(NEED_NRW_IN_EAST_AFRICA, recordButFrench, recordOnly).score()).isEqualTo(100.0);
	}

	@Test
	void tiesBreakByNameThenIdAndTheRequesterIsNeverItsOwnMentor() {
		Candidate second = fitting(9, "Same score");
		Candidate first = fitting(4, "Same score");
		Candidate alpha = fitting(12, "Alpha");
		Candidate self = fitting(1, "The mentee itself");

		List<Scored> ranked = Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(second, self, first, alpha),
				MatchWeights.defaults());

		assertThat(ranked).extracting(s -> s.candidate().organisationId()).containsExactly(12L, 4L, 9L);
		assertThat(Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(alpha, first, second), MatchWeights.defaults()))
			.isEqualTo(ranked);
	}

	@Test
	void aMentorWhoseOfferLeavesOutTheRegionRanksBelowOneWhoWorksThere() {
		Candidate elsewhere = new Candidate(3, "A works in Asia only", Set.of("NRW", "ASSET_MGMT"), Set.of("en"),
				"WOP_AFRICA", true, 150_000L, Set.of("NRW"), 2, 1, 0, 3, true, Set.of("WATERLINKS"));
		Candidate here = new Candidate(4, "B works in Africa", Set.of("NRW", "ASSET_MGMT"), Set.of("en"), "WOP_AFRICA",
				true, 150_000L, Set.of("NRW"), 2, 1, 0, 3, true, Set.of("WOP_AFRICA"));

		assertThat(rank(elsewhere, here)).containsExactly("B works in Africa", "A works in Asia only");
		Matching.Part region = Matching.score(NEED_NRW_IN_EAST_AFRICA, elsewhere, MatchWeights.defaults())
			.parts()
			.get(MatchComponent.REGION.ordinal());
		assertThat(region.value()).isZero();
		assertThat(region.facts()).first().isEqualTo("OUTSIDE_OFFER");
	}

	/**
	 * The fitting mentor, as an organisation of another kind or tied to the requester.
	 */
	private static Candidate fitting(long id, String name, boolean utility, Matching.RequesterTie tie) {
		return new Candidate(id, name, Set.of("NRW", "ASSET_MGMT"), Set.of("en"), "WOP_AFRICA", true, 150_000L,
				Set.of("NRW"), 2, 1, 0, 3, true, Set.of(), null, 0, utility, tie);
	}

	@Test
	void anOrganisationThatIsNotAUtilityComesAfterEveryUtilityWhateverItsScore() {
		Candidate laboratory = fitting(3, "A water laboratory", false, Matching.RequesterTie.NONE);
		Candidate weakUtility = new Candidate(4, "Z utility covering one area", Set.of("NRW"), Set.of("fr"), "WOP_SEE",
				false, 3_000_000L, Set.of(), 0, 0, 3, 3, false);

		List<Scored> ranked = Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(laboratory, weakUtility),
				MatchWeights.defaults());

		assertThat(names(ranked)).containsExactly("Z utility covering one area", "A water laboratory");
		assertThat(ranked.get(1).score()).as("its score is kept").isGreaterThan(ranked.get(0).score());
	}

	@Test
	void aMentorOfTheRequesterStaysInTheListWithItsScore() {
		Candidate mentor = fitting(3, "A mentors it now", true, Matching.RequesterTie.MENTORS_NOW);

		List<Scored> ranked = Matching.rank(NEED_NRW_IN_EAST_AFRICA, List.of(fitting(2, "B fits"), mentor),
				MatchWeights.defaults());

		assertThat(names(ranked)).containsExactly("A mentors it now", "B fits");
		assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
		assertThat(ranked.get(0).candidate().tie()).isEqualTo(Matching.RequesterTie.MENTORS_NOW);
	}

}
