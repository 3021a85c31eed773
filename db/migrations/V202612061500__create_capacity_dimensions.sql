-- Capacity change (issue 17, first part): GWOPA's 14 capacity dimensions in three categories and
-- its four-stage tracker and degree-of-change scale, in English, French and Spanish, each row with
-- its source (gwopa.core, commit 86d24e6); and, per working area of a partnership, the dimensions
-- it works on (GWOPA's, or its own with a name in each language), each with a baseline stage, a
-- short description of the starting situation and an objective.

create table capacity_dimension (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    sort_order  integer      not null unique,
    category    varchar(20)  not null check (category in ('TRANSFORMATIONAL', 'TRANSACTIONAL', 'INDIVIDUAL')),
    name_en     varchar(200) not null,
    name_fr     varchar(200) not null,
    name_es     varchar(200) not null,
    source      text         not null
);

create table capacity_stage (
    stage           integer      primary key check (stage between 1 and 4),
    name_en         varchar(200) not null,
    name_fr         varchar(200) not null,
    name_es         varchar(200) not null,
    description_en  text,
    description_fr  text,
    description_es  text,
    source          text         not null
);

create table capacity_degree (
    degree      integer      primary key check (degree between -2 and 2),
    name_en     varchar(100) not null,
    name_fr     varchar(100) not null,
    name_es     varchar(100) not null,
    source      text         not null
);

insert into capacity_dimension (code, sort_order, category, name_en, name_fr, name_es, source) values
    ('TF_VISION_MISSION_STRATEGY', 1, 'TRANSFORMATIONAL', 'Vision, Mission and Strategy', 'Vision, mission et stratégie', 'Visión, misión y estrategia', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Vision, mission and strategy'', short_category ''transformational''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TF_LEADERSHIP', 2, 'TRANSFORMATIONAL', 'Leadership', 'Aptitude au Leadership', 'Liderazgo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Leadership'', short_category ''transformational''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TF_ORGANIZATIONAL_CULTURE', 3, 'TRANSFORMATIONAL', 'Organisational Culture', 'Culture organisationnelle', 'Cultura organizativa', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Organizational culture'', short_category ''transformational''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TF_EXTERNAL_RELATIONS', 4, 'TRANSFORMATIONAL', 'External relations / networking', 'Relations extérieures / réseautage', 'Relaciones externas/ redes interinstitucionales', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''External relations / networking'', short_category ''transformational''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TF_RESOURCE_ACQUISITION', 5, 'TRANSFORMATIONAL', 'Resource Acquisition', 'Acquisition de ressources', 'Adquisición de recursos', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Resource acquisition'', short_category ''transformational''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_STRUCTURE', 6, 'TRANSACTIONAL', 'Structure', 'Structure', 'Estructura', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Structure'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_MANAGEMENT_PRACTICES', 7, 'TRANSACTIONAL', 'Management Practices', 'Méthodes de management', 'Prácticas de gestión', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Management practices'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_SYSTEMS', 8, 'TRANSACTIONAL', 'Systems', 'Systèmes', 'Sistemas', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Systems'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_INFORMATION', 9, 'TRANSACTIONAL', 'Information', 'Information', 'Información', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Information'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_EQUIPMENT_INFRASTRUCTURE', 10, 'TRANSACTIONAL', 'Equipment and Infrastructure', 'Matériel et infrastructure', 'Material e infraestructura', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Equipment and infrastructure'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('TA_WORKING_ROUTINES', 11, 'TRANSACTIONAL', 'Working Routines', 'Modalités de travail habituelles', 'Rutinas de trabajo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Working routines'', short_category ''transactional''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('IN_SKILLS_ABILITIES', 12, 'INDIVIDUAL', 'Individual Skills / Abilities', 'Compétences individuelles / aptitudes', 'Competencias individuales / aptitudes', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Individual skills / abilities'', short_category ''individual''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('IN_STAFF_MOTIVATION', 13, 'INDIVIDUAL', 'Staff motivation', 'Motivation du personnel', 'Motivación del personal', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Staff motivation'', short_category ''individual''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    ('IN_APPLIED_KNOWLEDGE', 14, 'INDIVIDUAL', 'Applied Knowledge / Skills', 'Connaissances mises en application / compétences', 'Conocimiento - competencias aplicados', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultValues() OutcomeCCItem (msgid ''Applied knowledge / skills'', short_category ''individual''); FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po');

insert into capacity_stage (stage, name_en, name_fr, name_es, description_en, description_fr, description_es, source) values
    (1, 'Diagnosing and action planning', 'Etablissement d’un diagnostic et mise au point d’un plan d’action', 'Plan de diagnóstico y acción', 'The project has started and most initial capacity and resource needs are being identified.  Action plans are being developed and agreed by both partners. Some initial trainings might have been organised.', 'Le projet a démarré et à ce stade, la plupart des besoins initiaux en termes de capacités et de ressources nécessaires sont en cours d''identification et des plans d''action élaborés et approuvés par les deux partenaires. Certaines formations initiales pourraient avoir été organisées.', 'El proyecto ha comenzado, y en este este punto, se están identificando la mayoría de las necesidades iniciales de capacidad y recursos. Ambos socios están desarrollando y acordando planes de acción. Es posible que se hayan organizado algunas capacitaciones iniciales.', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/templates/dash-areas.pt (''Stage Meaning'' dialog) and monitoring.pt; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (2, 'Initial implementation of activities', 'Mise en œuvre initiale d’activités', 'Implementación de actividades inicial', 'Conditions for change are in place but no visible or effective changes have materialized yet. Equipment may have been procured or trainings implemented that result in mentee staff having new knowledge.', 'Les conditions de changement ont été co-créées, mais aucun changement visible et effectif ne s''est matérialisé. L''équipement peut avoir été acheté; des formations ont été mises en œuvre, résultant en de nouvelles connaissances à appliquer par le personnel de l''utilité du mentoré, etc.', 'Las condiciones para el cambio se han creado conjuntamente, pero no se han materializado cambios visibles y efectivos. Es posible que se haya adquirido equipo; Se han implementado capacitaciones, lo que ha dado como resultado nuevos conocimientos para ser aplicados por el personal de la utilidad de aprendiz, etc.', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/templates/dash-areas.pt (''Stage Meaning'' dialog) and monitoring.pt; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (3, 'Visibility of changes', 'Visibilité des changements', 'Visibilidad de los cambios', 'There are visible changes implemented in working routines but there is a need for additional support (training, supervision, upper management support, others) for them to be fully consolidated.', 'La plupart du temps, des changements visibles sont mis en œuvre dans les routines de travail, mais il y a un besoin de soutien supplémentaire (formation, supervision, soutien de la direction, autres) pour qu''ils soient pleinement consolidés.', 'En su mayoría son cambios visibles implementados en las rutinas de trabajo, pero existe la necesidad de apoyo adicional (capacitación, supervisión, apoyo a la alta dirección, otros) para que se consoliden por completo.', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/templates/dash-areas.pt (''Stage Meaning'' dialog) and monitoring.pt; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (4, 'Changes Consolidated', 'Changements consolidés', 'Cambios consolidados', 'Most intended (and possibly unintended) positive changes are well consolidated and are becoming standard practice.', 'La plupart des changements positifs voulus (et peut-être involontaires) sont bien consolidés et deviennent une pratique courante.', 'La mayoría de los cambios positivos intencionados (y posiblemente no intencionados) están bien consolidados y se están convirtiendo en una práctica estándar.', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/templates/dash-areas.pt (''Stage Meaning'' dialog) and monitoring.pt; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po');

insert into capacity_degree (degree, name_en, name_fr, name_es, source) values
    (-2, '-2 Very negative', '-2 Très négatif', '-2 Muy negativo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.degree_changes (EN/ES; FR field left untranslated in code) and dash-areas.pt legend; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (-1, '-1 Negative', '-1 Négatif', '-1 Negativo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.degree_changes (EN/ES; FR field left untranslated in code) and dash-areas.pt legend; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (0, '0 No change', '0 Pas de changement', '0 Sin cambio', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.degree_changes (EN/ES; FR field left untranslated in code) and dash-areas.pt legend; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (1, '+1 Positive', '+1 Positif', '+1 Positivo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.degree_changes (EN/ES; FR field left untranslated in code) and dash-areas.pt legend; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po'),
    (2, '+2 Very positive', '+2 Très positif', '+2 Muy positivo', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.degree_changes (EN/ES; FR field left untranslated in code) and dash-areas.pt legend; translations from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po');

create sequence capacity_focus_seq start with 1000 increment by 50;

create table capacity_focus (
    id                    bigint        primary key,
    version               bigint        not null default 0,
    partnership_id        bigint        not null references partnership (id) on delete cascade,
    working_area_code     varchar(40)   not null references working_area (code),
    dimension_code        varchar(40)   references capacity_dimension (code),
    custom_name_en        varchar(200),
    custom_name_fr        varchar(200),
    custom_name_es        varchar(200),
    baseline_stage        integer       not null references capacity_stage (stage),
    baseline_description  varchar(2000),
    objective             varchar(2000),
    -- Set only by the demo data: a made-up baseline, labelled as such wherever it shows.
    illustrative          boolean       not null default false,
    check ((dimension_code is null) = (custom_name_en is not null)),
    check (dimension_code is not null or (custom_name_fr is not null and custom_name_es is not null))
);
create unique index capacity_focus_dimension_idx on capacity_focus (partnership_id, working_area_code, dimension_code)
    where dimension_code is not null;
create index capacity_focus_partnership_idx on capacity_focus (partnership_id, working_area_code, id);

create trigger capacity_dimension_changed after insert or update or delete or truncate on capacity_dimension
    for each statement execute function note_data_change();
create trigger capacity_stage_changed after insert or update or delete or truncate on capacity_stage
    for each statement execute function note_data_change();
create trigger capacity_degree_changed after insert or update or delete or truncate on capacity_degree
    for each statement execute function note_data_change();
create trigger capacity_focus_changed after insert or update or delete or truncate on capacity_focus
    for each statement execute function note_data_change();
