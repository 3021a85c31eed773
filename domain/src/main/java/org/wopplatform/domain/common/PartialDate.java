package org.wopplatform.domain.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A date of which only the year, or the year and month, may be known, as in the UN SDG
 * partnership registry ("2018", "Time-frame: 2009 - No date specified"). Stored as the
 * first day of the known period plus its precision.
 */
@Embeddable
public record PartialDate(LocalDate date,
		@Enumerated(EnumType.STRING) DatePrecision precision) implements Comparable<PartialDate>, java.io.Serializable {

	public PartialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		if (precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
			throw new IllegalArgumentException("A year-only date is stored as 1 January: " + date);
		}
		if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("A month-only date is stored as the 1st: " + date);
		}
	}

	public static PartialDate year(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	public static PartialDate month(int year, int month) {
		return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
	}

	public static PartialDate day(LocalDate date) {
		return new PartialDate(date, DatePrecision.DAY);
	}

	/**
	 * Whether a time-frame's end is not before its start, comparing their earliest days
	 * ("2018-06" to "2018-06-30" is in order, "2018-06" to "2018" is not); an open start
	 * or end is always in order.
	 */
	public static boolean inOrder(@Nullable PartialDate start, @Nullable PartialDate end) {
		return start == null || end == null || !end.earliest().isBefore(start.earliest());
	}

	public int year() {
		return date.getYear();
	}

	/** The first day this date may stand for. */
	public LocalDate earliest() {
		return date;
	}

	/** The last day this date may stand for ("2018" lasts until 31 December 2018). */
	public LocalDate latest() {
		return switch (precision) {
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
			case MONTH -> YearMonth.from(date).atEndOfMonth();
			case DAY -> date;
		};
	}

	/**
	 * Whether this date can come after {@code other} or on the same day: "2018" is not
	 * before "3 March 2018", since both may be the same day.
	 */
	public boolean isNotBefore(PartialDate other) {
		return !latest().isBefore(other.earliest());
	}

	@Override
	public int compareTo(PartialDate other) {
		return date.compareTo(other.date);
	}

	@Override
	public String toString() {
		return switch (precision) {
			case YEAR -> Integer.toString(date.getYear());
			case MONTH -> YearMonth.from(date).toString();
			case DAY -> date.toString();
		};
	}

}
