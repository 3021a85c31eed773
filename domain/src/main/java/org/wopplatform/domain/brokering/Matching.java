package org.wopplatform.domain.brokering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Ranks candidate mentors for a support request. A pure, deterministic function: the same
 * request, candidates and weights always give the same order: utilities first, then
 * organisations that are not utilities, each by score; equal scores are ordered by name,
 * then id. Each part of a score carries the facts it was computed from, so the page can
 * explain it in plain words.
 */
public final class Matching {

	/**
	 * Active partnerships as mentor beyond which a mentor with no stated capacity is
	 * full.
	 */
	public static final int DEFAULT_CAPACITY = 3;

	/**
	 * Completed partnerships in the requested areas that earn the full track-record part.
	 */
	static final int FULL_RECORD = 3;

	private Matching() {
	}

	/**
	 * What the mentee asks for.
	 *
	 * @param region the regional platform brokering the request
	 * @param size people served by the mentee, when known
	 * @param subregion the UN M49 sub-region of the mentee's country (e.g. "Eastern
	 * Africa"), when known
	 */
	public record Request(long organisationId, Set<String> areas, Set<String> languages, @Nullable String region,
			boolean globalSouth, @Nullable Long size, @Nullable String subregion) {

		public Request(long organisationId, Set<String> areas, Set<String> languages, @Nullable String region,
				boolean globalSouth, @Nullable Long size) {
			this(organisationId, areas, languages, region, globalSouth, size, null);
		}

	}

	/**
	 * A possible mentor with the facts matching uses.
	 *
	 * @param languages empty when unknown (no offer stating them)
	 * @param capacity partnerships it can mentor at once, or null for the default
	 * @param region the regional platform covering the mentor's country, if any
	 * @param available an open offer whose window includes today
	 * @param workRegions regional platforms the mentor's offer says it works in (empty:
	 * anywhere)
	 * @param subregion the UN M49 sub-region of the mentor's country, when known
	 * @param completedNearby of the completed partnerships in the requested areas, those
	 * whose mentee lies in the requester's sub-region: documented mentoring "there"
	 * @param utility whether the candidate is a water or sanitation utility (organisation
	 * type UTILITY), not a laboratory, consultancy, association...
	 * @param tie whether the candidate is, or was, on the mentor side of a partnership
	 * with the requester as mentee
	 */
	public record Candidate(long organisationId, String name, Set<String> strengths, Set<String> languages,
			@Nullable String region, boolean globalSouth, @Nullable Long size, Set<String> mentoredAreas,
			int completedInAreas, int improvementsInAreas, int activeAsMentor, @Nullable Integer capacity,
			boolean available, Set<String> workRegions, @Nullable String subregion, int completedNearby,
			boolean utility, RequesterTie tie) {

		/** A utility that has not mentored the requester. */
		public Candidate(long organisationId, String name, Set<String> strengths, Set<String> languages,
				@Nullable String region, boolean globalSouth, @Nullable Long size, Set<String> mentoredAreas,
				int completedInAreas, int improvementsInAreas, int activeAsMentor, @Nullable Integer capacity,
				boolean available, Set<String> workRegions, @Nullable String subregion, int completedNearby) {
			this(organisationId, name, strengths, languages, region, globalSouth, size, mentoredAreas, completedInAreas,
					improvementsInAreas, activeAsMentor, capacity, available, workRegions, subregion, completedNearby,
					true, RequesterTie.NONE);
		}

		/** A candidate whose sub-region and mentoring near the requester are unknown. */
		public Candidate(long organisationId, String name, Set<String> strengths, Set<String> languages,
				@Nullable String region, boolean globalSouth, @Nullable Long size, Set<String> mentoredAreas,
				int completedInAreas, int improvementsInAreas, int activeAsMentor, @Nullable Integer capacity,
				boolean available, Set<String> workRegions) {
			this(organisationId, name, strengths, languages, region, globalSouth, size, mentoredAreas, completedInAreas,
					improvementsInAreas, activeAsMentor, capacity, available, workRegions, null, 0);
		}

		/** A candidate whose offer, if any, does not limit the regions it works in. */
		public Candidate(long organisationId, String name, Set<String> strengths, Set<String> languages,
				@Nullable String region, boolean globalSouth, @Nullable Long size, Set<String> mentoredAreas,
				int completedInAreas, int improvementsInAreas, int activeAsMentor, @Nullable Integer capacity,
				boolean available) {
			this(organisationId, name, strengths, languages, region, globalSouth, size, mentoredAreas, completedInAreas,
					improvementsInAreas, activeAsMentor, capacity, available, Set.of());
		}

	}

	/** How the mentor stands to the request's region, the fact behind the region part. */
	public enum RegionFit {

		/** Both in the same UN M49 sub-region (e.g. Eastern Africa). */
		NEIGHBOUR,
		/** The mentor's country lies in the region of the request's platform. */
		SAME,
		/** Both in the Global South: South–South cooperation, which WOPs favour. */
		SOUTH_SOUTH,
		/** Another region, not South–South. */
		OTHER,
		/** The mentor's offer names the regions it works in, and this is not one. */
		OUTSIDE_OFFER

	}

	/**
	 * Whether a candidate is on the mentor side of a partnership in which the requester
	 * is a mentee. A cancelled partnership does not count: nothing was done together.
	 * Shown as a flag; it does not change the score, since continuing a partnership may
	 * be just what is needed, or a reason to look elsewhere: the broker decides.
	 */
	public enum RequesterTie {

		NONE,
		/** Only in partnerships now closed. */
		MENTORED_BEFORE,
		/** In a partnership in pipeline, under way, in finalisation or suspended. */
		MENTORS_NOW

	}

	/** One component of a score: its value (0–1), its weight, and the facts behind it. */
	public record Part(MatchComponent component, double value, int weight, List<String> facts) {
	}

	public record Scored(Candidate candidate, double score, List<Part> parts) {
	}

	public static List<Scored> rank(Request request, List<Candidate> candidates, MatchWeights weights) {
		List<Scored> scored = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (candidate.organisationId() != request.organisationId()) {
				scored.add(score(request, candidate, weights));
			}
		}
		// Mentoring in a WOP is utility to utility: an organisation that is not a utility
		// (a laboratory, a consultancy) keeps its score but comes after every utility.
		scored.sort(Comparator.comparing((Scored s) -> !s.candidate().utility())
			.thenComparing(Comparator.comparingDouble(Scored::score).reversed())
			.thenComparing(s -> s.candidate().name())
			.thenComparingLong(s -> s.candidate().organisationId()));
		return scored;
	}

	public static Scored score(Request request, Candidate candidate, MatchWeights weights) {
		List<Part> parts = new ArrayList<>();
		double sum = 0;
		for (MatchComponent component : MatchComponent.values()) {
			Part part = part(component, request, candidate, weights.of(component));
			parts.add(part);
			sum += part.value() * part.weight();
		}
		double score = Math.round(1000.0 * sum / weights.total()) / 10.0; // 0–100, one
																			// decimal
		return new Scored(candidate, score, List.copyOf(parts));
	}

	static RegionFit regionFit(Request request, Candidate candidate) {
		if (!candidate.workRegions().isEmpty()
				&& (request.region() == null || !candidate.workRegions().contains(request.region()))) {
			return RegionFit.OUTSIDE_OFFER;
		}
		if (request.subregion() != null && request.subregion().equals(candidate.subregion())) {
			return RegionFit.NEIGHBOUR;
		}
		if (request.region() != null && request.region().equals(candidate.region())) {
			return RegionFit.SAME;
		}
		return request.globalSouth() && candidate.globalSouth() ? RegionFit.SOUTH_SOUTH : RegionFit.OTHER;
	}

	private static Part part(MatchComponent component, Request request, Candidate candidate, int weight) {
		return switch (component) {
			case COVERAGE -> {
				List<String> covered = request.areas()
					.stream()
					.filter(a -> candidate.strengths().contains(a) || candidate.mentoredAreas().contains(a))
					.sorted()
					.toList();
				double value = request.areas().isEmpty() ? 0 : (double) covered.size() / request.areas().size();
				yield new Part(component, value, weight, covered);
			}
			case LANGUAGE -> {
				List<String> shared = request.languages()
					.stream()
					.filter(candidate.languages()::contains)
					.sorted()
					.toList();
				double value = !shared.isEmpty() ? 1 : candidate.languages().isEmpty() ? 0.5 : 0;
				yield new Part(component, value, weight, shared);
			}
			case REGION -> {
				RegionFit fit = regionFit(request, candidate);
				double value = switch (fit) {
					case NEIGHBOUR -> 1;
					case SAME -> 0.8;
					case SOUTH_SOUTH -> 0.6;
					case OTHER -> 0.2;
					case OUTSIDE_OFFER -> 0;
				};
				yield new Part(component, value, weight, List.of(fit.name(),
						candidate.region() == null ? "" : candidate.region(),
						fit == RegionFit.NEIGHBOUR && candidate.subregion() != null ? candidate.subregion() : ""));
			}
			case SIZE -> {
				Long a = request.size();
				Long b = candidate.size();
				double value = a == null || b == null || a <= 0 || b <= 0 ? 0.5
						: (double) Math.min(a, b) / Math.max(a, b);
				yield new Part(component, value, weight, List.of(String.valueOf(a), String.valueOf(b)));
			}
			case TRACK_RECORD -> {
				// Mentoring documented near the requester counts twice.
				double value = Math.min(1.0, (candidate.completedInAreas() + candidate.completedNearby()
						+ 0.5 * candidate.improvementsInAreas()) / FULL_RECORD);
				yield new Part(component, value, weight,
						List.of(Integer.toString(candidate.completedInAreas()),
								Integer.toString(candidate.improvementsInAreas()),
								Integer.toString(candidate.completedNearby()),
								request.subregion() == null ? "" : request.subregion()));
			}
			case LOAD -> {
				int capacity = candidate.capacity() == null ? DEFAULT_CAPACITY : Math.max(1, candidate.capacity());
				double value = Math.max(0, 1 - (double) candidate.activeAsMentor() / capacity);
				yield new Part(component, value, weight,
						List.of(Integer.toString(candidate.activeAsMentor()), Integer.toString(capacity)));
			}
			case AVAILABILITY -> new Part(component, candidate.available() ? 1 : 0.3, weight,
					List.of(Boolean.toString(candidate.available())));
		};
	}

}
