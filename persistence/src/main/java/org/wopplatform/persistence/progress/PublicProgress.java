package org.wopplatform.persistence.progress;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.progress.Health;
import org.wopplatform.domain.progress.ReportingPeriod;

/**
 * The side of a partnership's progress anyone may read once a report is approved, as the
 * UN SDG registry shows it: the latest approved report's period and health, its
 * achievements unless its narrative is kept internal, and the capacity stage each
 * dimension reached in approved reports. Drafts, evidence and each side's own words never
 * come through here. Read with the record page's other statements
 * ({@code PartnershipRecordQueries}), from {@link #SQL}.
 */
public final class PublicProgress {

	private PublicProgress() {
	}

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

	/**
	 * A partnership's public progress: the latest approved report and the stages reached.
	 */
	public record Progress(@Nullable LatestReport latest, List<StageReached> stages,
			java.util.Set<ReportingPeriod> approvedPeriods) {
	}

	/**
	 * Both in one statement: the latest approved report, each dimension's stage in the
	 * latest approved report that assesses it, and the periods with an approved report.
	 * The partnership's id is its three parameters ({@code ?}).
	 */
	public static final String SQL = """
			(select 'R' as kind, period_year, period_half, health,
			        case when narrative_internal then null else health_reason end as reason,
			        case when narrative_internal then null else achievements end as achievements,
			        null::bigint as focus_id, null as area, null as dimension, null as name_en, null as name_fr,
			        null as name_es, null::int as baseline, null::int as stage, null::int as degree,
			        null::boolean as illustrative
			 from progress_report
			 where partnership_id = ? and status = 'APPROVED'
			 order by period_year desc, period_half desc
			 limit 1)
			union all
			(select distinct on (c.focus_id) 'S', c.period_year, c.period_half, null, null, null,
			        c.focus_id, c.working_area_code, c.dimension_code, f.custom_name_en, f.custom_name_fr,
			        f.custom_name_es, f.baseline_stage, c.stage, c.degree, f.illustrative
			 from capacity_result c
			 join capacity_focus f on f.id = c.focus_id
			 where c.partnership_id = ?
			 order by c.focus_id, c.period_year desc, c.period_half desc)
			union all
			(select 'P', period_year, period_half, null::text, null::text, null::text, null::bigint,
			        null::text, null::text, null::text, null::text, null::text, null::int, null::int, null::int,
			        null::boolean
			 from progress_report where partnership_id = ? and status = 'APPROVED'
			 group by period_year, period_half)""";

	/** The progress from the rows of {@link #SQL}, each row's columns in order. */
	public static Progress read(List<Object[]> rows) {
		LatestReport latest = null;
		List<StageReached> stages = new java.util.ArrayList<>();
		java.util.Set<ReportingPeriod> periods = new java.util.HashSet<>();
		for (Object[] c : rows) {
			ReportingPeriod period = new ReportingPeriod(((Number) c[1]).intValue(), ((Number) c[2]).intValue());
			if ("P".equals(c[0])) {
				periods.add(period);
			}
			else if ("R".equals(c[0])) {
				latest = new LatestReport(period, Health.valueOf((String) c[3]), (String) c[4], (String) c[5]);
			}
			else {
				stages.add(new StageReached(((Number) c[6]).longValue(), (String) c[7], (String) c[8],
						c[9] == null ? null : new LocalizedText((String) c[9], (String) c[10], (String) c[11]),
						((Number) c[12]).intValue(), ((Number) c[13]).intValue(), ((Number) c[14]).intValue(), period,
						(Boolean) c[15]));
			}
		}
		stages.sort(java.util.Comparator.comparing(StageReached::workingAreaCode).thenComparing(StageReached::focusId));
		return new Progress(latest, List.copyOf(stages), java.util.Set.copyOf(periods));
	}

}
