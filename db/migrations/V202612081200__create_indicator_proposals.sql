-- Indicators proposed by a partnership's utility staff (issue 19): a proposal waits until a
-- coordinator of the partnership's region or the secretariat accepts it (it then becomes an
-- indicator of the framework, linked here) or declines it with a reason shown to the proposer.
-- A waiting proposal is never part of a report.

create sequence indicator_proposal_seq start with 1000 increment by 50;

create table indicator_proposal (
    id              bigint       primary key,
    version         bigint       not null default 0,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    kpi_code        varchar(40)  references kpi (code),
    name            varchar(300) not null check (length(trim(name)) > 0),
    unit            varchar(60),
    better_direction varchar(6)  check (better_direction in ('HIGHER', 'LOWER')),
    baseline_value  numeric(18, 4),
    target_value    numeric(18, 4),
    status          varchar(10)  not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    proposed_by     bigint       not null references user_account (id),
    proposed_at     timestamptz  not null,
    decided_by      bigint       references user_account (id),
    decided_at      timestamptz,
    decline_reason  text,
    indicator_id    bigint       references indicator (id) on delete set null,
    check (status <> 'DECLINED' or length(trim(decline_reason)) > 0),
    check ((status = 'PROPOSED') = (decided_at is null))
);
create index indicator_proposal_partnership_idx on indicator_proposal (partnership_id, status);
comment on table indicator_proposal is 'An indicator proposed by utility staff, waiting for, accepted by or declined by a coordinator or the secretariat';

create trigger indicator_proposal_changed after insert or update or delete or truncate on indicator_proposal
    for each statement execute function note_data_change();
