-- A partnership's work plan (issue 16, first part): activities per working area with their
-- planned dates, the people responsible on each side and their status, and budget lines per
-- activity, contributor, kind and year. Amounts are never negative; staff-days have no
-- currency, money always has one; amounts in different currencies are never added up.

create sequence activity_seq start with 1000 increment by 50;

create table activity (
    id                      bigint        primary key,
    version                 bigint        not null default 0,
    partnership_id          bigint        not null references partnership (id) on delete cascade,
    working_area_code       varchar(40)   not null references working_area (code),
    title                   varchar(300)  not null check (length(trim(title)) > 0),
    description             varchar(10000),
    starting_situation      varchar(10000),
    planned_start           date          not null,
    planned_start_precision varchar(5)    not null check (planned_start_precision in ('YEAR', 'MONTH', 'DAY')),
    planned_end             date          not null,
    planned_end_precision   varchar(5)    not null check (planned_end_precision in ('YEAR', 'MONTH', 'DAY')),
    mentor_responsible      varchar(200),
    mentee_responsible      varchar(200),
    status                  varchar(20)   not null check (status in ('NOT_STARTED', 'UNDER_WAY', 'DONE', 'DROPPED')),
    -- Where the activity stands in words; required when it is dropped (why).
    status_note             varchar(2000),
    -- Set only by the demo data: a made-up activity, labelled as such wherever it shows.
    illustrative            boolean       not null default false,
    check (status <> 'DROPPED' or status_note is not null)
);
create index activity_partnership_idx on activity (partnership_id, planned_start, id);

create sequence budget_line_seq start with 1000 increment by 50;

create table budget_line (
    id              bigint         primary key,
    activity_id     bigint         not null references activity (id) on delete cascade,
    contributor_id  bigint         not null references organisation (id),
    kind            varchar(10)    not null check (kind in ('CASH', 'IN_KIND', 'STAFF_DAYS')),
    amount          numeric(15, 2) not null check (amount >= 0),
    currency        varchar(3)     check (currency ~ '^[A-Z]{3}$'),
    budget_year     integer        not null check (budget_year between 1990 and 2200),
    check ((kind = 'STAFF_DAYS') = (currency is null))
);
create index budget_line_activity_idx on budget_line (activity_id, budget_year, id);
create index budget_line_contributor_idx on budget_line (contributor_id);

create trigger activity_changed after insert or update or delete or truncate on activity
    for each statement execute function note_data_change();
create trigger budget_line_changed after insert or update or delete or truncate on budget_line
    for each statement execute function note_data_change();
