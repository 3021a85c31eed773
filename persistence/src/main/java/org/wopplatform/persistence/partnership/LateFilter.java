package org.wopplatform.persistence.partnership;

import java.time.LocalDate;
import java.util.Map;

import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.progress.OverduePolicy;
import org.wopplatform.domain.progress.OverduePolicy.Judged;
import org.wopplatform.domain.progress.OverduePolicy.Standing;
import org.wopplatform.domain.progress.ReportingPeriod;

/**
 * Finds partnerships under way that are OVERDUE (no approved report for the last period
 * due) or INACTIVE (none for the period before it either), in SQL, as
 * {@link OverduePolicy} judges them on a day for each cadence.
 *
 * @param standing OVERDUE (only those not yet inactive) or INACTIVE
 */
public record LateFilter(Standing standing, Judged yearly, Judged halfYearly) implements Lateness {

	public LateFilter {
		if (standing == Standing.UP_TO_DATE) {
			throw new IllegalArgumentException("Filters find late partnerships only");
		}
	}

	public static LateFilter of(Standing standing, OverduePolicy policy, LocalDate today) {
		return new LateFilter(standing, policy.judged(today, Cadence.YEARLY),
				policy.judged(today, Cadence.HALF_YEARLY));
	}

	private static final String START = "coalesce(p.actualStart.date, p.plannedStart.date)";

	@Override
	public String condition(Map<String, Object> parameters) {
		return "p.status in (org.wopplatform.domain.partnership.PartnershipStatus.IMPLEMENTATION,"
				+ " org.wopplatform.domain.partnership.PartnershipStatus.FINALISATION) and " + START
				+ " is not null and (" + cadence("ly", Cadence.YEARLY, yearly, parameters) + " or "
				+ cadence("lh", Cadence.HALF_YEARLY, halfYearly, parameters) + ")";
	}

	private String cadence(String key, Cadence cadence, Judged judged, Map<String, Object> parameters) {
		parameters.put(key + "Cadence", cadence);
		String missedLast = START + " <= :" + key + "LastEnd and " + missing(key + "Last", judged.last(), parameters);
		String missedBefore = START + " <= :" + key + "BeforeEnd and "
				+ missing(key + "Before", judged.before(), parameters);
		parameters.put(key + "LastEnd", judged.last().end());
		parameters.put(key + "BeforeEnd", judged.before().end());
		return "(p.reportingCadence = :" + key + "Cadence and " + missedLast
				+ (standing == Standing.INACTIVE ? " and " : " and not (") + missedBefore
				+ (standing == Standing.INACTIVE ? ")" : "))");
	}

	private static String missing(String key, ReportingPeriod period, Map<String, Object> parameters) {
		parameters.put(key + "Year", period.year());
		parameters.put(key + "Half", period.half());
		return "not exists (select 1 from ProgressReport " + key + " where " + key + ".partnershipId = p.id and " + key
				+ ".status = org.wopplatform.domain.progress.ReportStatus.APPROVED and " + key + ".period.year = :"
				+ key + "Year and " + key + ".period.half = :" + key + "Half)";
	}

}
