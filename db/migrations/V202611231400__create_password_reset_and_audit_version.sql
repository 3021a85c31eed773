-- One-time links to set a password: the secretariat creates one for an account and hands it over;
-- only a hash of the token is kept, it expires, and it works once.
-- Audit events also record the version of the record they produced, so that a stale edit can
-- show exactly the changes made since the version the user started from.

create sequence password_reset_seq start with 1000 increment by 50;

create table password_reset (
    id              bigint       primary key,
    user_account_id bigint       not null references user_account (id) on delete cascade,
    token_hash      varchar(64)  not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_by      bigint       references user_account (id),
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    check (expires_at > created_at)
);
create index password_reset_account_idx on password_reset (user_account_id);

alter table audit_event add column entity_version bigint check (entity_version >= 0);
