package org.wopplatform.persistence.progress;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

}
