-- Capacity change (issue 17): what each progress report says of the capacity dimensions a
-- partnership works on, side by side (the mentor side's and the mentee side's own assessment, and
-- the value the coordinator records as agreed where they differ); and, once a year, how well the
-- partnership itself works on GWOPA's eight partnership-practice dimensions.
--
-- Texts marked "platform translation" below are the platform's own: the source gives them in
-- English (and sometimes Spanish) only.

create table capacity_contribution (
    contribution  integer      primary key check (contribution between 0 and 2),
    name_en       varchar(100) not null,
    name_fr       varchar(100) not null,
    name_es       varchar(100) not null,
    source        text         not null
);

insert into capacity_contribution (contribution, name_en, name_fr, name_es, source) values
    (0, '0 No contribution', '0 Aucune contribution', '0 Sin contribución', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.contributed_project (EN/ES); FR: platform translation (the source repeats the English)'),
    (1, '1 Fair contribution', '1 Contribution moyenne', '1 Contribución justa', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.contributed_project (EN/ES); FR: platform translation (the source repeats the English)'),
    (2, '2 Very high contribution', '2 Contribution très élevée', '2 Contribución muy alta', 'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py settingspage.contributed_project (EN/ES); FR: platform translation (the source repeats the English)');

create table practice_dimension (
    code            varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    sort_order      integer      not null unique,
    name_en         varchar(200) not null,
    name_fr         varchar(200) not null,
    name_es         varchar(200) not null,
    description_en  text         not null,
    description_fr  text         not null,
    description_es  text         not null,
    source          text         not null
);

insert into practice_dimension (code, sort_order, name_en, name_fr, name_es, description_en, description_fr, description_es, source) values
    ('SET_UP', 1, 'Set Up', 'Mise en place', 'Configuración inicial',
        'The goals are well articulated. Partners are motivated, inspired and committed towards the common goal.',
        'Les objectifs sont bien articulés. Les partenaires sont motivés, inspirés et engagés envers l''objectif commun.',
        'Los objetivos están bien articulados. Los socios están motivados, inspirados y comprometidos con el objetivo común.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description and its FR/ES from src/gwopa/core/locales/{en,fr,es}/LC_MESSAGES/gwopa.po; FR name: platform translation'),
    ('ROLES_RESPONSIBILITIES', 2, 'Roles and responsibilities', 'Rôles et responsabilités', 'Funciones y responsabilidades',
        'Roles and responsibilities are clearly defined. Partners are fulfilling their roles. All partners feel empowered and the process for making decisions is inclusive, effective, and transparent.',
        'Les rôles et responsabilités sont clairement définis. Les partenaires remplissent leurs rôles. Tous les partenaires se sentent habilités à agir et la prise de décision est inclusive, efficace et transparente.',
        'Las funciones y responsabilidades están claramente definidas. Los socios cumplen sus funciones. Todos los socios se sienten capacitados y la toma de decisiones es inclusiva, eficaz y transparente.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po; FR and ES name and description: platform translation'),
    ('MEETING_PROCESSES', 3, 'Meeting processes', 'Organisation des réunions', 'Procesos de reunión',
        'Partners are regularly and consistently present at meetings. Representation is at an appropriately senior or operational level. Meetings happen with appropriate frequency. Agendas and logistics ensure the inclusion of all partners. Meetings are documented appropriately, minutes circulated and followed up with action.',
        'Les partenaires sont présents aux réunions de façon régulière. La représentation est au niveau hiérarchique ou opérationnel approprié. Les réunions ont lieu à une fréquence adaptée. Ordres du jour et logistique permettent la participation de tous les partenaires. Les réunions sont documentées, les comptes rendus diffusés et suivis d''actions.',
        'Los socios asisten a las reuniones de forma regular y constante. La representación tiene el nivel directivo u operativo adecuado. Las reuniones se celebran con la frecuencia adecuada. Las agendas y la logística garantizan la inclusión de todos los socios. Las reuniones se documentan, las actas se distribuyen y se les da seguimiento.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po (shortened into sentences); FR and ES name and description: platform translation'),
    ('WORK_PROCESSES', 4, 'Work processes', 'Méthodes de travail', 'Procesos de trabajo',
        'Deliverables and timeframes are clear. Individuals take responsibility for their deliverables. Communication and documentation processes are effective. Monitoring and reporting are effective.',
        'Les livrables et les délais sont clairs. Chacun assume la responsabilité de ses livrables. La communication et la documentation sont efficaces. Le suivi et le rapportage sont efficaces.',
        'Los productos y los plazos están claros. Cada persona asume la responsabilidad de sus productos. La comunicación y la documentación son eficaces. El seguimiento y la presentación de informes son eficaces.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po; FR and ES name and description: platform translation'),
    ('COMMUNICATION_TRANSPARENCY', 5, 'Communication and transparency', 'Communication et transparence', 'Comunicación y transparencia',
        'Joint objectives are clear at the start and beyond. Communication is sufficiently frequent. Information is accessible. Documentation supports partners in making decisions. Partners are transparent about their assumptions, goals, needs, drivers and constraints.',
        'Les objectifs communs sont clairs dès le départ et par la suite. La communication est suffisamment fréquente. L''information est accessible. La documentation aide les partenaires à décider. Les partenaires sont transparents sur leurs hypothèses, objectifs, besoins, motivations et contraintes.',
        'Los objetivos conjuntos están claros desde el inicio y después. La comunicación es suficientemente frecuente. La información es accesible. La documentación ayuda a los socios a tomar decisiones. Los socios son transparentes sobre sus supuestos, objetivos, necesidades, motivaciones y limitaciones.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po (shortened into sentences); FR and ES name and description: platform translation'),
    ('TRUST_TEAMWORK', 6, 'Trust and teamwork', 'Confiance et travail d''équipe', 'Confianza y trabajo en equipo',
        'There is trust in the peers from the partner operator. Partners understand each other''s points of view, interests and motivations. Partners can rely on each other to complete agreed tasks. Partners offer to help each other and solve problems together.',
        'Les pairs de l''opérateur partenaire inspirent confiance. Les partenaires comprennent leurs points de vue, intérêts et motivations respectifs. Les partenaires peuvent compter les uns sur les autres pour mener à bien les tâches convenues. Ils s''entraident et résolvent les problèmes ensemble.',
        'Hay confianza en los pares del operador socio. Los socios entienden los puntos de vista, intereses y motivaciones de los demás. Los socios pueden contar unos con otros para completar las tareas acordadas. Se ofrecen ayuda y resuelven los problemas juntos.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po (shortened into sentences); FR and ES name and description: platform translation'),
    ('ADAPTATION_SUSTAINABILITY', 7, 'Partnership adaptation and sustainability', 'Adaptation et durabilité du partenariat', 'Adaptación y sostenibilidad de la alianza',
        'The work is conscious of, and remains relevant to, the context. The project adjusts when needed based on its experience to date. The project is achieving its goals (or is on course to do so).',
        'Le travail tient compte du contexte et y reste pertinent. Le projet s''ajuste au besoin à la lumière de son expérience. Le projet atteint ses objectifs (ou est en voie de les atteindre).',
        'El trabajo tiene en cuenta el contexto y sigue siendo pertinente. El proyecto se ajusta cuando es necesario a partir de su experiencia. El proyecto alcanza sus objetivos (o va camino de hacerlo).',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po; FR and ES name and description: platform translation'),
    ('RESOURCES', 8, 'Resources', 'Ressources', 'Recursos',
        'The partnership has sufficient access to general skills (communication, organisation), technical skills, partnering and other relevant experience, important networks or spheres of influence, facilities (office and meeting space, equipment), and financial or other resources.',
        'Le partenariat dispose d''un accès suffisant aux compétences générales (communication, organisation), aux compétences techniques, à l''expérience du partenariat et autre expérience utile, aux réseaux ou sphères d''influence importants, aux installations (bureaux, salles de réunion, équipement) et aux ressources financières ou autres.',
        'La alianza tiene acceso suficiente a competencias generales (comunicación, organización), competencias técnicas, experiencia en alianzas y otra experiencia pertinente, redes o esferas de influencia importantes, instalaciones (oficinas, salas de reunión, equipo) y recursos financieros o de otro tipo.',
        'UPCnet/gwopa.core (GitHub, commit 86d24e6, 2021-12-16) src/gwopa/core/browser/setup_home.py createDefaultPartnershippractice(); description from src/gwopa/core/locales/en/LC_MESSAGES/gwopa.po; FR and ES name and description: platform translation');

-- One row per report, dimension of the partnership and side: MENTOR and MENTEE are each side's own
-- assessment, AGREED the value the coordinator records where the two differ. Kept when the
-- dimension is no longer worked on (a dimension assessed in a report cannot be removed).
create table report_capacity_assessment (
    report_id            bigint        not null references progress_report (id) on delete cascade,
    focus_id             bigint        not null references capacity_focus (id),
    side                 varchar(10)   not null check (side in ('MENTOR', 'MENTEE', 'AGREED')),
    stage                integer       not null references capacity_stage (stage),
    degree               integer       not null references capacity_degree (degree),
    contribution         integer       not null references capacity_contribution (contribution),
    obstacle_categories  varchar(60)   check (obstacle_categories ~ '^(INTERNAL|EXTERNAL|WOP_RELATED)(,(INTERNAL|EXTERNAL|WOP_RELATED))*$'),
    obstacles            varchar(2000),
    factor_categories    varchar(60)   check (factor_categories ~ '^(INTERNAL|EXTERNAL|WOP_RELATED)(,(INTERNAL|EXTERNAL|WOP_RELATED))*$'),
    factors              varchar(2000),
    explanation          varchar(4000),
    evidence             varchar(500),
    assessed_by          bigint        references user_account (id) on delete set null,
    primary key (report_id, focus_id, side)
);
create index report_capacity_assessment_focus_idx on report_capacity_assessment (focus_id);

-- Partnership practice, once a year: each side rates each dimension from 1 (not working,
-- improvement needed urgently) to 4 (works very well); 1 and 2 mean improvement is needed.
create table report_practice_rating (
    report_id       bigint       not null references progress_report (id) on delete cascade,
    side            varchar(10)  not null check (side in ('MENTOR', 'MENTEE')),
    dimension_code  varchar(40)  not null references practice_dimension (code),
    rating          integer      not null check (rating between 1 and 4),
    primary key (report_id, side, dimension_code)
);

create table report_practice_note (
    report_id    bigint        not null references progress_report (id) on delete cascade,
    side         varchar(10)   not null check (side in ('MENTOR', 'MENTEE')),
    suggestions  varchar(4000) not null,
    primary key (report_id, side)
);

-- The one reading of an approved report's capacity assessments (the domain's
-- CapacityAssessments.effective says the same; CapacityResultsTests checks that they agree):
-- the value the coordinator agreed, else the value both sides gave alike, else the one side's
-- value. A disagreement without an agreed value never reaches an approved report.
create view capacity_result as
with by_side as (
    select a.report_id, a.focus_id,
           count(*) filter (where a.side <> 'AGREED') as sides,
           count(distinct (a.stage, a.degree, a.contribution)) filter (where a.side <> 'AGREED') as readings,
           min(a.stage) filter (where a.side = 'AGREED') as agreed_stage,
           min(a.degree) filter (where a.side = 'AGREED') as agreed_degree,
           min(a.contribution) filter (where a.side = 'AGREED') as agreed_contribution,
           min(a.stage) filter (where a.side <> 'AGREED') as side_stage,
           min(a.degree) filter (where a.side <> 'AGREED') as side_degree,
           min(a.contribution) filter (where a.side <> 'AGREED') as side_contribution
    from report_capacity_assessment a
    group by a.report_id, a.focus_id
)
select r.id as report_id, r.partnership_id, r.period_year, r.period_half,
       f.id as focus_id, f.working_area_code, f.dimension_code,
       coalesce(d.category, 'CUSTOM') as category,
       case when s.agreed_stage is not null then s.agreed_stage else s.side_stage end as stage,
       case when s.agreed_stage is not null then s.agreed_degree else s.side_degree end as degree,
       case when s.agreed_stage is not null then s.agreed_contribution else s.side_contribution end as contribution,
       case when s.agreed_stage is not null then 'AGREED_IN_REVIEW'
            when s.sides = 1 then 'ONE_PARTNER' else 'BOTH_PARTNERS' end as consensus
from by_side s
join progress_report r on r.id = s.report_id and r.status = 'APPROVED'
join capacity_focus f on f.id = s.focus_id
left join capacity_dimension d on d.code = f.dimension_code
where s.agreed_stage is not null or s.readings = 1;

-- A year's capacity result of a dimension: the one of the latest approved period of that year.
create view capacity_year_result as
select distinct on (c.focus_id, c.period_year) c.*
from capacity_result c
order by c.focus_id, c.period_year, c.period_half desc;

create trigger capacity_contribution_changed after insert or update or delete or truncate on capacity_contribution
    for each statement execute function note_data_change();
create trigger practice_dimension_changed after insert or update or delete or truncate on practice_dimension
    for each statement execute function note_data_change();
create trigger report_capacity_assessment_changed after insert or update or delete or truncate on report_capacity_assessment
    for each statement execute function note_data_change();
create trigger report_practice_rating_changed after insert or update or delete or truncate on report_practice_rating
    for each statement execute function note_data_change();
create trigger report_practice_note_changed after insert or update or delete or truncate on report_practice_note
    for each statement execute function note_data_change();
