-- The annual report: one per year, drafted by the secretariat (introduction, order of chapters,
-- partnership stories) and published once. Publishing freezes the figures: the partnerships
-- each figure counts are kept in annual_report_member and the other figures (people served,
-- contributions, results...) as a JSON document, so later edits of records never change a
-- published report.

create sequence annual_report_seq start with 1000 increment by 50;
create sequence annual_report_story_seq start with 1000 increment by 50;

create table annual_report (
    id              bigint       primary key,
    version         bigint       not null default 0,
    year            integer      not null unique check (year between 1990 and 2200),
    status          varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    introduction    text,
    chapters        varchar(200) not null,
    frozen_figures  text         check (frozen_figures is json object),
    published_at    timestamptz,
    published_by    varchar(254),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((status = 'PUBLISHED') = (published_at is not null and frozen_figures is not null))
);

-- A story: a text chosen by the secretariat about one partnership, seeded from an approved
-- progress report's narrative or the record's results narrative, then edited.
create table annual_report_story (
    id              bigint       primary key,
    report_id       bigint       not null references annual_report (id) on delete cascade,
    partnership_id  bigint       not null references partnership (id),
    position        integer      not null check (position >= 0),
    title           varchar(300) not null check (length(trim(title)) > 0),
    text            text         not null check (length(trim(text)) > 0),
    source          varchar(300) not null,
    unique (report_id, partnership_id)
);

-- Which partnerships each figure of a published report counted ("ACTIVE", "ACTIVE/WOP_AFRICA",
-- "AREA/NRW", "TARGET/6.1"...): the published figures and their drill-down lists.
create table annual_report_member (
    report_id       bigint       not null references annual_report (id) on delete cascade,
    figure          varchar(80)  not null,
    partnership_id  bigint       not null,
    primary key (report_id, figure, partnership_id)
);
