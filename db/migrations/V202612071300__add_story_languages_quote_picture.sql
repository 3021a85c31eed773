-- Annual report stories as a publication tells them (issue 18): the story in English, French and
-- Spanish (the language it was first written in is kept; a missing language falls back to it,
-- marked with its language), a pull quote, and a picture with its caption and credit. The
-- introduction of the report likewise in each language.

alter table annual_report_story
    add column original_language varchar(2) not null default 'en' check (original_language in ('en', 'fr', 'es')),
    add column title_fr varchar(300),
    add column title_es varchar(300),
    add column text_fr text,
    add column text_es text,
    add column quote varchar(500);

alter table annual_report
    add column introduction_fr text,
    add column introduction_es text;

-- A story's picture, uploaded with it: PNG or JPEG, kept apart so that lists of stories never
-- read the bytes.
create table annual_report_story_picture (
    story_id    bigint        primary key references annual_report_story (id) on delete cascade,
    media_type  varchar(20)   not null check (media_type in ('image/png', 'image/jpeg')),
    content     bytea         not null,
    caption     varchar(300)  not null check (length(trim(caption)) > 0),
    credit      varchar(200)  not null check (length(trim(credit)) > 0)
);

create trigger annual_report_story_picture_changed after insert or update or delete or truncate
    on annual_report_story_picture for each statement execute function note_data_change();
