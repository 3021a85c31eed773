-- Brokering: support requests by utilities, mentor offers, the weights of the match score,
-- matches with their brokering path (proposed -> introduced -> concept note -> agreement ->
-- a partnership in PIPELINE, or declined) and in-application notifications of each step.
-- Languages are ISO 639-1 codes ("en", "sw").

create sequence support_request_seq start with 1000 increment by 50;
create sequence mentor_offer_seq start with 1000 increment by 50;
create sequence brokering_match_seq start with 1000 increment by 50;
create sequence notification_seq start with 1000 increment by 50;

-- A utility's request for support, brokered by one regional platform. The utility's size,
-- country and services are read from its organisation record; "context" says the rest.
create table support_request (
    id              bigint       primary key,
    version         bigint       not null default 0,
    organisation_id bigint       not null references organisation (id),
    regional_platform_code varchar(30) not null references regional_platform (code),
    title           varchar(200) not null check (length(trim(title)) > 0),
    context         text,
    urgency         varchar(6)   not null check (urgency in ('LOW', 'MEDIUM', 'HIGH')),
    status          varchar(12)  not null check (status in ('OPEN', 'SHORTLISTED', 'MATCHED', 'CLOSED')),
    close_reason    text,
    public_visible  boolean      not null default false,
    created_by      bigint       references user_account (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((status = 'CLOSED') = (close_reason is not null))
);
create index support_request_platform_idx on support_request (regional_platform_code, status);
create index support_request_organisation_idx on support_request (organisation_id);

create table support_request_need (
    request_id      bigint       not null references support_request (id) on delete cascade,
    working_area_code varchar(40) not null references working_area (code),
    description     text         not null check (length(trim(description)) > 0),
    primary key (request_id, working_area_code)
);
create index support_request_need_area_idx on support_request_need (working_area_code);

create table support_request_kpi (
    request_id      bigint       not null references support_request (id) on delete cascade,
    kpi_code        varchar(40)  not null references kpi (code),
    primary key (request_id, kpi_code)
);

create table support_request_language (
    request_id      bigint       not null references support_request (id) on delete cascade,
    language        varchar(2)   not null check (language ~ '^[a-z]{2}$'),
    primary key (request_id, language)
);

create table support_request_sdg_target (
    request_id      bigint       not null references support_request (id) on delete cascade,
    sdg_target_code varchar(6)   not null references sdg_target (code),
    primary key (request_id, sdg_target_code)
);

-- A utility's offer to mentor. "capacity" is how many partnerships it can mentor at once.
create table mentor_offer (
    id              bigint       primary key,
    version         bigint       not null default 0,
    organisation_id bigint       not null references organisation (id),
    summary         text,
    staff_days_per_year integer  check (staff_days_per_year between 0 and 100000),
    capacity        integer      not null check (capacity between 1 and 50),
    available_from  date         not null,
    available_until date,
    status          varchar(10)  not null check (status in ('OPEN', 'WITHDRAWN')),
    created_by      bigint       references user_account (id),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (available_until is null or available_until >= available_from)
);
create index mentor_offer_open_idx on mentor_offer (status, organisation_id);
create index mentor_offer_organisation_idx on mentor_offer (organisation_id);

create table mentor_offer_strength (
    offer_id        bigint       not null references mentor_offer (id) on delete cascade,
    working_area_code varchar(40) not null references working_area (code),
    evidence        text         not null check (length(trim(evidence)) > 0),
    primary key (offer_id, working_area_code)
);
create index mentor_offer_strength_area_idx on mentor_offer_strength (working_area_code, offer_id);

create table mentor_offer_language (
    offer_id        bigint       not null references mentor_offer (id) on delete cascade,
    language        varchar(2)   not null check (language ~ '^[a-z]{2}$'),
    primary key (offer_id, language)
);

-- Regional platforms the mentor will work in; none listed means anywhere.
create table mentor_offer_platform (
    offer_id        bigint       not null references mentor_offer (id) on delete cascade,
    regional_platform_code varchar(30) not null references regional_platform (code),
    primary key (offer_id, regional_platform_code)
);

-- The weights of the match score's components (0-10), set by the secretariat.
create table match_weight (
    component       varchar(20)  primary key check (component in ('COVERAGE', 'LANGUAGE', 'REGION',
                        'SIZE', 'TRACK_RECORD', 'LOAD', 'AVAILABILITY')),
    weight          integer      not null check (weight between 0 and 10),
    version         bigint       not null default 0
);
insert into match_weight (component, weight) values
    ('COVERAGE', 5), ('LANGUAGE', 4), ('TRACK_RECORD', 3), ('REGION', 2), ('LOAD', 2),
    ('AVAILABILITY', 1), ('SIZE', 1);

-- A candidate mentor proposed for a request, and its path to a partnership. The score and
-- its explanation are kept as they were when the match was proposed.
create table brokering_match (
    id              bigint       primary key,
    version         bigint       not null default 0,
    request_id      bigint       not null references support_request (id) on delete cascade,
    mentor_organisation_id bigint not null references organisation (id),
    stage           varchar(14)  not null check (stage in ('PROPOSED', 'INTRODUCED', 'CONCEPT_NOTE',
                        'AGREEMENT', 'CONVERTED', 'DECLINED')),
    score           numeric(5, 1) not null check (score between 0 and 100),
    explanation     text         not null,
    proposed_by     varchar(254) not null,
    proposed_at     timestamptz  not null,
    introduced_on   date,
    introduced_by   varchar(254),
    concept_note_title varchar(300),
    concept_note_file_name varchar(255),
    agreement_kind  varchar(18)  check (agreement_kind in ('LETTER_OF_INTENT', 'AGREEMENT')),
    agreement_signed_on date,
    partnership_id  bigint       references partnership (id) on delete set null,
    declined_reason text,
    stage_changed_at timestamptz not null,
    unique (request_id, mentor_organisation_id),
    check ((stage = 'DECLINED') = (declined_reason is not null)),
    check (stage in ('PROPOSED', 'DECLINED') or introduced_on is not null),
    check (stage not in ('CONCEPT_NOTE', 'AGREEMENT', 'CONVERTED') or concept_note_title is not null),
    check (stage not in ('AGREEMENT', 'CONVERTED') or agreement_signed_on is not null)
);
create index brokering_match_mentor_idx on brokering_match (mentor_organisation_id);
create index brokering_match_stage_idx on brokering_match (stage);

-- The concept note's document, apart from the match so that reading a match never loads it.
-- The media type is the one recognised from the content.
create table brokering_match_document (
    match_id        bigint       primary key references brokering_match (id) on delete cascade,
    media_type      varchar(120) not null,
    content         bytea        not null
);

-- What the application tells a person (always in the application; also by e-mail when a mail
-- server is configured). The text is a message key with its arguments, shown in the reader's
-- language.
create table notification (
    id              bigint       primary key,
    user_id         bigint       not null references user_account (id) on delete cascade,
    created_at      timestamptz  not null,
    message_key     varchar(80)  not null,
    arguments       text         not null default '[]' check (arguments is json array),
    link            varchar(300) not null,
    mailed_at       timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);

-- Lists used by matching: a mentor's partnerships by role side.
create index participant_role_idx on participant (role, organisation_id);
