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

	/**
	 * The latest approved value of each of the partnership's indicators for a period
	 * before the given one, with that period: what a reviewer compares a new value with.
	 */
	public Map<Long, PeriodValue> latestWithPeriodBefore(long partnershipId, ReportingPeriod period) {
		Map<Long, PeriodValue> latest = new HashMap<>();
		entityManager.createQuery("""
				select new org.wopplatform.persistence.progress.ApprovedValues$PeriodValue(
				    v.indicatorId, r.period.year, r.period.half, v.value)
				from IndicatorValue v join v.report r
				where r.partnershipId = :partnershipId
				  and r.status = org.wopplatform.domain.progress.ReportStatus.APPROVED
				  and (r.period.year < :year or (r.period.year = :year and r.period.half < :half))
				order by r.period.year, r.period.half""", PeriodValue.class)
			.setParameter("partnershipId", partnershipId)
			.setParameter("year", period.year())
			.setParameter("half", period.half())
			.getResultList()
			.forEach(row -> latest.put(row.indicatorId(), row));
		return latest;
	}

	/**
	 * What the partnership's approved reports say was spent on each budget line, added up
	 * over their periods: the spending to date (drafts, submitted, returned and
	 * superseded reports never count).
	 */
	public Map<Long, BigDecimal> spendingToDate(long partnershipId) {
		return spendingToDate(partnershipId, -1);
	}

	/** As {@link #spendingToDate(long)}, leaving one report out (the one being read). */
	public Map<Long, BigDecimal> spendingToDate(long partnershipId, long exceptReportId) {
		Map<Long, BigDecimal> spent = new HashMap<>();
		entityManager.createNativeQuery("""
				select s.budget_line_id, sum(s.amount)
				from report_spending s join progress_report r on r.id = s.report_id
				where r.partnership_id = :partnershipId and r.status = 'APPROVED' and r.id <> :except
				group by s.budget_line_id""", Object[].class)
			.setParameter("partnershipId", partnershipId)
			.setParameter("except", exceptReportId)
			.getResultList()
			.forEach(row -> {
				Object[] columns = (Object[]) row;
				spent.put(((Number) columns[0]).longValue(), (BigDecimal) columns[1]);
			});
		return spent;
	}

	/**
	 * The latest approved value of each output of the partnership for a period before the
	 * given one.
	 */
	public Map<Long, BigDecimal> latestOutputValuesBefore(long partnershipId, ReportingPeriod period) {
		Map<Long, BigDecimal> latest = new HashMap<>();
		entityManager.createNativeQuery("""
				select v.output_id, v.value
				from report_output_value v join progress_report r on r.id = v.report_id
				where r.partnership_id = :partnershipId and r.status = 'APPROVED'
				  and (r.period_year < :year or (r.period_year = :year and r.period_half < :half))
				order by r.period_year, r.period_half""", Object[].class)
			.setParameter("partnershipId", partnershipId)
			.setParameter("year", period.year())
			.setParameter("half", period.half())
			.getResultList()
			.forEach(row -> {
				Object[] columns = (Object[]) row;
				latest.put(((Number) columns[0]).longValue(), (BigDecimal) columns[1]);
			});
		return latest;
	}

}
