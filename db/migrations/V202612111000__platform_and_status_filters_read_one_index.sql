-- Issue 20: a list filtered by regional platform or status (a coordinator's usual search:
-- their region, a status, perhaps a working area) found the rows through one index per
-- filter, combined them, then read each row from the table for its title and published
-- flag and sorted them: 10 ms for 700 rows of 50,000. These indexes hold the filter, the
-- list's order (lower(title), id) and what the list's condition reads (title, published),
-- so PostgreSQL reads the rows in the list's order from the index alone and stops at the
-- page. They replace the single-column indexes on platform and status, whose columns lead.
create index partnership_platform_status_title_idx
    on partnership (regional_platform_code, status, lower(title), id) include (title, published);
create index partnership_platform_title_idx
    on partnership (regional_platform_code, lower(title), id) include (title, published);
create index partnership_status_title_idx
    on partnership (status, lower(title), id) include (title, published);
drop index partnership_platform_idx;
drop index partnership_status_idx;
