package org.wopplatform.reporting.opendata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One published partnership as the open-data API gives it. The component names are the
 * JSON field names: changing one breaks the API's users, so add fields rather than rename
 * them. Dates are partial ("2018", "2018-06" or "2018-06-30"); codes are the platform's
 * (status, kind, roles, working areas) or published ones (ISO countries, SDG targets).
 * {@code capacityResults} holds approved capacity results only.
 */
public record OpenPartnership(long id, String referenceCode, String title, @Nullable String description, String status,
		String kind, @Nullable String plannedStart, @Nullable String plannedEnd, @Nullable String actualStart,
		@Nullable String actualEnd, @Nullable CodeAndName regionalPlatform, @Nullable CodeAndName fundingProgramme,
		@Nullable Budget budget, List<Participant> participants, List<String> workingAreas, List<String> sdgTargets,
		String url, List<CapacityResult> capacityResults) {

	/** A reference-list entry: its code and its name. */
	public record CodeAndName(String code, String name) {
	}

	/** The budget: the amount as a decimal string (never a float), in its currency. */
	public record Budget(String amount, String currency) {
	}

	/**
	 * An organisation in the partnership: its role (LEAD_MENTOR...) and the side that
	 * role stands on (MENTOR, MENTEE or OTHER).
	 */
	public record Participant(long organisationId, String name, @Nullable String acronym, @Nullable String country,
			String role, String side) {
	}

	/**
	 * A capacity dimension the partnership works on in a working area, with its approved
	 * results: GWOPA's dimension (its code) or the partnership's own ({@code dimension}
	 * null, category CUSTOM), named in three languages; the baseline stage (1–4); whether
	 * the dimension and its assessments are illustrative demo data; and one entry per
	 * approved report period, oldest first.
	 */
	public record CapacityResult(String workingArea, @Nullable String dimension, Names name, String category,
			int baselineStage, boolean illustrative, List<CapacityPeriod> periods) {
	}

	/**
	 * An approved period's result: stage reached (1–4), degree of change (−2…+2), the
	 * WOP's contribution (0–2) and how it was agreed (BOTH_PARTNERS, ONE_PARTNER or
	 * AGREED_IN_REVIEW).
	 */
	public record CapacityPeriod(String period, int stage, int degree, int contribution, String consensus) {
	}

	/** A name in the platform's three languages. */
	public record Names(String en, String fr, String es) {
	}

}
