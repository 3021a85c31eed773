package org.wopplatform.persistence.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values that count: those of approved reports only (a draft, submitted, returned or
 * superseded report never shows in a chart or a figure), one statement per query.
 */
@Repository
@Transactional(readOnly = true)
public class ApprovedValues {

	@PersistenceContext
	private EntityManager entityManager;

	/** One approved value of an indicator for one period. */
	public record PeriodValue(long indicatorId, int year, int half, BigDecimal value) {
	}

	/** The approved values of a partnership's indicators, oldest period first. */
	public List<PeriodValue> ofPartnership(long partnershipId) {
		return entityManager.createQuery("""
				select new org.wopplatform.persistence.progress.ApprovedValues$PeriodValue(
				    v.indicatorId, r.period.year, r.period.half, v.value)
				from IndicatorValue v join v.report r
				where r.partnershipId = :partnershipId
				  and r.status = org.wopplatform.domain.progress.ReportStatus.APPROVED
				order by v.indicatorId, r.period.year, r.period.half""", PeriodValue.class)
			.setParameter("partnershipId", partnershipId)
			.getResultList();
	}

	/** The periods for which the partnership has an approved report. */
	public Set<ReportingPeriod> approvedPeriods(long partnershipId) {
		return new HashSet<>(entityManager.createQuery("""
				select r.period from ProgressReport r
				where r.partnershipId = :partnershipId
				  and r.status = org.wopplatform.domain.progress.ReportStatus.APPROVED""", ReportingPeriod.class)
			.setParameter("partnershipId", partnershipId)
			.getResultList());
	}

	/**
	 * The latest approved value of each of the partnership's indicators for a period
	 * before the given one: what a new value is compared with.
	 */
	public Map<Long, BigDecimal> latestBefore(long partnershipId, ReportingPeriod period) {
		Map<Long, BigDecimal> latest = new HashMap<>();
		entityManager.createQuery("""
				select v.indicatorId, v.value
				from IndicatorValue v join v.report r
				where r.partnershipId = :partnershipId
				  and r.status = org.wopplatform.domain.progress.ReportStatus.APPROVED
				  and (r.period.year < :year or (r.period.year = :year and r.period.half < :half))
				order by r.period.year, r.period.half""", Object[].class)
			.setParameter("partnershipId", partnershipId)
			.setParameter("year", period.year())
			.setParameter("half", period.half())
			.getResultList()
			.forEach(row -> latest.put((Long) row[0], (BigDecimal) row[1]));
		return latest;
	}

}
