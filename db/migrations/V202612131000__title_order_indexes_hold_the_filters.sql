-- Issue 20: a list walks the title order (lower(title), id) through one of these indexes and
-- stops when its page is full; each partnership it passes is tested against the search's
-- filters. The filters' columns were in the table only, so every partnership passed was read
-- from the table (one page of it each: a partnership's row is about 4 KB): a public search by
-- working area passed some 300 of them for a page, 1.4 ms; by status and area, 2-3 ms.
-- These indexes hold every column the list's conditions read (the text searched, the facets:
-- areas, targets, countries and years, the status, the platform, the programme, the start
-- dates, the published flag), so PostgreSQL tests them on the index alone (an index-only
-- scan): the same searches take 0.3-0.6 ms at 50,000 partnerships. A search's conditions that
-- read other tables (a participant, a report) still read them. Each index grows from about
-- 230 bytes a partnership to about 780 (from 11 MB to 38 MB at 50,000 partnerships).
-- Built while the table is locked for writes: about 2 s at 50,000 partnerships.
drop index partnership_published_lower_title_idx;
create index partnership_published_lower_title_idx on partnership (lower(title), id)
    include (title, search_text, facets, status, regional_platform_code, funding_programme_code,
        actual_start, planned_start)
    where published;

drop index partnership_lower_title_idx;
create index partnership_lower_title_idx on partnership (lower(title), id)
    include (title, published, search_text, facets, status, regional_platform_code, funding_programme_code,
        actual_start, planned_start);

drop index partnership_status_title_idx;
create index partnership_status_title_idx on partnership (status, lower(title), id)
    include (title, published, search_text, facets, regional_platform_code, funding_programme_code,
        actual_start, planned_start);

drop index partnership_platform_title_idx;
create index partnership_platform_title_idx on partnership (regional_platform_code, lower(title), id)
    include (title, published, search_text, facets, status, funding_programme_code,
        actual_start, planned_start);

drop index partnership_platform_status_title_idx;
create index partnership_platform_status_title_idx on partnership (regional_platform_code, status, lower(title), id)
    include (title, published, search_text, facets, funding_programme_code, actual_start, planned_start);
