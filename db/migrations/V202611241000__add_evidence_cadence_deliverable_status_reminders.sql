-- Progress tracking, second part: evidence files of a report (stored here, in PostgreSQL), a
-- reporting cadence per partnership (a year by default, or half-years), the status of each
-- deliverable as a report states it, and reminders of due and overdue reports.

alter table partnership add column reporting_cadence varchar(12) not null default 'YEARLY'
    check (reporting_cadence in ('YEARLY', 'HALF_YEARLY'));

create sequence report_evidence_seq start with 1000 increment by 50;

-- The media type is the one recognised from the content, never the one the browser sent.
create table report_evidence (
    id              bigint       primary key,
    report_id       bigint       not null references progress_report (id) on delete cascade,
    file_name       varchar(255) not null check (length(trim(file_name)) > 0),
    media_type      varchar(120) not null,
    size_bytes      integer      not null check (size_bytes > 0),
    content         bytea        not null,
    uploaded_by     bigint       references user_account (id),
    uploaded_at     timestamptz  not null
);
create index report_evidence_report_idx on report_evidence (report_id);

create table report_deliverable_status (
    report_id       bigint       not null references progress_report (id) on delete cascade,
    deliverable_id  bigint       not null references deliverable (id) on delete cascade,
    status          varchar(20)  not null check (status in ('NOT_REPORTED', 'ON_TRACK',
                        'ACHIEVED', 'DELAYED', 'CANCELLED')),
    primary key (report_id, deliverable_id)
);

create sequence reminder_seq start with 1000 increment by 50;

-- One reminder per person, partnership, period and kind: the job runs every day, people hear
-- once. mailed_at stays empty when no mail server is configured (shown in the application only).
create table reminder (
    id              bigint       primary key,
    user_id         bigint       not null references user_account (id) on delete cascade,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    period_year     integer      not null check (period_year between 1900 and 2200),
    period_half     integer      not null check (period_half between 0 and 2),
    kind            varchar(8)   not null check (kind in ('DUE', 'OVERDUE')),
    created_at      timestamptz  not null,
    mailed_at       timestamptz,
    unique (user_id, partnership_id, period_year, period_half, kind)
);
create index reminder_user_idx on reminder (user_id, created_at desc);
