package org.wopplatform.persistence.capacity;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's approved capacity results and partnership-practice ratings, read from
 * approved reports only (the view {@code capacity_result}): what its dashboard draws.
 */
@Repository
@Transactional(readOnly = true)
public class CapacityResults {

	@PersistenceContext
	private EntityManager entityManager;

	/** A dimension's approved result in one period. */
	public record Result(long focusId, ReportingPeriod period, int stage, int degree, int contribution,
			String consensus) {
	}

	/** A side's approved rating of a practice dimension in one period. */
	public record Rating(ReportingPeriod period, String side, String dimensionCode, int rating) {
	}

	public List<Result> of(long partnershipId) {
		List<?> rows = entityManager.createNativeQuery("""
				select focus_id, period_year, period_half, stage, degree, contribution, consensus
				from capacity_result where partnership_id = :id
				order by focus_id, period_year, period_half""").setParameter("id", partnershipId).getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(c -> new Result(((Number) c[0]).longValue(),
					new ReportingPeriod(((Number) c[1]).intValue(), ((Number) c[2]).intValue()),
					((Number) c[3]).intValue(), ((Number) c[4]).intValue(), ((Number) c[5]).intValue(), (String) c[6]))
			.toList();
	}

	public List<Rating> practiceOf(long partnershipId) {
		List<?> rows = entityManager.createNativeQuery("""
				select r.period_year, r.period_half, p.side, p.dimension_code, p.rating
				from report_practice_rating p
				join progress_report r on r.id = p.report_id
				where r.partnership_id = :id and r.status = 'APPROVED'
				order by r.period_year, r.period_half, p.side, p.dimension_code""")
			.setParameter("id", partnershipId)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(c -> new Rating(new ReportingPeriod(((Number) c[0]).intValue(), ((Number) c[1]).intValue()),
					(String) c[2], (String) c[3], ((Number) c[4]).intValue()))
			.toList();
	}

}
