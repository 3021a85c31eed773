-- The search's filters on what a partnership has several of, in one indexed column. A working
-- area, an SDG target or a participant's country was a condition on another table
-- (exists (select 1 from partnership_working_area ...)): PostgreSQL could not combine it with the
-- partnership's own indexes, so a search for a working area with a status and a common letter
-- read the whole table to count its matches (30-60 ms at 50,000 partnerships, the searches'
-- slowest statements). With the codes in a GIN-indexed array on the partnership, the same search
-- reads the few thousand partnerships of that area from the index (about 10 ms), and the
-- planner's statistics on the array's elements tell it how many there are.
--
-- facets: 'a:' || working area code, 't:' || SDG target code, 'c:' || country code of each
-- participant's organisation; sorted, each once. The database keeps it, as it keeps search_text
-- (V202612091100, V202612091300): triggers on the working areas, the targets, the participants
-- and the organisations' countries lock the partnerships concerned in id order, then recompute.

alter table partnership add column facets varchar[] not null default '{}';
comment on column partnership.facets is 'Working areas (a:CODE), SDG targets (t:CODE) and participants'' countries (c:CODE) of the partnership, for the search''s filters (kept by triggers)';

create function partnership_facets(pid bigint) returns varchar[]
language sql stable as $$
    select array(
        select 'a:' || working_area_code from partnership_working_area where partnership_id = pid
        union
        select 't:' || sdg_target_code from partnership_sdg_target where partnership_id = pid
        union
        select 'c:' || o.country_code from participant x join organisation o on o.id = x.organisation_id
        where x.partnership_id = pid and o.country_code is not null
        order by 1)::varchar[]
$$;

-- Locks first, in id order (no deadlock between two writers), then recomputes in a second
-- statement, which sees whatever was committed while it waited.
create function partnership_keep_facets(ids bigint[]) returns void
language plpgsql as $$
begin
    perform 1 from partnership p where p.id = any(ids) order by p.id for update;
    update partnership p set facets = partnership_facets(p.id) where p.id = any(ids);
end $$;

-- One function for the three tables that hold a partnership_id, whatever the event: each
-- trigger names only the transition tables its event has, and only that branch runs.
create function keep_partnership_facets() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform partnership_keep_facets(array(select partnership_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform partnership_keep_facets(array(select partnership_id from old_rows));
    else
        perform partnership_keep_facets(array(select partnership_id from new_rows
                                              union select partnership_id from old_rows));
    end if;
    return null;
end $$;

create trigger partnership_working_area_facets_inserted after insert on partnership_working_area
    referencing new table as new_rows for each statement execute function keep_partnership_facets();
create trigger partnership_working_area_facets_updated after update on partnership_working_area
    referencing new table as new_rows old table as old_rows for each statement execute function keep_partnership_facets();
create trigger partnership_working_area_facets_deleted after delete on partnership_working_area
    referencing old table as old_rows for each statement execute function keep_partnership_facets();

create trigger partnership_sdg_target_facets_inserted after insert on partnership_sdg_target
    referencing new table as new_rows for each statement execute function keep_partnership_facets();
create trigger partnership_sdg_target_facets_updated after update on partnership_sdg_target
    referencing new table as new_rows old table as old_rows for each statement execute function keep_partnership_facets();
create trigger partnership_sdg_target_facets_deleted after delete on partnership_sdg_target
    referencing old table as old_rows for each statement execute function keep_partnership_facets();

create trigger participant_facets_inserted after insert on participant
    referencing new table as new_rows for each statement execute function keep_partnership_facets();
create trigger participant_facets_updated after update on participant
    referencing new table as new_rows old table as old_rows for each statement execute function keep_partnership_facets();
create trigger participant_facets_deleted after delete on participant
    referencing old table as old_rows for each statement execute function keep_partnership_facets();

create function organisation_keep_facets() returns trigger
language plpgsql as $$
begin
    perform partnership_keep_facets(array(
        select x.partnership_id from participant x
        join new_rows o on o.id = x.organisation_id
        join old_rows was on was.id = o.id
        where o.country_code is distinct from was.country_code));
    return null;
end $$;

create trigger organisation_facets_updated after update on organisation
    referencing new table as new_rows old table as old_rows
    for each statement execute function organisation_keep_facets();

update partnership p set facets = partnership_facets(p.id);

-- Without a pending list, as the search text's index (V202612091100).
create index partnership_facets_idx on partnership using gin (facets) with (fastupdate = off);
analyze partnership;
