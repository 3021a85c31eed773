package org.wopplatform.reporting.opendata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One published partnership as the open-data API gives it. The component names are the
 * JSON field names: changing one breaks the API's users, so add fields rather than rename
 * them. Dates are partial ("2018", "2018-06" or "2018-06-30"); codes are the platform's
 * (status, kind, roles, working areas) or published ones (ISO countries, SDG targets).
 */
public record OpenPartnership(long id, String referenceCode, String title, @Nullable String description, String status,
		String kind, @Nullable String plannedStart, @Nullable String plannedEnd, @Nullable String actualStart,
		@Nullable String actualEnd, @Nullable CodeAndName regionalPlatform, @Nullable CodeAndName fundingProgramme,
		@Nullable Budget budget, List<Participant> participants, List<String> workingAreas, List<String> sdgTargets,
		String url) {

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

}
