-- Issue 20: a list filtered by working area or SDG target tests each candidate partnership
-- for the area (or target); where the other filters are rare (a status of 2,000 of 50,000
-- partnerships), PostgreSQL reads the area's partnerships instead. These indexes hold the
-- partnership's id next to the code, so that reading them needs no visit to the table.
create index partnership_working_area_code_partnership_idx
    on partnership_working_area (working_area_code, partnership_id);
drop index partnership_working_area_code_idx;

create index partnership_sdg_target_code_partnership_idx
    on partnership_sdg_target (sdg_target_code, partnership_id);
drop index partnership_sdg_target_code_idx;
