-- Large synthetic dataset, FOR BENCHMARKS ONLY: never run this on a production database.
--
-- Adds, on top of the demo data (it needs the demo accounts 1-4 as report submitters and
-- reviewers), with ids from 10,000,000 upward and names and codes starting "Generated"/"GEN-":
--      20,000 organisations (85 % UTILITY, 5 % each ASSOCIATION, SUPPORT_ORGANISATION, FUNDER),
--             in the countries that have a regional platform (organisation 10000042 is a utility)
--      50,000 WOP partnerships: PIPELINE 5 %, IMPLEMENTATION 40 %, FINALISATION 10 %, CLOSED 40 %,
--             CANCELLED 2.5 %, SUSPENDED 2.5 %, about 80 % published, 10 % reporting half-yearly,
--             dates 2005-2030 with YEAR/MONTH/DAY precisions, the regional platform of the
--             lead mentee's country, a funding programme on about 40 %
--     ~130,000 participants (a LEAD_MENTOR and a LEAD_MENTEE each, FUNDER, SUPPORTING_ORG,
--             MENTOR or MENTEE besides on about 30 %), ~100,000 working areas, ~100,000 SDG
--             targets, ~30,000 contributions (USD and EUR amounts), ~50,000 deliverables
--     500,000 indicators (10 per partnership, about 70 % from the KPI catalogue)
--     400,000 progress reports (exactly 8 per partnership on average, only for partnerships
--             that have started: one per year, or per half-year, from the start to the end or to
--             the last period due, revision 1, mostly APPROVED, the latest report of a partnership
--             under way sometimes SUBMITTED, DRAFT or RETURNED)
--   4,000,000 indicator values (one per indicator and report)
--
-- Deterministic: no random(), no now(). Every choice is a hash of a row number (hashint8,
-- PostgreSQL's built-in integer hash) or plain arithmetic, and every timestamp is derived from the
-- data, so two runs give identical rows. About 1.5 minutes on a 2-core machine (embedded
-- PostgreSQL 17, default settings).
--
-- Runs with psql (psql -v ON_ERROR_STOP=1 -f ...) or as one JDBC statement string (the
-- application's wop.perf.generate=true): plain SQL, no psql commands. Everything happens in one
-- transaction, so a failure leaves nothing behind, settings are SET LOCAL and the helper tables
-- are dropped at commit. The first statement refuses to run a second time.
--
-- Sequences: rows get explicit ids and no sequence is touched. The application's sequences
-- start at 1000 and allocate upward in blocks of 50, so they reach 10,000,000 only after
-- millions of new records, long after any benchmark is over.
--
-- Foreign keys and check constraints stay on. Rows are created parents first, each table in id
-- order, so that the foreign-key checks and the index insertions touch pages in order.

do $$
begin
    if exists (select 1 from organisation where id = 10000000) then
        raise exception 'large dataset already present';
    end if;
    if exists (select 1 from organisation where id between 10000000 and 19999999)
            or exists (select 1 from partnership where id between 10000000 and 19999999)
            or exists (select 1 from participant where id between 10000000 and 19999999)
            or exists (select 1 from contribution where id between 10000000 and 19999999)
            or exists (select 1 from deliverable where id between 10000000 and 19999999)
            or exists (select 1 from indicator where id between 10000000 and 19999999)
            or exists (select 1 from progress_report where id between 10000000 and 19999999)
            or exists (select 1 from indicator_value where id between 10000000 and 19999999) then
        raise exception 'ids from 10,000,000 are in use already: the large dataset cannot be added';
    end if;
    if (select count(*) from user_account where id in (1, 2, 3, 4)) < 4 then
        raise exception 'the large dataset needs the demo accounts 1 to 4 (start with the demo data on)';
    end if;
end
$$;

begin;

set local synchronous_commit = off;
set local work_mem = '256MB';
set local jit = off;

-- A deterministic hash of a row number: 0 .. 2^31-1. Different salts give independent choices
-- for the same row. A plain SQL expression, inlined by the planner.
create function pg_temp.gen_h(key bigint, salt integer) returns integer
    language sql immutable parallel safe
    as 'select hashint8($1 * 128 + $2) & 2147483647';

-- The reference codes to choose from, in a fixed order.
create temp table gen_ref on commit drop as
select (select array_agg(code order by code) from country where regional_platform_code is not null) as countries,
       (select array_agg(code order by code) from funding_programme) as programmes,
       (select array_agg(code order by hashint4(sort_order), code) from working_area) as areas,
       (select array_agg(code order by goal_code, sort_order) from sdg_target
            where goal_code = 6 or code in ('11.1', '11.5', '17.16', '17.17')) as targets,
       (select array_agg(code order by hashint4(sort_order), code) from kpi) as kpis;

-- ---------------------------------------------------------------------------------------------
-- Organisations: 10000000 + n, n = 0 .. 19,999. In each run of 20 numbers, 17 utilities, then an
-- association, a support organisation and a funder. Utility number k (0 .. 16,999) is
-- organisation 10000000 + (k / 17) * 20 + k % 17. Utilities 0 .. 1,999 are the (larger) mentors.

insert into organisation (id, version, name, acronym, type, country_code, city, description, ownership,
    provides_water, provides_sanitation, population_served, connections, staff, facts_as_of, sources,
    created_at, updated_at)
select 10000000 + o.n, 0,
       case t.type
           when 'UTILITY' then 'Generated Water Utility ' || lpad((t.k + 1)::text, 5, '0')
           when 'ASSOCIATION' then 'Generated Water Association ' || lpad((t.b + 1)::text, 4, '0')
           when 'SUPPORT_ORGANISATION' then 'Generated Support Organisation ' || lpad((t.b + 1)::text, 4, '0')
           else 'Generated Funder ' || lpad((t.b + 1)::text, 4, '0')
       end,
       case t.type
           when 'UTILITY' then 'GEN-U' || (t.k + 1)
           when 'ASSOCIATION' then 'GEN-A' || (t.b + 1)
           when 'SUPPORT_ORGANISATION' then 'GEN-S' || (t.b + 1)
           else 'GEN-F' || (t.b + 1)
       end,
       t.type,
       r.countries[1 + pg_temp.gen_h(o.n, 1) % array_length(r.countries, 1)],
       'Generated City ' || (1 + pg_temp.gen_h(o.n, 2) % 2000),
       'Generated organisation for benchmarks (synthetic, not a real organisation).',
       case when t.type = 'UTILITY'
            then (array['Public utility', 'Municipal department', 'Public company', 'Private concession'])[1 + pg_temp.gen_h(o.n, 3) % 4]
       end,
       case when t.type = 'UTILITY' then pg_temp.gen_h(o.n, 4) % 20 <> 0 end,
       case when t.type = 'UTILITY' then pg_temp.gen_h(o.n, 5) % 10 < 6 end,
       s.population,
       s.population / (4 + pg_temp.gen_h(o.n, 7) % 5),
       s.population / (700 + pg_temp.gen_h(o.n, 8) % 1300),
       case when s.population is not null then '2024' end,
       'Generated by perf/large-dataset.sql',
       timestamptz '2026-01-01 00:00:00+00' + o.n * interval '1 minute',
       timestamptz '2026-01-01 00:00:00+00' + o.n * interval '1 minute'
from gen_ref r
cross join generate_series(0, 19999) as o (n)
cross join lateral (
    select case when o.n % 20 < 17 then 'UTILITY'
                when o.n % 20 = 17 then 'ASSOCIATION'
                when o.n % 20 = 18 then 'SUPPORT_ORGANISATION'
                else 'FUNDER' end as type,
           (o.n / 20) * 17 + o.n % 20 as k,
           o.n / 20 as b
) t
cross join lateral (
    select case when t.type = 'UTILITY' and pg_temp.gen_h(o.n, 6) % 10 < 9 then
               case when t.k < 2000 then 200000 + pg_temp.gen_h(o.n, 9) % 4800000
                    else 2000 + (pg_temp.gen_h(o.n, 9) % 1000)::bigint * (pg_temp.gen_h(o.n, 10) % 1000) end
           end::bigint as population
) s
order by o.n;

-- ---------------------------------------------------------------------------------------------
-- Partnerships, worked out once in a helper table. In each run of 20 numbers, slot s (a rotation
-- of n % 20) gives the status: 0 PIPELINE, 1-8 IMPLEMENTATION, 9-10 FINALISATION, 11-18 CLOSED,
-- 19 CANCELLED or SUSPENDED. The 19 started ones of a run get 1 .. 16, 8, 8 and 8 reports
-- (rotated too): 160 reports per run, 400,000 in all.
-- Partnerships under way report up to 2025 (yearly) or the first half of 2026 (half-yearly):
-- the last periods due on 2 December 2026. The others report up to the year they ended.

create temp table gen_p on commit drop as
with base as (
    select n, n / 20 as b, (n % 20 + (n / 20) * 7) % 20 as s
    from generate_series(0, 49999) as n
), st as (
    select n, b, s,
           case when s = 0 then 'PIPELINE'
                when s <= 8 then 'IMPLEMENTATION'
                when s <= 10 then 'FINALISATION'
                when s <= 18 then 'CLOSED'
                when b % 2 = 0 then 'CANCELLED'
                else 'SUSPENDED' end as status,
           case when s = 0 then 0
                else (array[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 8, 8, 8])[1 + (s - 1 + b) % 19] end as r,
           case when pg_temp.gen_h(n, 1) % 10 = 0 then 'HALF_YEARLY' else 'YEARLY' end as cadence,
           2000 + pg_temp.gen_h(n, 2) % 15000 as mentee_k,
           pg_temp.gen_h(n, 3) % 2000 as mentor_k
    from base
), sp as (
    select st.*,
           status in ('IMPLEMENTATION', 'FINALISATION') as ongoing,
           case when r = 0 then 0 when cadence = 'YEARLY' then r else (r + 1) / 2 end as span
    from st
), yr as (
    -- e: the year of the last report (and of the end, for CLOSED and CANCELLED) of an ended one
    select sp.*,
           case when r > 0 and not ongoing then 2004 + span + pg_temp.gen_h(n, 4) % (22 - span) end as e
    from sp
), fp as (
    -- p0: the first period, a year (YEARLY) or a half-year index year * 2 + half - 1 (HALF_YEARLY)
    select yr.*,
           case when r = 0 then null
                when cadence = 'YEARLY' then coalesce(e, 2025) - r + 1
                else coalesce(2 * e + 1, 2026 * 2) - r + 1 end as p0
    from yr
), dt as (
    select fp.*,
           case when cadence = 'YEARLY' then p0 else p0 / 2 end as f,
           (array['DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'MONTH', 'MONTH', 'MONTH', 'YEAR', 'YEAR'])[1 + pg_temp.gen_h(n, 5) % 10] as ap,
           (array['DAY', 'DAY', 'DAY', 'MONTH', 'MONTH', 'MONTH', 'MONTH', 'YEAR', 'YEAR', 'YEAR'])[1 + pg_temp.gen_h(n, 6) % 10] as pp
    from fp
), pl as (
    select dt.*,
           case when r = 0 then 2026 + pg_temp.gen_h(n, 7) % 2
                else greatest(2005, f - pg_temp.gen_h(n, 7) % 2) end as pf
    from dt
)
select pl.*,
       10000000 + n as id,
       10000000 + (mentee_k / 17) * 20 + mentee_k % 17 as mentee_id,
       10000000 + (mentor_k / 17) * 20 + mentor_k % 17 as mentor_id,
       10000000 + (pg_temp.gen_h(n, 8) % 1000) * 20 + 19 as funder_id,
       10000000 + (pg_temp.gen_h(n, 9) % 1000) * 20 + 18 as support_id,
       case when status = 'PIPELINE' then pf + 2 + pg_temp.gen_h(n, 10) % 2
            when status = 'IMPLEMENTATION' then 2026 + pg_temp.gen_h(n, 10) % 3
            when status = 'FINALISATION' then 2026
            else e + pg_temp.gen_h(n, 10) % 2 end as pe,
       pg_temp.gen_h(n, 11) % 10 < 4 as financed,
       (20 + pg_temp.gen_h(n, 12) % 480) * 1000 as amount,
       case when pg_temp.gen_h(n, 13) % 3 = 0 then 'EUR' else 'USD' end as currency,
       coalesce(sum(r) over (order by n rows between unbounded preceding and 1 preceding), 0) as report_offset
from pl
order by n;

create temp table gen_dates on commit drop as
select p.n,
       case p.pp when 'YEAR' then make_date(p.pf, 1, 1)
                 when 'MONTH' then make_date(p.pf, 1 + pg_temp.gen_h(p.n, 20) % 6, 1)
                 else make_date(p.pf, 1 + pg_temp.gen_h(p.n, 20) % 6, 1 + pg_temp.gen_h(p.n, 21) % 28) end as planned_start,
       case p.pp when 'YEAR' then make_date(p.pe, 1, 1)
                 when 'MONTH' then make_date(p.pe, 7 + pg_temp.gen_h(p.n, 22) % 6, 1)
                 else make_date(p.pe, 7 + pg_temp.gen_h(p.n, 22) % 6, 1 + pg_temp.gen_h(p.n, 23) % 28) end as planned_end,
       case when p.r > 0 then
           case p.ap when 'YEAR' then make_date(p.f, 1, 1)
                     when 'MONTH' then make_date(p.f, 1 + pg_temp.gen_h(p.n, 24) % 6, 1)
                     else make_date(p.f, 1 + pg_temp.gen_h(p.n, 24) % 6, 1 + pg_temp.gen_h(p.n, 25) % 28) end
       end as actual_start,
       case when p.status in ('CLOSED', 'CANCELLED') then
           case p.ap when 'YEAR' then make_date(p.e, 1, 1)
                     when 'MONTH' then make_date(p.e, 7 + pg_temp.gen_h(p.n, 26) % 6, 1)
                     else make_date(p.e, 7 + pg_temp.gen_h(p.n, 26) % 6, 1 + pg_temp.gen_h(p.n, 27) % 28) end
       end as actual_end
from gen_p p;

insert into partnership (id, version, reference_code, kind, title, description, objectives, implementation_notes,
    results_narrative, status, planned_start, planned_start_precision, planned_end, planned_end_precision,
    actual_start, actual_start_precision, actual_end, actual_end_precision, regional_platform_code,
    funding_programme_code, budget_amount, budget_currency, contact_name, contact_position, contact_email,
    published, sources, created_at, updated_at, reporting_cadence)
select p.id, 0,
       'GEN-' || lpad((p.n + 1)::text, 6, '0'),
       'WOP',
       'Generated WOP ' || (p.n + 1) || ': ' || mo.name || ' – ' || me.name,
       'Generated partnership for benchmarks: ' || mo.name || ' mentors ' || me.name || ' (' || c.name_en || ').',
       case when pg_temp.gen_h(p.n, 30) % 2 = 0 then 'Generated objectives: reduce non-revenue water, improve billing and collection, extend services.' end,
       case when pg_temp.gen_h(p.n, 31) % 4 = 0 then 'Generated implementation notes.' end,
       case when p.status = 'CLOSED' and pg_temp.gen_h(p.n, 32) % 2 = 0 then 'Generated results narrative: targets mostly met.' end,
       p.status,
       d.planned_start, p.pp, d.planned_end, p.pp,
       d.actual_start, case when d.actual_start is not null then p.ap end,
       d.actual_end, case when d.actual_end is not null then p.ap end,
       c.regional_platform_code,
       case when pg_temp.gen_h(p.n, 33) % 10 < 4 then r.programmes[1 + pg_temp.gen_h(p.n, 34) % array_length(r.programmes, 1)] end,
       case when p.financed then p.amount end,
       case when p.financed then p.currency end,
       case when pg_temp.gen_h(p.n, 35) % 2 = 0 then 'Generated Contact ' || (p.n + 1) end,
       case when pg_temp.gen_h(p.n, 35) % 2 = 0 then 'WOP coordinator' end,
       case when pg_temp.gen_h(p.n, 35) % 2 = 0 then 'gen.contact' || (p.n + 1) || '@example.org' end,
       pg_temp.gen_h(p.n, 36) % 100 < 80,
       'Generated by perf/large-dataset.sql',
       ((make_date(p.pf - 1, 10, 1) + (p.n % 90)) + time '10:00') at time zone 'UTC',
       ((make_date(p.pf - 1, 10, 1) + (p.n % 90) + 30) + time '10:00') at time zone 'UTC',
       p.cadence
from gen_p p
join gen_dates d on d.n = p.n
join organisation mo on mo.id = p.mentor_id
join organisation me on me.id = p.mentee_id
join country c on c.code = me.country_code
cross join gen_ref r
order by p.id;

-- Participants: 10000000 + n * 5 + position. On about 30 %, 1 to 3 more of FUNDER,
-- SUPPORTING_ORG, MENTOR and MENTEE (each role once, other organisations than the leads).
insert into participant (id, partnership_id, organisation_id, role, position, note)
select 10000000 + x.n * 5 + x.position, 10000000 + x.n, x.organisation_id, x.role, x.position, null
from (
    select p.n, 0 as position, p.mentor_id as organisation_id, 'LEAD_MENTOR' as role from gen_p p
    union all
    select p.n, 1, p.mentee_id, 'LEAD_MENTEE' from gen_p p
    union all
    select p.n, 1 + t, case q.role
               when 'FUNDER' then p.funder_id
               when 'SUPPORTING_ORG' then p.support_id
               when 'MENTOR' then 10000000 + (q.k / 17) * 20 + q.k % 17
               else 10000000 + (q.e / 17) * 20 + q.e % 17 end,
           q.role
    from gen_p p
    cross join lateral generate_series(1, 1 + pg_temp.gen_h(p.n, 41) % 3) as t
    cross join lateral (
        select (array['FUNDER', 'SUPPORTING_ORG', 'MENTOR', 'MENTEE'])[1 + (pg_temp.gen_h(p.n, 42) + t) % 4] as role,
               (p.mentor_k + 1 + pg_temp.gen_h(p.n, 43) % 1999) % 2000 as k,
               2000 + (p.mentee_k - 2000 + 1 + pg_temp.gen_h(p.n, 44) % 14999) % 15000 as e
    ) q
    where pg_temp.gen_h(p.n, 40) % 10 < 3
) x
order by 1;

-- 1 to 3 working areas and SDG targets each.
insert into partnership_working_area (partnership_id, working_area_code)
select p.id, r.areas[1 + (pg_temp.gen_h(p.n, 45) + t) % array_length(r.areas, 1)]
from gen_p p
cross join gen_ref r
cross join lateral generate_series(0, pg_temp.gen_h(p.n, 46) % 3) as t
order by 1, 2;

insert into partnership_sdg_target (partnership_id, sdg_target_code)
select p.id, r.targets[1 + (pg_temp.gen_h(p.n, 47) + t) % array_length(r.targets, 1)]
from gen_p p
cross join gen_ref r
cross join lateral generate_series(0, pg_temp.gen_h(p.n, 48) % 3) as t
order by 1, 2;

-- Contributions: 10000000 + n * 2 + position. Financing by a funder on about 40 % (the budget of
-- the partnership), the mentor's staff time on about half of those.
insert into contribution (id, partnership_id, category, description, organisation_id, amount, currency,
    share_percent, position)
select 10000000 + x.n * 2 + x.position, 10000000 + x.n, x.category, x.description, x.organisation_id,
       x.amount, x.currency, x.share_percent, x.position
from (
    select p.n, 0 as position, 'FINANCING' as category, 'Generated grant' as description,
           p.funder_id as organisation_id, p.amount::numeric(15, 2) as amount, p.currency,
           100.00::numeric(5, 2) as share_percent
    from gen_p p
    where p.financed
    union all
    select p.n, 1, 'STAFF_TECHNICAL_EXPERTISE', 'Generated: staff time of the mentor', p.mentor_id, null, null, null
    from gen_p p
    where p.financed and pg_temp.gen_h(p.n, 50) % 2 = 0
) x
order by 1;

-- Deliverables: 10000000 + n * 3 + position, on about half of the partnerships.
insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position)
select 10000000 + p.n * 3 + t, p.id,
       'Generated deliverable ' || (t + 1) || ' of GEN-' || lpad((p.n + 1)::text, 6, '0'),
       case q.precision when 'YEAR' then make_date(q.due_year, 1, 1)
                        when 'MONTH' then make_date(q.due_year, 1 + pg_temp.gen_h(p.n * 3 + t, 53) % 12, 1)
                        else make_date(q.due_year, 1 + pg_temp.gen_h(p.n * 3 + t, 53) % 12, 1 + pg_temp.gen_h(p.n * 3 + t, 54) % 28) end,
       q.precision,
       case when p.status = 'CANCELLED' then 'CANCELLED'
            when p.status = 'CLOSED' then case when pg_temp.gen_h(p.n * 3 + t, 55) % 10 = 0 then 'CANCELLED' else 'ACHIEVED' end
            when p.status = 'PIPELINE' then 'NOT_REPORTED'
            when p.status = 'SUSPENDED' then 'DELAYED'
            when q.due_year < 2026 then case when pg_temp.gen_h(p.n * 3 + t, 55) % 10 < 7 then 'ACHIEVED' else 'DELAYED' end
            else case when pg_temp.gen_h(p.n * 3 + t, 55) % 10 < 7 then 'ON_TRACK' else 'NOT_REPORTED' end end,
       t
from gen_p p
cross join lateral generate_series(0, pg_temp.gen_h(p.n, 51) % 3) as t
cross join lateral (
    select least(p.pe, coalesce(p.f, p.pf) + t) as due_year,
           (array['MONTH', 'MONTH', 'DAY', 'YEAR'])[1 + pg_temp.gen_h(p.n * 3 + t, 52) % 4] as precision
) q
where pg_temp.gen_h(p.n, 50) % 2 = 1
order by 1;

-- ---------------------------------------------------------------------------------------------
-- Indicators: 10000000 + n * 10 + k, k = 0 .. 9; about 70 % a KPI of the catalogue (each KPI
-- at most once per partnership), the rest custom. Baseline the year before the start, target
-- at the planned end, moving 5-34 % (or 3-22 points for a percentage) the better way.

create temp table gen_i on commit drop as
select p.n, k.k,
       q.kpi_code,
       coalesce(kp.name_en, 'Generated custom indicator ' || (k.k + 1)) as name,
       case when q.kpi_code is not null then kp.unit else q.custom_unit end as unit,
       case when q.kpi_code is not null then kp.better_direction else q.custom_direction end as better_direction,
       make_date(coalesce(p.f, p.pf) - 1, 12, 31) as baseline_date,
       make_date(p.pe, 12, 31) as target_date
from gen_p p
cross join generate_series(0, 9) as k (k)
cross join gen_ref r
cross join lateral (
    select case when pg_temp.gen_h(p.n * 10 + k.k, 60) % 10 < 7
                then r.kpis[1 + (pg_temp.gen_h(p.n, 61) + k.k) % array_length(r.kpis, 1)] end as kpi_code,
           (array['%', 'm3/day', 'km', 'people', 'connections', 'days', 'hrs/day'])[1 + pg_temp.gen_h(p.n * 10 + k.k, 62) % 7] as custom_unit,
           case when pg_temp.gen_h(p.n * 10 + k.k, 63) % 2 = 0 then 'HIGHER' else 'LOWER' end as custom_direction
) q
left join kpi kp on kp.code = q.kpi_code;

create temp table gen_iv on commit drop as
select i.*, v.baseline_value,
       round(case when coalesce(i.better_direction, 'HIGHER') = 'HIGHER'
                  then least(v.upper, v.baseline_value + v.change)
                  else greatest(0, v.baseline_value - v.change) end, 2) as target_value,
       v.upper
from gen_i i
cross join lateral (
    select s.baseline_value, s.upper,
           case when s.upper is not null then 3 + pg_temp.gen_h(i.n * 10 + i.k, 66) % 20
                else round(s.baseline_value * (5 + pg_temp.gen_h(i.n * 10 + i.k, 66) % 30) / 100, 2) end as change
    from (
        select case when left(i.unit, 1) = '%' then (100 + pg_temp.gen_h(i.n * 10 + i.k, 64) % 800) / 10.0
                    when i.unit in ('people', 'connections') then (10 + pg_temp.gen_h(i.n * 10 + i.k, 64) % 990) * 1000.0
                    when i.unit = 'hrs/day' then (40 + pg_temp.gen_h(i.n * 10 + i.k, 64) % 160) / 10.0
                    else (10 + pg_temp.gen_h(i.n * 10 + i.k, 64) % 990) / 10.0 end as baseline_value,
               case when left(i.unit, 1) = '%' then 100.0
                    when i.unit = 'hrs/day' then 24.0 end as upper
    ) s
) v;

insert into indicator (id, version, partnership_id, kpi_code, name, unit, better_direction, baseline_value,
    baseline_date, target_value, target_date, means_of_verification, frequency)
select 10000000 + i.n * 10 + i.k, 0, 10000000 + i.n, i.kpi_code, i.name, i.unit, i.better_direction,
       i.baseline_value, i.baseline_date, i.target_value, i.target_date,
       case when pg_temp.gen_h(i.n * 10 + i.k, 67) % 2 = 0 then 'Generated: utility records' end,
       'YEARLY'
from gen_iv i
order by i.n, i.k;

-- Baselines, targets and upper bounds by partnership, for the values below.
create temp table gen_pv on commit drop as
select n, array_agg(baseline_value order by k) as baselines, array_agg(target_value order by k) as targets,
       array_agg(upper order by k) as uppers
from gen_iv
group by n;

-- ---------------------------------------------------------------------------------------------
-- Progress reports: 10000000 + report_offset + i, i = 0 .. r - 1, one per period from the
-- first. All APPROVED but the latest of a partnership under way (50 % APPROVED, 25 % SUBMITTED,
-- 15 % DRAFT, 10 % RETURNED) and of a suspended one (half SUBMITTED). Submitted by the demo
-- utility staff (4) 15-74 days after the period, reviewed 3-27 days later by the platform's demo
-- coordinator (2 WOP-Africa, 3 WaterLinks) or the demo secretariat (1).

insert into progress_report (id, version, partnership_id, period_year, period_half, revision, corrects_report_id,
    status, health, health_reason, achievements, challenges, next_steps, lessons, submitted_by, submitted_at,
    reviewed_by, reviewed_at, reviewer_comment)
select x.id,
       case x.status when 'DRAFT' then 0 when 'SUBMITTED' then 1 else 2 end,
       x.partnership_id, x.period_year, x.period_half, 1, null,
       x.status, x.health,
       case x.health when 'POTENTIAL_RISKS' then 'Generated: delays in procurement.'
                     when 'ROADBLOCK' then 'Generated: funding of the counterpart stopped.' end,
       'Generated achievements of ' || x.period_label || '.',
       case when x.health in ('POTENTIAL_RISKS', 'ROADBLOCK') then 'Generated challenges of ' || x.period_label || '.' end,
       case when pg_temp.gen_h(x.id - 10000000, 73) % 2 = 0 then 'Generated next steps.' end,
       case when pg_temp.gen_h(x.id - 10000000, 74) % 10 = 0 then 'Generated lessons learnt.' end,
       case when x.status <> 'DRAFT' then 4 end,
       case when x.status <> 'DRAFT' then x.submitted_at end,
       case when x.status in ('APPROVED', 'RETURNED') then
           case x.platform when 'WOP_AFRICA' then 2 when 'WATERLINKS' then 3 else 1 end end,
       case when x.status in ('APPROVED', 'RETURNED') then
           x.submitted_at + (3 + pg_temp.gen_h(x.id - 10000000, 75) % 25) * interval '1 day' end,
       case when x.status = 'RETURNED' then 'Generated: please complete the indicator values.' end
from (
    select y.*,
           case when y.status = 'DRAFT' and pg_temp.gen_h(y.id - 10000000, 71) % 2 = 0 then null
                else (array['ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'ON_TRACK',
                            'POTENTIAL_RISKS', 'POTENTIAL_RISKS', 'ROADBLOCK'])[1 + pg_temp.gen_h(y.id - 10000000, 72) % 10] end as health,
           y.period_year || case y.period_half when 0 then '' else ' H' || y.period_half end as period_label,
           ((case y.period_half when 1 then make_date(y.period_year, 6, 30) else make_date(y.period_year, 12, 31) end)
               + (15 + pg_temp.gen_h(y.id - 10000000, 76) % 60) + time '09:00') at time zone 'UTC' as submitted_at
    from (
        select 10000000 + p.report_offset + i as id, p.id as partnership_id, pt.regional_platform_code as platform,
               case when p.cadence = 'YEARLY' then p.p0 + i else (p.p0 + i) / 2 end as period_year,
               case when p.cadence = 'YEARLY' then 0 else (p.p0 + i) % 2 + 1 end as period_half,
               case when i = p.r - 1 and p.ongoing then
                        (array['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED',
                               'APPROVED', 'APPROVED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED',
                               'DRAFT', 'DRAFT', 'DRAFT', 'RETURNED', 'RETURNED'])[1 + pg_temp.gen_h(p.n, 70) % 20]
                    when i = p.r - 1 and p.status = 'SUSPENDED' and pg_temp.gen_h(p.n, 70) % 2 = 0 then 'SUBMITTED'
                    else 'APPROVED' end as status
        from gen_p p
        join partnership pt on pt.id = p.id
        cross join lateral generate_series(0, p.r - 1) as i
    ) y
) x
order by x.id;

-- ---------------------------------------------------------------------------------------------
-- Indicator values: 10000000 + (report id - 10000000) * 10 + k, one per report and indicator,
-- from the baseline towards the target over the reports, give or take 10 % of the change.
-- Inserted 5,000 partnerships (400,000 values) at a time to keep the foreign-key check queue small.

do $$
begin
    for c in 0 .. 9 loop
        insert into indicator_value (id, report_id, indicator_id, value, comment)
        select 10000000 + (p.report_offset + i) * 10 + k,
               10000000 + p.report_offset + i,
               10000000 + p.n * 10 + k,
               greatest(0, least(v.uppers[k + 1],
                   round(v.baselines[k + 1] + (v.targets[k + 1] - v.baselines[k + 1])
                       * ((i + 1)::numeric / p.r
                          + (pg_temp.gen_h((p.report_offset + i) * 10 + k, 80) % 201 - 100) / 1000.0), 2))),
               case when pg_temp.gen_h((p.report_offset + i) * 10 + k, 81) % 50 = 0 then 'Generated comment' end
        from gen_p p
        join gen_pv v on v.n = p.n
        cross join lateral generate_series(0, p.r - 1) as i
        cross join generate_series(0, 9) as k
        where p.n between c * 5000 and c * 5000 + 4999
        order by 1;
    end loop;
end
$$;

drop function pg_temp.gen_h(bigint, integer);

commit;

analyze;
