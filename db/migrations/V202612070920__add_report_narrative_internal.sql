-- A progress report's narrative (achievements, challenges, next steps, lessons) may be marked
-- internal: the public record then shows the approved report's period and health without its
-- achievements. Reports written before this change are public once approved, as before.
alter table progress_report add column narrative_internal boolean not null default false;

-- The public search filters on the health of each partnership's latest approved report.
create index progress_report_approved_idx on progress_report (partnership_id, period_year desc, period_half desc)
    where status = 'APPROVED';
