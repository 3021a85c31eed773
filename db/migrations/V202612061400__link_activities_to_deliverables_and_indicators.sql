-- An activity of the work plan names the deliverables it produces and the indicators it moves
-- (issue 16); both belong to the same partnership (checked by the application).
create table activity_deliverable (
    activity_id     bigint not null references activity (id) on delete cascade,
    deliverable_id  bigint not null references deliverable (id) on delete cascade,
    primary key (activity_id, deliverable_id)
);
create index activity_deliverable_deliverable_idx on activity_deliverable (deliverable_id);

create table activity_indicator (
    activity_id   bigint not null references activity (id) on delete cascade,
    indicator_id  bigint not null references indicator (id) on delete cascade,
    primary key (activity_id, indicator_id)
);
create index activity_indicator_indicator_idx on activity_indicator (indicator_id);

create trigger activity_deliverable_changed after insert or update or delete or truncate on activity_deliverable
    for each statement execute function note_data_change();
create trigger activity_indicator_changed after insert or update or delete or truncate on activity_indicator
    for each statement execute function note_data_change();
