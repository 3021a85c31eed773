-- Results framework and progress reports (first part of progress tracking).
-- An indicator belongs to a partnership: a KPI of the catalogue or a custom one with its own unit
-- and better direction. A progress report covers one period (a year, or a half-year: period_half
-- 1 or 2) and revision; corrections are new revisions pointing at the report they correct.

create sequence indicator_seq start with 1000 increment by 50;
create sequence progress_report_seq start with 1000 increment by 50;
create sequence indicator_value_seq start with 1000 increment by 50;

create table indicator (
    id              bigint       primary key,
    version         bigint       not null default 0,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    kpi_code        varchar(40)  references kpi (code),
    name            varchar(300) not null check (length(trim(name)) > 0),
    unit            varchar(60),
    better_direction varchar(6)  check (better_direction in ('HIGHER', 'LOWER')),
    baseline_value  numeric(18, 4),
    baseline_date   date,
    target_value    numeric(18, 4),
    target_date     date,
    means_of_verification text,
    frequency       varchar(12)  not null check (frequency in ('YEARLY', 'HALF_YEARLY')),
    check (target_date is null or baseline_date is null or target_date >= baseline_date)
);
create index indicator_partnership_idx on indicator (partnership_id);

create table progress_report (
    id              bigint       primary key,
    version         bigint       not null default 0,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    period_year     integer      not null check (period_year between 1900 and 2200),
    period_half     integer      not null check (period_half between 0 and 2),
    revision        integer      not null check (revision >= 1),
    corrects_report_id bigint    references progress_report (id),
    status          varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    health          varchar(16)  check (health in ('ON_TRACK', 'POTENTIAL_RISKS', 'ROADBLOCK')),
    health_reason   text,
    achievements    text,
    challenges      text,
    next_steps      text,
    lessons         text,
    submitted_by    bigint       references user_account (id),
    submitted_at    timestamptz,
    reviewed_by     bigint       references user_account (id),
    reviewed_at     timestamptz,
    reviewer_comment text,
    unique (partnership_id, period_year, period_half, revision),
    check (reviewed_by is null or submitted_by is null or reviewed_by <> submitted_by),
    check (status not in ('SUBMITTED', 'APPROVED', 'SUPERSEDED') or (submitted_by is not null and health is not null))
);
create index progress_report_status_idx on progress_report (status, partnership_id);
-- At most one approved report per partnership and period: only approved values count.
create unique index progress_report_one_approved_uq on progress_report (partnership_id, period_year, period_half)
    where status = 'APPROVED';

create table indicator_value (
    id              bigint       primary key,
    report_id       bigint       not null references progress_report (id) on delete cascade,
    indicator_id    bigint       not null references indicator (id) on delete cascade,
    value           numeric(18, 4) not null,
    comment         text,
    unique (report_id, indicator_id)
);
create index indicator_value_indicator_idx on indicator_value (indicator_id);
