package org.wopplatform.domain.brokering;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each component counts (0–10 each, at least one above 0), set by the
 * secretariat; shown in every explanation.
 */
public record MatchWeights(Map<MatchComponent, Integer> weights) {

	public MatchWeights {
		EnumMap<MatchComponent, Integer> copy = new EnumMap<>(MatchComponent.class);
		for (MatchComponent component : MatchComponent.values()) {
			int weight = weights.getOrDefault(component, 0);
			if (weight < 0 || weight > 10) {
				throw new IllegalArgumentException("A weight lies between 0 and 10: " + component + "=" + weight);
			}
			copy.put(component, weight);
		}
		if (copy.values().stream().allMatch(w -> w == 0)) {
			throw new IllegalArgumentException("At least one component must count");
		}
		weights = Map.copyOf(copy);
	}

	/**
	 * Coverage and language matter most, then track record, region, load, availability,
	 * size.
	 */
	public static MatchWeights defaults() {
		return new MatchWeights(Map.of(MatchComponent.COVERAGE, 5, MatchComponent.LANGUAGE, 4,
				MatchComponent.TRACK_RECORD, 3, MatchComponent.REGION, 2, MatchComponent.LOAD, 2,
				MatchComponent.AVAILABILITY, 1, MatchComponent.SIZE, 1));
	}

	public int of(MatchComponent component) {
		return weights.get(component);
	}

	int total() {
		return weights.values().stream().mapToInt(Integer::intValue).sum();
	}

}
