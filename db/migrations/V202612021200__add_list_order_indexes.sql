-- Indexes for the orders and filters of list pages on a large dataset (see perf/bench.sh): the
-- search's default order (title, case-insensitive) served from an index instead of sorting
-- every published partnership on each page, and the participant look-ups of lists by
-- organisation and role.

create index partnership_published_lower_title_idx on partnership (lower(title), id) where published;
create index partnership_lower_title_idx on partnership (lower(title), id);
create index participant_organisation_role_idx on participant (organisation_id, role, partnership_id);
