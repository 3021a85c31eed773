-- Demo data (profile demo only): GWOPA's own record in the UN SDG partnership registry,
-- #SDGAction25745 (https://sustainabledevelopment.un.org/partnership/?p=25745), loaded as it stands so that its page can be compared with the
-- original line by line: description, 11 partners (order as listed), 16 SDG targets, 3 deliverables due
-- 2018 (their status is not given in the record), two resources, time-frame 2009 with no end date
-- specified, contact. Texts are verbatim, typos included ("hig-performing"). A NETWORK-kind
-- partnership: its partners have no mentor or mentee side. The record gives no status; GWOPA has
-- been operating since 2009, so it is shown as IMPLEMENTATION with its actual start in 2009.

insert into partnership (id, reference_code, kind, title, description, status, planned_start,
    planned_start_precision, actual_start, actual_start_precision, contact_name, contact_position,
    contact_email, published, sources) values
    (25, 'SDGACTION-25745', 'NETWORK', 'Global Water Operators'' Partnerships Alliance (GWOPA)', 'WOPs work by harnessing the skills, knowledge and goodwill within a ''mentor'' utility to build the capacity of another utility – the ''mentee'' – that needs assistance or guidance. Through mentorship, WOPs progressively strengthen and empower the mentee operator on management, financial and technical levels to implement operational and organizational changes that will lead to better and more sustainable services. WOPs have a number of distinguishing features, most notably: WOPs focus on building the resident capacity of water operator staff, rather than ‘doing it for them.’ WOPs are peer partnerships, meaning that the support comes from professional counterparts with hands-on experience within utilities Knowledge is not for sale in WOPs. WOPs are carried out on a solidarity basis and are not to be used for commercial purposes.',
     'IMPLEMENTATION', '2009-01-01', 'YEAR', '2009-01-01', 'YEAR', 'Jose Luis Martin Bordes', 'Officer in Charge',
     'jose.martin@un.org', true, 'https://sustainabledevelopment.un.org/partnership/?p=25745');

insert into participant (id, partnership_id, organisation_id, role, position) values
    (59, 25, 45, 'PARTNER', 0),
    (60, 25, 46, 'PARTNER', 1),
    (61, 25, 47, 'PARTNER', 2),
    (62, 25, 48, 'PARTNER', 3),
    (63, 25, 49, 'PARTNER', 4),
    (64, 25, 34, 'PARTNER', 5),
    (65, 25, 50, 'PARTNER', 6),
    (66, 25, 51, 'PARTNER', 7),
    (67, 25, 52, 'PARTNER', 8),
    (68, 25, 53, 'PARTNER', 9),
    (69, 25, 54, 'PARTNER', 10);

insert into partnership_sdg_target (partnership_id, sdg_target_code) values
    (25, '6.1'),
    (25, '6.2'),
    (25, '6.3'),
    (25, '6.4'),
    (25, '6.a'),
    (25, '6.b'),
    (25, '11.1'),
    (25, '11.6'),
    (25, '11.a'),
    (25, '11.b'),
    (25, '11.c'),
    (25, '17.3'),
    (25, '17.6'),
    (25, '17.7'),
    (25, '17.16'),
    (25, '17.17');

insert into deliverable (id, partnership_id, title, due_date, due_precision, status, position) values
    (1, 25, 'Water Operators'' Partnerships (WOPs) implemented resulting in the improvement of utilities performance', '2018-01-01', 'YEAR', 'NOT_REPORTED', 0),
    (2, 25, 'Quality knowledge products produced and used to guide WOPs practice', '2018-01-01', 'YEAR', 'NOT_REPORTED', 1),
    (3, 25, 'Strengthened regional WOP platforms providing hig-performing coordination and support', '2018-01-01', 'YEAR', 'NOT_REPORTED', 2);

insert into contribution (id, partnership_id, category, description, position) values
    (15, 25, 'STAFF_TECHNICAL_EXPERTISE', 'Expertise from peer water operators is shared on a not for profit basis', 0),
    (16, 25, 'IN_KIND', 'Water operators (mentors/mentees) provide in-kind contribution to the partnerships through expertise', 1);
