package org.wopplatform.domain.progress;

import org.wopplatform.domain.partnership.Cadence;
import java.time.LocalDate;
import java.time.Month;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reporting period: a calendar year ({@code half} 0) or one of its halves (1 or 2).
 * Written "2024", "2024-H1", "2024-H2".
 */
@Embeddable
public record ReportingPeriod(@Column(name = "period_year") int year,
		@Column(name = "period_half") int half) implements Comparable<ReportingPeriod> {

	public ReportingPeriod {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		if (half < 0 || half > 2) {
			throw new IllegalArgumentException("Half is 0 (whole year), 1 or 2: " + half);
		}
	}

	public static ReportingPeriod year(int year) {
		return new ReportingPeriod(year, 0);
	}

	public static ReportingPeriod half(int year, int half) {
		if (half == 0) {
			throw new IllegalArgumentException("A half-year is 1 or 2");
		}
		return new ReportingPeriod(year, half);
	}

	/** The period of the given cadence that contains the day. */
	public static ReportingPeriod containing(LocalDate day, Cadence cadence) {
		return cadence == Cadence.YEARLY ? year(day.getYear()) : half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
	}

	/** Parses "2024", "2024-H1" or "2024-H2". */
	public static ReportingPeriod parse(String text) {
		String value = text.strip().toUpperCase(java.util.Locale.ROOT);
		try {
			if (value.matches("\\d{4}")) {
				return year(Integer.parseInt(value));
			}
			if (value.matches("\\d{4}-H[12]")) {
				return half(Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0');
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the message below
		}
		throw new IllegalArgumentException("Not a reporting period (2024, 2024-H1, 2024-H2): " + text);
	}

	public Cadence cadence() {
		return half == 0 ? Cadence.YEARLY : Cadence.HALF_YEARLY;
	}

	public LocalDate start() {
		return LocalDate.of(year, half == 2 ? Month.JULY : Month.JANUARY, 1);
	}

	public LocalDate end() {
		return half == 1 ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
	}

	public ReportingPeriod previous() {
		return switch (half) {
			case 0 -> year(year - 1);
			case 1 -> half(year - 1, 2);
			default -> half(year, 1);
		};
	}

	public ReportingPeriod next() {
		return switch (half) {
			case 0 -> year(year + 1);
			case 1 -> half(year, 2);
			default -> half(year + 1, 1);
		};
	}

	@Override
	public int compareTo(ReportingPeriod other) {
		return start().compareTo(other.start());
	}

	@Override
	public String toString() {
		return half == 0 ? Integer.toString(year) : year + "-H" + half;
	}

}
