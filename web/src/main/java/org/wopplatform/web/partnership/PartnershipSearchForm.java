package org.wopplatform.web.partnership;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.persistence.partnership.LateFilter;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;

/**
 * The filters as they come in the address (all text, so that no address fails to bind).
 * Unknown codes and odd values are dropped rather than refused: a shared or old link
 * still opens.
 */
public class PartnershipSearchForm {

	private @Nullable String q;

	private @Nullable String platform;

	private @Nullable String country;

	private @Nullable String status;

	private @Nullable String area;

	private @Nullable String target;

	private @Nullable String programme;

	private @Nullable String year;

	private @Nullable String sort;

	/** "overdue" or "inactive": partnerships late with their reports (signed-in only). */
	private @Nullable String reporting;

	PartnershipSearch toSearch(ReferenceData reference) {
		return toSearch(reference, null);
	}

	/**
	 * @param late how to find late partnerships, or null when the reader may not filter
	 * by lateness (the public)
	 */
	PartnershipSearch toSearch(ReferenceData reference,
			java.util.function.@Nullable Function<Standing, LateFilter> late) {
		return new PartnershipSearch(q == null || q.isBlank() ? null : q.strip(),
				known(platform, reference.platform(nonNull(platform)).isPresent()),
				known(upper(country), reference.country(nonNull(upper(country))).isPresent()), status(),
				known(area, reference.workingArea(nonNull(area)).isPresent()),
				known(target, reference.target(nonNull(target)).isPresent()),
				known(programme, reference.programme(nonNull(programme)).isPresent()), year(), null, sortOrder(),
				late == null ? null : standing().map(late).orElse(null));
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

	java.util.Optional<Standing> standing() {
		for (Standing candidate : new Standing[] { Standing.OVERDUE, Standing.INACTIVE }) {
			if (candidate.name().equalsIgnoreCase(nonNull(reporting).strip())) {
				return java.util.Optional.of(candidate);
			}
		}
		return java.util.Optional.empty();
	}

	private @Nullable PartnershipStatus status() {
		for (PartnershipStatus candidate : PartnershipStatus.values()) {
			if (candidate.name().equalsIgnoreCase(nonNull(status).strip())) {
				return candidate;
			}
		}
		return null;
	}

	private @Nullable Integer year() {
		try {
			int value = Integer.parseInt(nonNull(year).strip());
			return value >= 1900 && value <= 2200 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private PartnershipSearch.Sort sortOrder() {
		for (PartnershipSearch.Sort candidate : PartnershipSearch.Sort.values()) {
			if (candidate.name().equalsIgnoreCase(nonNull(sort).strip())) {
				return candidate;
			}
		}
		return PartnershipSearch.Sort.TITLE;
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable String getPlatform() {
		return platform;
	}

	public void setPlatform(@Nullable String platform) {
		this.platform = platform;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getStatus() {
		return status;
	}

	public void setStatus(@Nullable String status) {
		this.status = status;
	}

	public @Nullable String getArea() {
		return area;
	}

	public void setArea(@Nullable String area) {
		this.area = area;
	}

	public @Nullable String getTarget() {
		return target;
	}

	public void setTarget(@Nullable String target) {
		this.target = target;
	}

	public @Nullable String getProgramme() {
		return programme;
	}

	public void setProgramme(@Nullable String programme) {
		this.programme = programme;
	}

	public @Nullable String getYear() {
		return year;
	}

	public void setYear(@Nullable String year) {
		this.year = year;
	}

	public @Nullable String getReporting() {
		return reporting;
	}

	public void setReporting(@Nullable String reporting) {
		this.reporting = reporting;
	}

	public @Nullable String getSort() {
		return sort;
	}

	public void setSort(@Nullable String sort) {
		this.sort = sort;
	}

}
