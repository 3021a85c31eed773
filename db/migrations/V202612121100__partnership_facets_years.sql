-- The search's "active in year" filter read from the facets array too (V202612121000). It compared
-- the year of each partnership's start and end (extract(year from coalesce(actual_start,
-- planned_start)) <= :year ...), which no index serves: a year with a text or a status read
-- thousands of rows (10-20 ms at 50,000 partnerships) to count its matches. A partnership now
-- holds each year it is active in, 'y:2019', from the year of its start (actual, else planned) to
-- the year of its end; one with a start and no end holds 'y:open' instead of years to come, and
-- the search compares its start (a few partnerships). Without a start, a partnership is active in
-- no year, as before.

create function partnership_facets(pid bigint, starts date, ends date) returns varchar[]
language sql stable as $$
    select array(
        select 'a:' || working_area_code from partnership_working_area where partnership_id = pid
        union
        select 't:' || sdg_target_code from partnership_sdg_target where partnership_id = pid
        union
        select 'c:' || o.country_code from participant x join organisation o on o.id = x.organisation_id
        where x.partnership_id = pid and o.country_code is not null
        union
        select 'y:' || y from generate_series(extract(year from starts)::int, extract(year from ends)::int) y
        union
        select 'y:open' where starts is not null and ends is null
        order by 1)::varchar[]
$$;

create or replace function partnership_keep_facets(ids bigint[]) returns void
language plpgsql as $$
begin
    perform 1 from partnership p where p.id = any(ids) order by p.id for update;
    update partnership p
    set facets = partnership_facets(p.id, coalesce(p.actual_start, p.planned_start), coalesce(p.actual_end, p.planned_end))
    where p.id = any(ids);
end $$;

drop function partnership_facets(bigint);

-- The partnership's own dates: recomputed in the row being written.
create function partnership_keep_facets_of_dates() returns trigger
language plpgsql as $$
begin
    new.facets := partnership_facets(new.id, coalesce(new.actual_start, new.planned_start),
                                     coalesce(new.actual_end, new.planned_end));
    return new;
end $$;

create trigger partnership_facets_of_dates_kept
    before insert or update of actual_start, planned_start, actual_end, planned_end on partnership
    for each row execute function partnership_keep_facets_of_dates();

update partnership p
set facets = partnership_facets(p.id, coalesce(p.actual_start, p.planned_start), coalesce(p.actual_end, p.planned_end));
analyze partnership;
