package org.wopplatform.web.partnership;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the partnership search as they come in an address, all text so that
 * every address binds: q, platform, country, status, area, target, programme, year and
 * sort. The search page ({@link PartnershipSearchForm}) and the open-data API read the
 * same names; each decides what an unknown code means (dropped, or refused).
 */
public class SearchFilters implements java.io.Serializable {

	private @Nullable String q;

	private @Nullable String platform;

	private @Nullable String country;

	private @Nullable String status;

	private @Nullable String area;

	private @Nullable String target;

	private @Nullable String programme;

	private @Nullable String year;

	private @Nullable String sort;

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

	public @Nullable String getSort() {
		return sort;
	}

	public void setSort(@Nullable String sort) {
		this.sort = sort;
	}

}
