package org.wopplatform.persistence.progress;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The side of a partnership's progress anyone may read once a report is approved, as the
 * UN SDG registry shows it: the latest approved report's period and health, its
 * achievements unless its narrative is kept internal, and the capacity stage each
 * dimension reached in approved reports. Drafts, evidence and each side's own words never
 * come through here.
 */
@Repository
@Transactional(readOnly = true)
public class PublicProgress {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * The latest approved report: period, health and (unless its narrative is internal)
	 * why, and its achievements.
	 */
	public record LatestReport(ReportingPeriod period, Health health, @Nullable String healthReason,
			@Nullable String achievements) {
	}

	/** A dimension's latest approved stage, from where it started. */
	public record StageReached(long focusId, String workingAreaCode, @Nullable String dimensionCode,
			@Nullable LocalizedText customName, int baselineStage, int stage, int degree, ReportingPeriod period,
			boolean illustrative) {
	}

	public Optional<LatestReport> latest(long partnershipId) {
		List<?> rows = entityManager.createNativeQuery("""
				select period_year, period_half, health,
				       case when narrative_internal then null else health_reason end,
				       case when narrative_internal then null else achievements end
				from progress_report
				where partnership_id = :id and status = 'APPROVED'
				order by period_year desc, period_half desc
				limit 1""").setParameter("id", partnershipId).getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.findFirst()
			.map(c -> new LatestReport(new ReportingPeriod(((Number) c[0]).intValue(), ((Number) c[1]).intValue()),
					Health.valueOf((String) c[2]), (String) c[3], (String) c[4]));
	}

	/** Each dimension's stage in the latest approved report that assesses it. */
	public List<StageReached> stages(long partnershipId) {
		List<?> rows = entityManager.createNativeQuery("""
				select distinct on (c.focus_id) c.focus_id, c.working_area_code, c.dimension_code,
				       f.custom_name_en, f.custom_name_fr, f.custom_name_es, f.baseline_stage,
				       c.stage, c.degree, c.period_year, c.period_half, f.illustrative
				from capacity_result c
				join capacity_focus f on f.id = c.focus_id
				where c.partnership_id = :id
				order by c.focus_id, c.period_year desc, c.period_half desc""")
			.setParameter("id", partnershipId)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(c -> new StageReached(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
					c[3] == null ? null : new LocalizedText((String) c[3], (String) c[4], (String) c[5]),
					((Number) c[6]).intValue(), ((Number) c[7]).intValue(), ((Number) c[8]).intValue(),
					new ReportingPeriod(((Number) c[9]).intValue(), ((Number) c[10]).intValue()), (Boolean) c[11]))
			.sorted(java.util.Comparator.comparing(StageReached::workingAreaCode).thenComparing(StageReached::focusId))
			.toList();
	}

}
