-- Reference tables: countries, SDG goals and targets, working areas, KPI catalogue,
-- partner roles, regional platforms and funding programmes.
-- Reference rows are keyed by their published code (ISO 3166-1 alpha-2, SDG target "6.1",
-- GWOPA working-area code...), so that links stay readable and stable across databases.

create table country (
    code          varchar(2)      primary key check (code ~ '^[A-Z]{2}$'),
    alpha3        varchar(3)      not null unique check (alpha3 ~ '^[A-Z]{3}$'),
    numeric_code  varchar(3)      not null unique check (numeric_code ~ '^[0-9]{3}$'),
    name_en       varchar(120) not null,
    name_fr       varchar(120),
    name_es       varchar(120)
);

create table sdg_goal (
    code          integer     primary key check (code between 1 and 17),
    short_title_en varchar(80) not null,
    title_en      text         not null,
    title_fr      text,
    title_es      text,
    colour_hex    varchar(7)      not null check (colour_hex ~ '^#[0-9A-F]{6}$')
);

create table sdg_target (
    code          varchar(6)   primary key check (code ~ '^[0-9]{1,2}\.([0-9]{1,2}|[a-c])$'),
    goal_code     integer     not null references sdg_goal (code),
    sort_order    integer     not null,
    text_en       text         not null,
    text_fr       text,
    text_es       text,
    unique (goal_code, sort_order)
);

create table working_area (
    code          varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    sort_order    integer     not null unique,
    name_en       varchar(200) not null,
    name_fr       varchar(200),
    name_es       varchar(200)
);

create table kpi (
    code          varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    sort_order    integer     not null unique,
    name_en       varchar(300) not null,
    name_fr       varchar(300),
    name_es       varchar(300),
    unit          varchar(60),
    better_direction varchar(6) check (better_direction in ('HIGHER', 'LOWER')),
    category      varchar(80)  not null
);

create table partner_role (
    code          varchar(30)  primary key check (code ~ '^[A-Z][A-Z_]*$'),
    sort_order    integer     not null unique,
    side          varchar(8)   not null check (side in ('MENTOR', 'MENTEE', 'OTHER')),
    name_en       varchar(80)  not null,
    name_fr       varchar(80),
    name_es       varchar(80),
    description   text
);

create table regional_platform (
    code          varchar(30)  primary key check (code ~ '^[A-Z][A-Z_]*$'),
    name          varchar(200) not null,
    acronym       varchar(40),
    region        varchar(120) not null,
    host          text,
    source_confirmed varchar(8) not null check (source_confirmed in ('YES', 'PARTIAL', 'NO'))
);

create table funding_programme (
    code          varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name          varchar(200) not null,
    description   text,
    source        text
);
