package org.wopplatform.web.partnership;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.persistence.partnership.Lateness;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;

/**
 * The filters as they come in the address (all text, so that no address fails to bind).
 * Unknown codes and odd values are dropped rather than refused: a shared or old link
 * still opens.
 */
public class PartnershipSearchForm extends SearchFilters {

	/**
	 * "overdue" or "inactive" (late with their reports) or "activities" (late with their
	 * work plan): signed-in readers only.
	 */
	private @Nullable String reporting;

	/** The health of the latest approved report: ON_TRACK, POTENTIAL_RISKS, ROADBLOCK. */
	private @Nullable String health;

	PartnershipSearch toSearch(ReferenceData reference) {
		return toSearch(reference, null);
	}

	/**
	 * @param late how to find late partnerships of a kind the filter names, or null when
	 * the reader may not filter by lateness (the public)
	 */
	PartnershipSearch toSearch(ReferenceData reference,
			java.util.function.@Nullable Function<String, @Nullable Lateness> late) {
		return new PartnershipSearch(getQ() == null || getQ().isBlank() ? null : getQ().strip(),
				known(getPlatform(), reference.platform(nonNull(getPlatform())).isPresent()),
				known(upper(getCountry()), reference.country(nonNull(upper(getCountry()))).isPresent()), status(),
				known(getArea(), reference.workingArea(nonNull(getArea())).isPresent()),
				known(getTarget(), reference.target(nonNull(getTarget())).isPresent()),
				known(getProgramme(), reference.programme(nonNull(getProgramme())).isPresent()), year(), null,
				sortOrder(), late == null || reporting == null ? null : late.apply(reporting), health());
	}

	private static @Nullable String known(@Nullable String code, boolean exists) {
		return code != null && !code.isBlank() && exists ? code : null;
	}

	private static String nonNull(@Nullable String code) {
		return code == null ? "" : code;
	}

	private static @Nullable String upper(@Nullable String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	private org.wopplatform.domain.progress.@Nullable Health health() {
		for (var candidate : org.wopplatform.domain.progress.Health.values()) {
			if (candidate.name().equalsIgnoreCase(nonNull(health).strip())) {
				return candidate;
			}
		}
		return null;
	}

	public @Nullable String getHealth() {
		return health;
	}

	public void setHealth(@Nullable String health) {
		this.health = health;
	}

	private @Nullable PartnershipStatus status() {
		for (PartnershipStatus candidate : PartnershipStatus.values()) {
			if (candidate.name().equalsIgnoreCase(nonNull(getStatus()).strip())) {
				return candidate;
			}
		}
		return null;
	}

	private @Nullable Integer year() {
		// (an empty or wrong year is not parsed: the exception's stack cost 1 % of a
		// search)
		String year = nonNull(getYear()).strip();
		if (year.length() != 4 || !year.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		int value = Integer.parseInt(year);
		return value >= 1900 && value <= 2200 ? value : null;
	}

	private PartnershipSearch.Sort sortOrder() {
		for (PartnershipSearch.Sort candidate : PartnershipSearch.Sort.values()) {
			if (candidate.name().equalsIgnoreCase(nonNull(getSort()).strip())) {
				return candidate;
			}
		}
		return PartnershipSearch.Sort.TITLE;
	}

	public @Nullable String getReporting() {
		return reporting;
	}

	public void setReporting(@Nullable String reporting) {
		this.reporting = reporting;
	}

}
