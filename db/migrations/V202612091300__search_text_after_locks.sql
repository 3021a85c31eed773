-- The search text's triggers (V202612091100), safe when two transactions change the same
-- partnership at once. A trigger's update that waited for another transaction's lock on a
-- partnership row recomputed the text from what it saw before waiting (the function reads
-- participants and organisations with the statement's snapshot): an organisation renamed while
-- someone added a participant could leave one of the two changes out of the text. Each trigger
-- now locks the partnerships first, in id order (no deadlock between two of them), then updates
-- them in a second statement, which sees whatever was committed while it waited.
--
-- The trigram indexes of titles and reference codes (V202612081500) are dropped: the search reads
-- search_text only, and they cost every write. Those of organisation names and acronyms stay (the
-- utility and brokering lists search them).

create or replace function participant_keep_search_text() returns trigger
language plpgsql as $$
begin
    perform 1 from partnership p
    where p.id in (select partnership_id from new_rows union select partnership_id from old_rows)
    order by p.id for update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows union select partnership_id from old_rows);
    return null;
end $$;

create or replace function participant_keep_search_text_inserted() returns trigger
language plpgsql as $$
begin
    perform 1 from partnership p where p.id in (select partnership_id from new_rows) order by p.id for update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows);
    return null;
end $$;

create or replace function participant_keep_search_text_deleted() returns trigger
language plpgsql as $$
begin
    perform 1 from partnership p where p.id in (select partnership_id from old_rows) order by p.id for update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from old_rows);
    return null;
end $$;

create or replace function organisation_keep_search_text() returns trigger
language plpgsql as $$
begin
    perform 1 from partnership p
    where p.id in (select x.partnership_id from participant x
                   join new_rows o on o.id = x.organisation_id
                   join old_rows was on was.id = o.id
                   where o.name is distinct from was.name or o.acronym is distinct from was.acronym)
    order by p.id for update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select x.partnership_id from participant x
                   join new_rows o on o.id = x.organisation_id
                   join old_rows was on was.id = o.id
                   where o.name is distinct from was.name or o.acronym is distinct from was.acronym);
    return null;
end $$;

drop index partnership_title_trgm_idx;
drop index partnership_reference_code_trgm_idx;
