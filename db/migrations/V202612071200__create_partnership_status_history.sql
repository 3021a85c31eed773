-- The status history of each partnership, so that a year's report reads the status a
-- partnership had at the end of that year rather than today's (issue 18).
--
-- From now on the application writes a row whenever a partnership's status changes (the audited
-- edit of PartnershipEditing.changeStatus): the new status and the day it took effect (the date the
-- person gives, which is also the actual start or end it records).
--
-- Before this table existed no history was kept. For the records that exist now it is derived once,
-- below: from the audit trail where it holds status changes (audit_event rows of entity Partnership
-- whose changes include "status"), otherwise from the dates the record holds. A record written
-- later by other means than the application (a demo-data migration, psql) has no rows: the view
-- partnership_status_timeline derives its history from its dates in the same way, until the
-- application records its first change.

create table partnership_status_change (
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    position        integer      not null check (position >= 0),
    status          varchar(20)  not null check (status in ('PIPELINE', 'IMPLEMENTATION',
                        'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED')),
    changed_on      date         not null,
    recorded_at     timestamptz  not null default now(),
    derived         boolean      not null default false,
    primary key (partnership_id, position)
);
comment on table partnership_status_change is 'Each status a partnership entered and the day it took effect; derived rows were reconstructed from the audit trail or the dates';

create trigger partnership_status_change_changed after insert or update or delete or truncate on partnership_status_change
    for each statement execute function note_data_change();

-- The history a partnership's status is read from: its recorded rows, or, when it has none, rows
-- derived from its dates. Derivation: a partnership that ever began (any status but PIPELINE, and a
-- cancelled one only when it has an actual start) is IMPLEMENTATION from its actual start (else its
-- planned start, when it has one); a status other than PIPELINE and IMPLEMENTATION is then taken
-- from the day the record says it happened (the actual end of a closed or cancelled one) or, when
-- no date says so, from the day the history was first read (today): it is not known earlier. A
-- partnership in the pipeline is PIPELINE from the day it was created.
create view partnership_status_timeline as
select partnership_id, position, status, changed_on from partnership_status_change
union all
select d.partnership_id, d.position, d.status, d.changed_on
from partnership p
cross join lateral (
    select p.id as partnership_id, 0 as position, 'PIPELINE'::varchar as status, p.created_at::date as changed_on
    where p.status = 'PIPELINE'
    union all
    select p.id, 0, 'IMPLEMENTATION', coalesce(p.actual_start, p.planned_start)
    where coalesce(p.actual_start, p.planned_start) is not null
      and (p.status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED', 'CLOSED')
           or (p.status = 'CANCELLED' and p.actual_start is not null))
    union all
    select p.id, 1, p.status,
           greatest(case when p.status in ('CLOSED', 'CANCELLED') then coalesce(p.actual_end, current_date)
                         else current_date end,
                    coalesce(p.actual_start, p.planned_start, date '-infinity'))
    where p.status not in ('PIPELINE', 'IMPLEMENTATION')
    union all
    -- under way without any date: known only from today
    select p.id, 0, 'IMPLEMENTATION', current_date
    where p.status = 'IMPLEMENTATION' and coalesce(p.actual_start, p.planned_start) is null
) d
where not exists (select 1 from partnership_status_change c where c.partnership_id = p.id);

-- Existing records: from the audit trail where it holds their status changes, in the order they
-- were made (the status before the first change from the record's start, each change from the
-- actual date it recorded: the actual start for the first move under way, the actual end for an
-- end; else the day it was made).
with changes as (
    select e.entity_id as partnership_id, e.occurred_at, e.id,
           (e.changes::jsonb -> 'status' ->> 'old') as old_status,
           (e.changes::jsonb -> 'status' ->> 'new') as new_status
    from audit_event e
    where e.entity_type = 'Partnership' and e.changes::jsonb ? 'status'
      and exists (select 1 from partnership p where p.id = e.entity_id)
), ordered as (
    select c.*, row_number() over (partition by c.partnership_id order by c.occurred_at, c.id) as n
    from changes c where c.new_status is not null
), rows as (
    -- the status before the first change (unless the first event created the record)
    select o.partnership_id, 0 as n, o.old_status as status,
           case when o.old_status = 'PIPELINE' then least(p.created_at::date, o.occurred_at::date)
                else coalesce(p.actual_start, p.planned_start, o.occurred_at::date) end as changed_on
    from ordered o join partnership p on p.id = o.partnership_id
    where o.n = 1 and o.old_status is not null
    union all
    select o.partnership_id, o.n, o.new_status,
           case when o.new_status in ('IMPLEMENTATION', 'FINALISATION', 'SUSPENDED')
                     and o.old_status = 'PIPELINE' and p.actual_start is not null then p.actual_start
                when o.new_status in ('CLOSED', 'CANCELLED') and p.actual_end is not null then p.actual_end
                when o.old_status is null then coalesce(p.actual_start, p.planned_start, o.occurred_at::date)
                else o.occurred_at::date end
    from ordered o join partnership p on p.id = o.partnership_id
)
insert into partnership_status_change (partnership_id, position, status, changed_on, derived)
select partnership_id, (row_number() over (partition by partnership_id order by n)) - 1, status, changed_on, true
from rows;

-- The others: from their dates, as the view derives them.
insert into partnership_status_change (partnership_id, position, status, changed_on, derived)
select partnership_id, position, status, changed_on, true from partnership_status_timeline;

-- A published report keeps each partnership it lists as it stood at publication: its title,
-- partners (mentor side → mentee side), status at the year's end and the countries of its mentee
-- side. A partnership unpublished later is shown as "record withdrawn" from these rows, without
-- its title. Reports published before this change are filled in from the records as they stand
-- now (the closest that can be known).
create table annual_report_partnership (
    report_id       bigint       not null references annual_report (id) on delete cascade,
    partnership_id  bigint       not null,
    reference_code  varchar(40)  not null,
    title           varchar(300) not null,
    partners        text         not null,
    status          varchar(20),
    countries       text         not null,
    primary key (report_id, partnership_id)
);

create trigger annual_report_partnership_changed after insert or update or delete or truncate on annual_report_partnership
    for each statement execute function note_data_change();

insert into annual_report_partnership (report_id, partnership_id, reference_code, title, partners, status, countries)
select m.report_id, p.id, p.reference_code, p.title,
       coalesce((select string_agg(o.name, ', ' order by pa.position) from participant pa
                 join partner_role r on r.code = pa.role and r.side = 'MENTOR'
                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), '')
       || ' → ' ||
       coalesce((select string_agg(o.name, ', ' order by pa.position) from participant pa
                 join partner_role r on r.code = pa.role and r.side = 'MENTEE'
                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), ''),
       p.status,
       coalesce((select string_agg(distinct o.country_code, ', ') from participant pa
                 join partner_role r on r.code = pa.role and r.side = 'MENTEE'
                 join organisation o on o.id = pa.organisation_id where pa.partnership_id = p.id), '')
from (select distinct report_id, partnership_id from annual_report_member) m
join partnership p on p.id = m.partnership_id;
