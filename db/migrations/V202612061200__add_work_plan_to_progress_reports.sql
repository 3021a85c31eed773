-- What a progress report says of the work plan (issue 16): where each activity stands and how
-- much of it is done, the value each output reached in the period, what was spent in the period
-- on each budget line, and the obstacles and contributing factors of the period, each tagged with
-- one of GWOPA's three categories (gwopa.core setup_home.py createDefaultMainObstacles() and
-- createDefaultMainContributing(): internal organisational, external environment, WOP-related).
-- Only approved reports count: spending to date is the sum of approved periods.

create table report_activity (
    report_id     bigint       not null references progress_report (id) on delete cascade,
    activity_id   bigint       not null references activity (id) on delete cascade,
    status        varchar(20)  not null check (status in ('NOT_STARTED', 'UNDER_WAY', 'DONE', 'DROPPED')),
    percent_done  integer      not null check (percent_done between 0 and 100),
    primary key (report_id, activity_id)
);
create index report_activity_activity_idx on report_activity (activity_id);

create table report_output_value (
    report_id     bigint         not null references progress_report (id) on delete cascade,
    output_id     bigint         not null references framework_output (id) on delete cascade,
    value         numeric(18, 4) not null,
    primary key (report_id, output_id)
);
create index report_output_value_output_idx on report_output_value (output_id);

create table report_spending (
    report_id       bigint         not null references progress_report (id) on delete cascade,
    budget_line_id  bigint         not null references budget_line (id) on delete cascade,
    amount          numeric(15, 2) not null check (amount >= 0),
    primary key (report_id, budget_line_id)
);
create index report_spending_line_idx on report_spending (budget_line_id);

create table report_factor (
    report_id     bigint        not null references progress_report (id) on delete cascade,
    position      integer       not null check (position >= 0),
    kind          varchar(12)   not null check (kind in ('OBSTACLE', 'CONTRIBUTING')),
    category      varchar(12)   not null check (category in ('INTERNAL', 'EXTERNAL', 'WOP_RELATED')),
    text          varchar(2000) not null check (length(trim(text)) > 0),
    primary key (report_id, position)
);

create trigger report_activity_changed after insert or update or delete or truncate on report_activity
    for each statement execute function note_data_change();
create trigger report_output_value_changed after insert or update or delete or truncate on report_output_value
    for each statement execute function note_data_change();
create trigger report_spending_changed after insert or update or delete or truncate on report_spending
    for each statement execute function note_data_change();
create trigger report_factor_changed after insert or update or delete or truncate on report_factor
    for each statement execute function note_data_change();
