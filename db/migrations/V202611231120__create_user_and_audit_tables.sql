-- People and the audit trail.
-- A user's scope follows the role: a coordinator belongs to one regional platform, utility staff
-- to one organisation, the secretariat to neither (it sees everything).

create sequence user_account_seq start with 1000 increment by 50;
create sequence audit_event_seq start with 1000 increment by 50;

create table user_account (
    id              bigint       primary key,
    version         bigint       not null default 0,
    email           varchar(254) not null check (email like '%_@_%'),
    display_name    varchar(200) not null,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null check (role in ('SECRETARIAT', 'COORDINATOR', 'UTILITY_STAFF')),
    regional_platform_code varchar(30) references regional_platform (code),
    organisation_id bigint       references organisation (id),
    locale          varchar(5)   not null default 'en' check (locale in ('en', 'fr', 'es')),
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    check (role <> 'COORDINATOR' or regional_platform_code is not null),
    check (role <> 'UTILITY_STAFF' or organisation_id is not null)
);
create unique index user_account_email_uq on user_account (lower(email));

create table audit_event (
    id              bigint       primary key,
    occurred_at     timestamptz  not null default now(),
    actor_id        bigint       references user_account (id),
    actor_name      varchar(254) not null,
    entity_type     varchar(60)  not null,
    entity_id       bigint       not null,
    action          varchar(40)  not null,
    changes         text         not null default '{}' check (changes is json object)
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
