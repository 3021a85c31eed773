package org.wopplatform.web.opendata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.persistence.partnership.PartnershipListQueries;
import org.wopplatform.persistence.partnership.PartnershipSearch;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.web.partnership.SearchFilters;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The API's query parameters, named as on the search page (q, platform, country, status,
 * area, target, programme, year, sort) plus page and size. Unlike the search page, which
 * drops what it does not know so that old links still open, the API refuses an unknown
 * code or an odd number: a caller's typo must not silently return everything. A blank
 * parameter counts as absent. {@code after} reads a list in id order from an id on,
 * instead of by page number.
 */
public class ApiFilters extends SearchFilters {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	/**
	 * How far down a list a page number reaches: page × size at most this many
	 * partnerships. A page far down is cut from the list's order, kept in memory that far
	 * down until the data changes ({@link PartnershipListQueries#searchExactly});
	 * {@code after} reads on from an id at the cost of a first page, to the end of any
	 * list.
	 */
	static final int MAX_DEPTH = PartnershipListQueries.EXACT_DEPTH;

	/** The highest page number (of one partnership each). */
	static final int MAX_PAGE = MAX_DEPTH;

	private @Nullable String page;

	private @Nullable String after;

	private @Nullable String size;

	PartnershipSearch toSearch(ReferenceData reference) {
		return new PartnershipSearch(blank(getQ()) ? null : getQ().strip(),
				code("platform", upper(getPlatform()), c -> reference.platform(c).isPresent()),
				code("country", upper(getCountry()), c -> reference.country(c).isPresent()), status(),
				code("area", upper(getArea()), c -> reference.workingArea(c).isPresent()),
				code("target", blank(getTarget()) ? null : getTarget().strip().toLowerCase(Locale.ROOT),
						c -> reference.target(c).isPresent()),
				code("programme", upper(getProgramme()), c -> reference.programme(c).isPresent()),
				number("year", getYear(), 1900, 2200), null, sortOrder(), null);
	}

	Pageable pageable() {
		int number = Objects.requireNonNullElse(number("page", page, 1, MAX_PAGE), 1);
		int rows = size();
		if ((long) number * rows > MAX_DEPTH) {
			throw new BadApiRequest("page × size may reach " + MAX_DEPTH + " partnerships down a list at most, not "
					+ (long) number * rows + ": read on with after, the id of the last partnership read"
					+ " (in id order, each page's next link)");
		}
		return PageRequest.of(number - 1, rows);
	}

	/** Partnerships per page. */
	int size() {
		return Objects.requireNonNullElse(number("size", size, 1, MAX_SIZE), DEFAULT_SIZE);
	}

	/**
	 * The id to read on after ({@code after}: the list in id order), or null to read by
	 * page number.
	 */
	@Nullable Long after() {
		if (blank(after)) {
			return null;
		}
		if (!blank(page) || !blank(getSort())) {
			throw new BadApiRequest(
					"after reads the list in id order from the id given: it goes without page and sort");
		}
		try {
			long id = Long.parseLong(after.strip());
			if (id >= 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadApiRequest(
				"after must be the id of a partnership (a whole number from 0), not '" + after.strip() + "'");
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
		if (blank(getStatus())) {
			return null;
		}
		return Arrays.stream(PartnershipStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(getStatus().strip()))
			.findFirst()
			.orElseThrow(() -> new BadApiRequest("Unknown status '" + getStatus().strip() + "': one of "
					+ Arrays.toString(PartnershipStatus.values())));
	}

	private PartnershipSearch.Sort sortOrder() {
		if (blank(getSort())) {
			return PartnershipSearch.Sort.TITLE;
		}
		return Arrays.stream(PartnershipSearch.Sort.values())
			.filter(s -> s.name().equalsIgnoreCase(getSort().strip()))
			.findFirst()
			.orElseThrow(() -> new BadApiRequest(
					"Unknown sort '" + getSort().strip() + "': one of title, newest, oldest, status"));
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

	public @Nullable String getAfter() {
		return after;
	}

	public void setAfter(@Nullable String after) {
		this.after = after;
	}

}
