-- The partnership search in one indexed column. The search matches any part of a title, a
-- reference code or a participant's name or acronym. Until now it took the union of the ids
-- each trigram index found (V202612081500): for a rare word that is quick, but for a common one
-- ("water", one letter) the union holds every partnership, and each page joined and sorted all
-- of them (0.4 s a page at 50,000 partnerships). With the texts in one column, PostgreSQL can
-- weigh one condition: a rare word is read from this column's trigram index, a common one by
-- walking the title order until a page is full.
--
-- search_text: lower-case title, reference code and each participant's name and acronym, one
-- per line (a search text never holds a line break: the application strips control
-- characters, so a match never spans two of them). The database keeps it: a partnership's own
-- trigger on its title and code, participants' and organisations' triggers on theirs.

alter table partnership add column search_text text not null default '';
comment on column partnership.search_text is 'Lower-case title, reference code, participants'' names and acronyms, one per line: what the partnership search matches (kept by triggers)';

create function partnership_search_text(pid bigint, title text, reference_code text) returns text
language sql stable as $$
    select lower(title || chr(10) || reference_code || coalesce(chr(10) || (
        select string_agg(o.name || coalesce(chr(10) || o.acronym, ''), chr(10) order by x.position, x.id)
        from participant x join organisation o on o.id = x.organisation_id
        where x.partnership_id = pid), ''))
$$;

create function partnership_keep_search_text() returns trigger
language plpgsql as $$
begin
    new.search_text := partnership_search_text(new.id, new.title, new.reference_code);
    return new;
end $$;

create trigger partnership_search_text_kept before insert or update of title, reference_code on partnership
    for each row execute function partnership_keep_search_text();

-- Statement-level with transition tables: one update per statement, however many rows.
create function participant_keep_search_text() returns trigger
language plpgsql as $$
begin
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows union select partnership_id from old_rows);
    return null;
end $$;

create function participant_keep_search_text_inserted() returns trigger
language plpgsql as $$
begin
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows);
    return null;
end $$;

create function participant_keep_search_text_deleted() returns trigger
language plpgsql as $$
begin
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from old_rows);
    return null;
end $$;

create trigger participant_search_text_inserted after insert on participant
    referencing new table as new_rows
    for each statement execute function participant_keep_search_text_inserted();
create trigger participant_search_text_updated after update on participant
    referencing new table as new_rows old table as old_rows
    for each statement execute function participant_keep_search_text();
create trigger participant_search_text_deleted after delete on participant
    referencing old table as old_rows
    for each statement execute function participant_keep_search_text_deleted();

create function organisation_keep_search_text() returns trigger
language plpgsql as $$
begin
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select x.partnership_id from participant x
                   join new_rows o on o.id = x.organisation_id
                   join old_rows was on was.id = o.id
                   where o.name is distinct from was.name or o.acronym is distinct from was.acronym);
    return null;
end $$;

create trigger organisation_search_text_updated after update on organisation
    referencing new table as new_rows old table as old_rows
    for each statement execute function organisation_keep_search_text();

update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code);

-- Without a pending list (fastupdate off): partnerships change a few times a day, and the planner
-- then weighs the index as it is rather than as a list still to be merged.
create index partnership_search_text_trgm_idx on partnership using gin (search_text gin_trgm_ops)
    with (fastupdate = off);
analyze partnership;
