-- Text search served by indexes: the partnership search matches any part of a title, a
-- reference code or a participant's name or acronym (lower(...) like '%text%'). Trigram
-- GIN indexes answer that for three characters and more without reading every row; the
-- search unions the ids found in each (PartnershipListQueries). pg_trgm ships with
-- PostgreSQL (contrib; in the embedded binaries and the official images).
create extension if not exists pg_trgm;

create index partnership_title_trgm_idx on partnership using gin (lower(title) gin_trgm_ops);
create index partnership_reference_code_trgm_idx on partnership using gin (lower(reference_code) gin_trgm_ops);
create index organisation_name_trgm_idx on organisation using gin (lower(name) gin_trgm_ops);
create index organisation_acronym_trgm_idx on organisation using gin (lower(acronym) gin_trgm_ops);
