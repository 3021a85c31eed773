-- Issue 20: a list walks the title order (lower case title, id) through one of the title-order
-- indexes and stops when its page is full, testing each partnership it passes against the
-- search's filters. Those filters' columns were in the table only, so each partnership passed
-- was read from the table: a public search by working area and platform passed some 570 of them
-- for its second page (1.8-3 ms of PostgreSQL's time at 50,000 partnerships).
--
-- The indexes now hold the columns of the filters whose size has a bound, so that PostgreSQL
-- tests those on the index alone (an index-only scan): the working areas and SDG targets
-- (themes, below), the status, the regional platform, the funding programme and the four dates
-- that decide the years a partnership is active in (the search compares them, not the year
-- facets). Left out, and read from the table as before: the search text and the countries,
-- which grow with the participants (an earlier form that held them, 78f9d76, was reverted:
-- a B-tree index row holds at most 2,704 bytes, and saving a partnership of 3,000 participants
-- failed), and the years, which grow with the partnership's length (read from the dates instead).
--
-- themes: the facets' working areas (a:CODE) and SDG targets (t:CODE), computed by PostgreSQL
-- from facets whenever the row is written (a stored generated column: the triggers that keep
-- facets keep it too). Its size is bounded by the two reference lists: all 25 working areas and
-- all 37 SDG targets of the reference data take 1,056 bytes. Its own GIN index serves a rare
-- area or target, as the facets' index did.
--
-- title_order: the title in lower case, the lists' order, also generated. The indexes were
-- ordered by the expression lower(title) and held the title itself, which an index-only scan
-- needs to use such an expression: a 300-character title in a four-byte script took 2,400 bytes
-- of a row that holds 2,704, with no room for the areas. Ordered by this column, they hold the
-- title once: at most 1,200 bytes with every area and target, about 2,400 in all
-- (SearchPlanTests saves such a partnership). The order is the same (the same text, the same
-- collation).
create function partnership_themes(facets varchar[]) returns varchar[]
language sql immutable parallel safe as $$
    select array(select f from unnest(facets) f where f like 'a:%' or f like 't:%' order by 1)::varchar[]
$$;

alter table partnership
    add column themes varchar[] not null generated always as (partnership_themes(facets)) stored,
    add column title_order text not null generated always as (lower(title)) stored;
comment on column partnership.themes is 'Working areas (a:CODE) and SDG targets (t:CODE) of the partnership, from facets, for the search''s filters (generated)';
comment on column partnership.title_order is 'The title in lower case: the order of partnership lists (generated)';

create index partnership_themes_idx on partnership using gin (themes) with (fastupdate = off);

drop index partnership_published_lower_title_idx;
create index partnership_published_lower_title_idx on partnership (title_order, id)
    include (themes, status, regional_platform_code, funding_programme_code,
        actual_start, planned_start, actual_end, planned_end)
    where published;

drop index partnership_lower_title_idx;
create index partnership_lower_title_idx on partnership (title_order, id)
    include (published, themes, status, regional_platform_code, funding_programme_code,
        actual_start, planned_start, actual_end, planned_end);

drop index partnership_status_title_idx;
create index partnership_status_title_idx on partnership (status, title_order, id)
    include (published, themes, regional_platform_code, funding_programme_code,
        actual_start, planned_start, actual_end, planned_end);

drop index partnership_platform_title_idx;
create index partnership_platform_title_idx on partnership (regional_platform_code, title_order, id)
    include (published, themes, status, funding_programme_code,
        actual_start, planned_start, actual_end, planned_end);

drop index partnership_platform_status_title_idx;
create index partnership_platform_status_title_idx on partnership (regional_platform_code, status, title_order, id)
    include (published, themes, funding_programme_code, actual_start, planned_start, actual_end, planned_end);

analyze partnership;
