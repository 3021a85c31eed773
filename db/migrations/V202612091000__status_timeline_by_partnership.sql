-- partnership_status_timeline, read for one partnership at a time (the status each partnership had
-- at a year's end, for the annual figures), derived its rows inside a lateral subquery: PostgreSQL
-- could not push "partnership_id = ?" down to the partnership table through it, so every read
-- walked all partnerships (40,000 reads × 50,000 rows for one year's figures on the large
-- benchmark dataset). The same rows, now each branch selected straight from partnership with
-- partnership_id = p.id, so a condition on partnership_id reaches its primary key.
create or replace view partnership_status_timeline as
select partnership_id, position, status, changed_on from partnership_status_change
union all
select p.id, 0, 'PIPELINE'::varchar, p.created_at::date
from partnership p
where p.status = 'PIPELINE'
  and not exists (select 1 from partnership_status_change c where c.partnership_id = p.id)
union all
select p.id, 0, 'IMPLEMENTATION', coalesce(p.actual_start, p.planned_start)
from partnership p
where coalesce(p.actual_start, p.planned_start) is not null
  and (p.status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED', 'CLOSED')
       or (p.status = 'CANCELLED' and p.actual_start is not null))
  and not exists (select 1 from partnership_status_change c where c.partnership_id = p.id)
union all
select p.id, 1, p.status,
       greatest(case when p.status in ('CLOSED', 'CANCELLED') then coalesce(p.actual_end, current_date)
                     else current_date end,
                coalesce(p.actual_start, p.planned_start, date '-infinity'))
from partnership p
where p.status not in ('PIPELINE', 'IMPLEMENTATION')
  and not exists (select 1 from partnership_status_change c where c.partnership_id = p.id)
union all
-- under way without any date: known only from today
select p.id, 0, 'IMPLEMENTATION', current_date
from partnership p
where p.status = 'IMPLEMENTATION' and coalesce(p.actual_start, p.planned_start) is null
  and not exists (select 1 from partnership_status_change c where c.partnership_id = p.id);
