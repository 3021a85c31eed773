package org.wopplatform.persistence.partnership;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.Health;

/**
 * The filters of the partnership search, all optional: free text (title, reference code,
 * partner names), regional platform, country of a participant, status, working area, SDG
 * target, funding programme, year in which the partnership was active, one participating
 * organisation, lateness with reports or with the work plan (inactive for everyone, the
 * rest for signed-in readers), and the health of the latest approved progress report.
 */
public record PartnershipSearch(@Nullable String text, @Nullable String platform, @Nullable String country,
		@Nullable PartnershipStatus status, @Nullable String workingArea, @Nullable String sdgTarget,
		@Nullable String programme, @Nullable Integer year, @Nullable Long organisation, Sort sort,
		@Nullable Lateness late, @Nullable Health health) {

	/** A search that does not filter on health. */
	public PartnershipSearch(@Nullable String text, @Nullable String platform, @Nullable String country,
			@Nullable PartnershipStatus status, @Nullable String workingArea, @Nullable String sdgTarget,
			@Nullable String programme, @Nullable Integer year, @Nullable Long organisation, Sort sort,
			@Nullable Lateness late) {
		this(text, platform, country, status, workingArea, sdgTarget, programme, year, organisation, sort, late, null);
	}

	/**
	 * Orders of the result list; every order ends with the id so that pages never
	 * overlap.
	 */
	public enum Sort {

		TITLE("p.titleOrder, p.id"), NEWEST("coalesce(p.actualStart.date, p.plannedStart.date) desc nulls last, p.id"),
		OLDEST("coalesce(p.actualStart.date, p.plannedStart.date) asc nulls last, p.id"),
		STATUS("p.status, p.titleOrder, p.id");

		final String orderBy;

		Sort(String orderBy) {
			this.orderBy = orderBy;
		}

	}

	public static PartnershipSearch none() {
		return new PartnershipSearch(null, null, null, null, null, null, null, null, null, Sort.TITLE, null);
	}

	public PartnershipSearch withOrganisation(long organisationId) {
		return new PartnershipSearch(text, platform, country, status, workingArea, sdgTarget, programme, year,
				organisationId, sort, late, health);
	}

	public PartnershipSearch withSdgTarget(String code) {
		return new PartnershipSearch(text, platform, country, status, workingArea, code, programme, year, organisation,
				sort, late, health);
	}

	public PartnershipSearch withCountry(String code) {
		return new PartnershipSearch(text, platform, code, status, workingArea, sdgTarget, programme, year,
				organisation, sort, late, health);
	}

	public PartnershipSearch withPlatform(String code) {
		return new PartnershipSearch(text, code, country, status, workingArea, sdgTarget, programme, year, organisation,
				sort, late, health);
	}

}
