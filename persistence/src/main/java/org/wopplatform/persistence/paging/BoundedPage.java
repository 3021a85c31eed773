package org.wopplatform.persistence.paging;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list counted only up to {@code bound} rows: past the bound, the list says
 * "more than" the bound and only its first {@code bound} rows can be paged through (a
 * reader narrows the search to go further). Counting and paging then cost the same on a
 * list of a thousand rows and on one of fifty thousand.
 */
public class BoundedPage<T> extends PageImpl<T> {

	private final boolean moreThanTotal;

	private final boolean beyondBound;

	/**
	 * @param counted the rows counted, at most {@code bound + 1}
	 * @param bound the rows that can be paged through
	 * @param requested the page asked for (it may lie past the bound)
	 */
	public BoundedPage(List<T> content, Pageable requested, long counted, int bound) {
		super(content, requested, Math.min(counted, bound));
		this.moreThanTotal = counted > bound;
		this.beyondBound = counted > bound && requested.getOffset() >= bound;
	}

	/** The list has more rows than {@link #getTotalElements()}: it stopped counting. */
	public boolean isMoreThanTotal() {
		return moreThanTotal;
	}

	/** The page asked for lies past the rows that can be paged through. */
	public boolean isBeyondBound() {
		return beyondBound;
	}

}
