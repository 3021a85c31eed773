package org.wopplatform.web.opendata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The API's query parameters, named as on the search page (q, platform, country, status,
 * area, target, programme, year, sort) plus page and size. Unlike the search page, which
 * drops what it does not know so that old links still open, the API refuses an unknown
 * code or an odd number: a caller's typo must not silently return everything. A blank
 * parameter counts as absent.
 */
public class ApiFilters {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	static final int MAX_PAGE = 100_000;

	private @Nullable String q;

	private @Nullable String platform;

	private @Nullable String country;

	private @Nullable String status;

	private @Nullable String area;

	private @Nullable String target;

	private @Nullable String programme;

	private @Nullable String year;

	private @Nullable String sort;

	private @Nullable String page;

	private @Nullable String size;

	PartnershipSearch toSearch(ReferenceData reference) {
		return new PartnershipSearch(blank(q) ? null : q.strip(),
				code("platform", upper(platform), c -> reference.platform(c).isPresent()),
				code("country", upper(country), c -> reference.country(c).isPresent()), status(),
				code("area", upper(area), c -> reference.workingArea(c).isPresent()),
				code("target", blank(target) ? null : target.strip().toLowerCase(Locale.ROOT),
						c -> reference.target(c).isPresent()),
				code("programme", upper(programme), c -> reference.programme(c).isPresent()),
				number("year", year, 1900, 2200), null, sortOrder(), null);
	}

	Pageable pageable() {
		int number = Objects.requireNonNullElse(number("page", page, 1, MAX_PAGE), 1);
		return PageRequest.of(number - 1, Objects.requireNonNullElse(number("size", size, 1, MAX_SIZE), DEFAULT_SIZE));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable String upper(@Nullable String value) {
		return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String code(String name, @Nullable String code, Predicate<String> exists) {
		if (code != null && !exists.test(code)) {
			throw new BadApiRequest("Unknown " + name + " '" + code + "'");
		}
		return code;
	}

	private @Nullable PartnershipStatus status() {
		if (blank(status)) {
			return null;
		}
		return Arrays.stream(PartnershipStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(status.strip()))
			.findFirst()
			.orElseThrow(() -> new BadApiRequest(
					"Unknown status '" + status.strip() + "': one of " + Arrays.toString(PartnershipStatus.values())));
	}

	private PartnershipSearch.Sort sortOrder() {
		if (blank(sort)) {
			return PartnershipSearch.Sort.TITLE;
		}
		return Arrays.stream(PartnershipSearch.Sort.values())
			.filter(s -> s.name().equalsIgnoreCase(sort.strip()))
			.findFirst()
			.orElseThrow(() -> new BadApiRequest(
					"Unknown sort '" + sort.strip() + "': one of title, newest, oldest, status"));
	}

	/** The number, or null when the parameter is absent. */
	private static @Nullable Integer number(String name, @Nullable String value, int min, int max) {
		if (blank(value)) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadApiRequest(
				name + " must be a whole number from " + min + " to " + max + ", not '" + value.strip() + "'");
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

	public @Nullable String getSort() {
		return sort;
	}

	public void setSort(@Nullable String sort) {
		this.sort = sort;
	}

	public @Nullable String getPage() {
		return page;
	}

	public void setPage(@Nullable String page) {
		this.page = page;
	}

	public @Nullable String getSize() {
		return size;
	}

	public void setSize(@Nullable String size) {
		this.size = size;
	}

}
