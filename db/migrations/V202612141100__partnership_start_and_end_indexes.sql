-- Issue 20: the search's year is compared on the partnership's dates (V202612141000): started
-- (actually, else as planned) before the year's end and not ended before its start. A common
-- year is found by walking the title order; a year few partnerships are active in (1950, 2150)
-- walked every partnership, where the year facets' GIN index found them. These two indexes
-- find them instead: a year before most starts by the start, a year after most ends by the end
-- (or its absence). The expressions are the search's own.
create index partnership_start_idx on partnership ((coalesce(actual_start, planned_start)));
create index partnership_end_idx on partnership ((coalesce(actual_end, planned_end)));
