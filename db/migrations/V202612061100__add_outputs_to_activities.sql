-- Outputs of the work plan (issue 16): an output belongs to an activity, is counted in a unit
-- from the list below ("other" with its own words), has a target per year of the activity, means
-- of verification and a completion date. Outputs that exist from before keep no activity.
--
-- The units are GWOPA's own, from its Partnership Management Platform: UPCnet/gwopa.core (GitHub,
-- commit 86d24e6, 2021-12-16), src/gwopa/core/browser/setup_home.py, settings page default
-- measuring_unit with its _es/_fr lines. The French of "percentage" repeats the English in the
-- source; "pourcentage" here is the platform's own translation, and so are the Spanish accents the
-- source leaves out ("días").

create table measuring_unit (
    code          varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    sort_order    integer      not null unique,
    name_en       varchar(100) not null,
    name_fr       varchar(100) not null,
    name_es       varchar(100) not null,
    source        text         not null
);

insert into measuring_unit (code, sort_order, name_en, name_fr, name_es, source) values
    ('LITERS', 1, 'liters', 'litres', 'litros', 'gwopa.core setup_home.py'),
    ('M3', 2, 'm3', 'm3', 'm3', 'gwopa.core setup_home.py'),
    ('PEOPLE', 3, 'people', 'personnes', 'personas', 'gwopa.core setup_home.py'),
    ('CONNECTIONS', 4, 'connections', 'connections', 'conexiones', 'gwopa.core setup_home.py'),
    ('HOUSEHOLDS', 5, 'households', 'ménages', 'hogares', 'gwopa.core setup_home.py'),
    ('KILOMETERS', 6, 'kilometers', 'kilomètres', 'kilómetros', 'gwopa.core setup_home.py'),
    ('STAFF_BY_POPULATION', 7, 'staff by population', 'personnel par population', 'personal por población', 'gwopa.core setup_home.py'),
    ('STAFF_BY_CONNECTION', 8, 'staff by connection', 'personnel par connexion', 'personal por conexión', 'gwopa.core setup_home.py'),
    ('COST_RECOVERY_RATIO', 9, 'cost recovery ratio', 'ratio de recouvrement des coûts', 'tasa de recuperación de costos', 'gwopa.core setup_home.py'),
    ('WORKPLACE_ACCIDENTS', 10, 'workplace accidents', 'accidents du travail', 'accidentes laborales', 'gwopa.core setup_home.py'),
    ('WORKER_SATISFACTION', 11, 'worker satisfaction', 'satisfaction des travailleurs', 'satisfacción laboral', 'gwopa.core setup_home.py'),
    ('DAYS', 12, 'days', 'jours', 'días', 'gwopa.core setup_home.py; "días" with its accent: the platform''s own spelling'),
    ('HOURS', 13, 'hours', 'heures', 'horas', 'gwopa.core setup_home.py'),
    ('PERCENTAGE', 14, 'percentage', 'pourcentage', 'porcentaje', 'gwopa.core setup_home.py; French: the platform''s own translation (the source repeats the English)'),
    ('OTHER', 15, 'other', 'autre', 'otro', 'gwopa.core setup_home.py');

alter table framework_output
    add column version               bigint        not null default 0,
    add column activity_id           bigint        references activity (id) on delete cascade,
    add column unit_code             varchar(40)   references measuring_unit (code),
    add column unit_other            varchar(100),
    add column means_of_verification varchar(2000),
    add column completion            date,
    add column completion_precision  varchar(5)    check (completion_precision in ('YEAR', 'MONTH', 'DAY')),
    add check ((unit_code = 'OTHER') = (unit_other is not null)),
    add check ((completion is null) = (completion_precision is null));
create index framework_output_activity_idx on framework_output (activity_id);

-- What an output should reach by the end of each year of its activity.
create table output_target (
    output_id     bigint         not null references framework_output (id) on delete cascade,
    target_year   integer        not null check (target_year between 1990 and 2200),
    target        numeric(18, 4) not null,
    primary key (output_id, target_year)
);

create trigger measuring_unit_changed after insert or update or delete or truncate on measuring_unit
    for each statement execute function note_data_change();
create trigger output_target_changed after insert or update or delete or truncate on output_target
    for each statement execute function note_data_change();
