-- Two races in the triggers that keep partnership.facets (V202612121000, V202612121100) and
-- partnership.search_text (V202612091300), found by review:
--
-- 1. They locked the partnerships FOR UPDATE. That lock also waits for every open transaction that
--    inserted a row referring to the partnership (a report, a status change, a work-plan line:
--    their foreign-key check holds KEY SHARE on it), and two such transactions could deadlock.
--    FOR NO KEY UPDATE still makes the triggers wait for each other and for updates of the
--    partnership, not for foreign-key checks.
-- 2. With that lighter lock, an organisation changed (its acronym, its country) while it is being
--    added to a partnership it was not in: the organisation's trigger does not see the new
--    participant (not committed), and the participant's trigger read the organisation as it was
--    (its change not committed either), so the partnership kept the old acronym or country until
--    something else touched it (FOR UPDATE happened to make the addition wait). A participant's
--    triggers now lock its organisations FOR SHARE first, which waits for a change of them to
--    commit, then read them (SearchTextConcurrencyTests). A partnership edit that adds an
--    organisation changed at that very moment, and already holds the partnership, can deadlock
--    with the change: PostgreSQL ends one of the two, and the application answers it as any
--    concurrent change (409, "changed by someone else meanwhile") rather than keep a stale text.
--
-- A facets recompute no longer rewrites a partnership whose facets did not change (a participant's
-- note or position edited).

create or replace function partnership_keep_facets(ids bigint[]) returns void
language plpgsql as $$
begin
    perform 1 from partnership p where p.id = any(ids) order by p.id for no key update;
    update partnership p
    set facets = partnership_facets(p.id, coalesce(p.actual_start, p.planned_start), coalesce(p.actual_end, p.planned_end))
    where p.id = any(ids)
    and p.facets is distinct from
        partnership_facets(p.id, coalesce(p.actual_start, p.planned_start), coalesce(p.actual_end, p.planned_end));
end $$;

create or replace function keep_partnership_facets() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if tg_table_name = 'participant' then
            perform 1 from organisation o where o.id in (select organisation_id from new_rows) order by o.id for share;
        end if;
        perform partnership_keep_facets(array(select partnership_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform partnership_keep_facets(array(select partnership_id from old_rows));
    else
        if tg_table_name = 'participant' then
            perform 1 from organisation o where o.id in (select organisation_id from new_rows) order by o.id for share;
        end if;
        perform partnership_keep_facets(array(select partnership_id from new_rows
                                              union select partnership_id from old_rows));
    end if;
    return null;
end $$;

create or replace function participant_keep_search_text() returns trigger
language plpgsql as $$
begin
    perform 1 from organisation o where o.id in (select organisation_id from new_rows) order by o.id for share;
    perform 1 from partnership p
    where p.id in (select partnership_id from new_rows union select partnership_id from old_rows)
    order by p.id for no key update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows union select partnership_id from old_rows);
    return null;
end $$;

create or replace function participant_keep_search_text_inserted() returns trigger
language plpgsql as $$
begin
    perform 1 from organisation o where o.id in (select organisation_id from new_rows) order by o.id for share;
    perform 1 from partnership p where p.id in (select partnership_id from new_rows) order by p.id for no key update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select partnership_id from new_rows);
    return null;
end $$;

create or replace function participant_keep_search_text_deleted() returns trigger
language plpgsql as $$
begin
    perform 1 from partnership p where p.id in (select partnership_id from old_rows) order by p.id for no key update;
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
    order by p.id for no key update;
    update partnership p set search_text = partnership_search_text(p.id, p.title, p.reference_code)
    where p.id in (select x.partnership_id from participant x
                   join new_rows o on o.id = x.organisation_id
                   join old_rows was on was.id = o.id
                   where o.name is distinct from was.name or o.acronym is distinct from was.acronym);
    return null;
end $$;
