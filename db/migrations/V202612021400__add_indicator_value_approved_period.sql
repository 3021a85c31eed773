-- The annual report's results: for every indicator of the year's active partnerships, its
-- latest approved value up to the year. Found through the reports, that is a join and a sort
-- per indicator (about 3 s for 200,000 indicators, perf/bench.sh); kept on the value itself,
-- it is one step in an index.
--
-- approved_period is the period of the value's report while that report is approved
-- (period_year * 4 + period_half, so that a later period is a larger number: 2024 = 8096,
-- its first half 8097, its second 8098) and null otherwise. Triggers keep it: a report's
-- change of status or period rewrites its values', and a value added or moved takes its
-- report's. Nothing else writes it.

alter table indicator_value add column approved_period integer;
comment on column indicator_value.approved_period is
	'period_year * 4 + period_half of the value''s report while it is approved, else null (kept by triggers)';

update indicator_value v set approved_period = r.period_year * 4 + r.period_half
from progress_report r where r.id = v.report_id and r.status = 'APPROVED';

create index indicator_value_latest_approved_idx on indicator_value (indicator_id, approved_period desc)
	include (value) where approved_period is not null;

create function approved_period_of_report() returns trigger language plpgsql as $$
declare
	period integer := case when new.status = 'APPROVED' then new.period_year * 4 + new.period_half end;
begin
	update indicator_value set approved_period = period
	where report_id = new.id and approved_period is distinct from period;
	return null;
end
$$;

create trigger progress_report_approved_period after update of status, period_year, period_half on progress_report
	for each row execute function approved_period_of_report();

create function approved_period_of_value() returns trigger language plpgsql as $$
begin
	new.approved_period := (select case when r.status = 'APPROVED' then r.period_year * 4 + r.period_half end
		from progress_report r where r.id = new.report_id);
	return new;
end
$$;

create trigger indicator_value_approved_period before insert or update of report_id on indicator_value
	for each row execute function approved_period_of_value();
