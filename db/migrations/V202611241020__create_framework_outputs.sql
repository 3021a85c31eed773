-- Results framework, outputs: what a partnership commits to deliver in each of its working areas
-- (e.g. "A water balance of the Mwanza network, updated every year" under NRW 1). Indicators
-- measure progress; outputs say what the work produces.

create sequence framework_output_seq start with 1000 increment by 50;

create table framework_output (
    id              bigint       primary key,
    partnership_id  bigint       not null references partnership (id) on delete cascade,
    working_area_code varchar(40) not null references working_area (code),
    title           varchar(500) not null check (length(trim(title)) > 0)
);
create index framework_output_partnership_idx on framework_output (partnership_id);
