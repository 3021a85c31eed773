-- Organisations, partnerships and what hangs off a partnership: participants with roles,
-- contributions ("resources" in the UN SDG partnership registry), working areas, SDG targets
-- and deliverables.
-- Partial dates (a year alone, a month, or a day) are stored as a date plus its precision:
-- "2009" is stored as 2009-01-01 with precision YEAR and shown as "2009".

create sequence organisation_seq start with 1000 increment by 50;
create sequence partnership_seq start with 1000 increment by 50;
create sequence participant_seq start with 1000 increment by 50;
create sequence contribution_seq start with 1000 increment by 50;
create sequence deliverable_seq start with 1000 increment by 50;

create table organisation (
    id              bigint       primary key,
    version         bigint       not null default 0,
    name            varchar(300) not null,
    acronym         varchar(60),
    type            varchar(30)  not null check (type in ('UTILITY', 'ASSOCIATION', 'FUNDER',
                        'SUPPORT_ORGANISATION', 'REGIONAL_PLATFORM', 'GOVERNMENT', 'RESEARCH',
                        'COMPANY', 'OTHER')),
    country_code    varchar(2)      references country (code),
    city            varchar(120),
    description     text,
    ownership       varchar(200),
    provides_water  boolean,
    provides_sanitation boolean,
    population_served bigint     check (population_served >= 0),
    connections     bigint       check (connections >= 0),
    staff           integer      check (staff >= 0),
    facts_as_of     varchar(40),
    sources         text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create unique index organisation_name_country_uq on organisation (lower(name), coalesce(country_code, '--'));
create index organisation_country_idx on organisation (country_code);
create index organisation_type_idx on organisation (type);

create table partnership (
    id              bigint       primary key,
    version         bigint       not null default 0,
    reference_code  varchar(40)  not null unique check (reference_code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    kind            varchar(10)  not null check (kind in ('WOP', 'NETWORK')),
    title           varchar(300) not null,
    description     text,
    objectives      text,
    implementation_notes text,
    results_narrative text,
    status          varchar(20)  not null check (status in ('PIPELINE', 'IMPLEMENTATION',
                        'FINALISATION', 'CLOSED', 'CANCELLED', 'SUSPENDED')),
    planned_start   date,
    planned_start_precision varchar(5) check (planned_start_precision in ('YEAR', 'MONTH', 'DAY')),
    planned_end     date,
    planned_end_precision varchar(5) check (planned_end_precision in ('YEAR', 'MONTH', 'DAY')),
    actual_start    date,
    actual_start_precision varchar(5) check (actual_start_precision in ('YEAR', 'MONTH', 'DAY')),
    actual_end      date,
    actual_end_precision varchar(5) check (actual_end_precision in ('YEAR', 'MONTH', 'DAY')),
    regional_platform_code varchar(30) references regional_platform (code),
    funding_programme_code varchar(40) references funding_programme (code),
    budget_amount   numeric(15, 2) check (budget_amount >= 0),
    budget_currency varchar(3)      check (budget_currency ~ '^[A-Z]{3}$'),
    contact_name    varchar(200),
    contact_position varchar(200),
    contact_email   varchar(254) check (contact_email like '%_@_%'),
    published       boolean      not null default false,
    sources         text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((planned_start is null) = (planned_start_precision is null)),
    check ((planned_end is null) = (planned_end_precision is null)),
    check ((actual_start is null) = (actual_start_precision is null)),
    check ((actual_end is null) = (actual_end_precision is null)),
    check (planned_end is null or planned_start is null or planned_end >= planned_start),
    check (actual_end is null or actual_start is null or actual_end >= actual_start),
    check ((budget_amount is null) = (budget_currency is null))
);
create index partnership_status_idx on partnership (status);
create index partnership_platform_idx on partnership (regional_platform_code);
create index partnership_programme_idx on partnership (funding_programme_code);
create index partnership_published_title_idx on partnership (published, title, id);

create table participant (
    id              bigint       primary key,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    organisation_id bigint       not null references organisation (id),
    role            varchar(30)  not null references partner_role (code),
    position        integer     not null check (position >= 0),
    note            varchar(500),
    unique (partnership_id, organisation_id, role)
);
create index participant_organisation_idx on participant (organisation_id);
create index participant_partnership_idx on participant (partnership_id, position);

create table contribution (
    id              bigint       primary key,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    category        varchar(30)  not null check (category in ('FINANCING', 'IN_KIND',
                        'STAFF_TECHNICAL_EXPERTISE', 'OTHER')),
    description     text         not null check (length(trim(description)) > 0),
    organisation_id bigint       references organisation (id),
    amount          numeric(15, 2) check (amount >= 0),
    currency        varchar(3)      check (currency ~ '^[A-Z]{3}$'),
    share_percent   numeric(5, 2) check (share_percent between 0 and 100),
    position        integer     not null check (position >= 0),
    check ((amount is null) = (currency is null))
);
create index contribution_partnership_idx on contribution (partnership_id, position);
create index contribution_organisation_idx on contribution (organisation_id);

create table partnership_working_area (
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    working_area_code varchar(40) not null references working_area (code),
    primary key (partnership_id, working_area_code)
);
create index partnership_working_area_code_idx on partnership_working_area (working_area_code);

create table partnership_sdg_target (
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    sdg_target_code varchar(6)   not null references sdg_target (code),
    primary key (partnership_id, sdg_target_code)
);
create index partnership_sdg_target_code_idx on partnership_sdg_target (sdg_target_code);

create table deliverable (
    id              bigint       primary key,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    title           varchar(500) not null check (length(trim(title)) > 0),
    due_date        date         not null,
    due_precision   varchar(5)   not null check (due_precision in ('YEAR', 'MONTH', 'DAY')),
    status          varchar(20)  not null check (status in ('NOT_REPORTED', 'ON_TRACK',
                        'ACHIEVED', 'DELAYED', 'CANCELLED')),
    position        integer     not null check (position >= 0)
);
create index deliverable_partnership_idx on deliverable (partnership_id, position);
