-- ILLUSTRATIVE capacity-change assessments and partnership-practice ratings, made up for the demo,
-- for the two partnerships that already carry illustrative values (VEI – Bulawayo, 24, and
-- Surabaya – Khulna, 15), on their approved demo reports. Every text says "Illustrative", and the
-- dimensions they assess are marked illustrative, so the pages that show them say so.
--
-- And a demo account for the mentor side of the WaterWorX partnerships: staff of VEI.

insert into user_account (id, email, display_name, password_hash, role, regional_platform_code, organisation_id, locale) values
    (5, 'staff.vei@example.org', 'Demo Mentor Staff (VEI)', '{bcrypt}$2a$10$fTstwIICDPIUm0kqWfqcV.SPAfsi1FWP5w5AUAQ5d4BXKwKfQLvw6', 'UTILITY_STAFF', null, 1, 'en');

-- Bulawayo (24): reports 101 (2023) and 102 (2024) approved. Mentor = VEI, mentee = Bulawayo.
insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution, obstacle_categories,
    obstacles, factor_categories, factors, explanation, evidence, assessed_by) values
    (101, 101, 'MENTEE', 1, 1, 2, 'INTERNAL', 'Illustrative: few vehicles for the repair teams.', 'WOP_RELATED',
        'Illustrative: mentors joined the first leak surveys.', 'Illustrative: a leak-repair routine was drafted.', null, null),
    (101, 101, 'MENTOR', 1, 1, 2, null, null, 'WOP_RELATED', 'Illustrative: joint surveys.',
        'Illustrative: routine drafted with the district managers.', null, null),
    (101, 102, 'MENTEE', 2, 1, 1, null, null, null, null, 'Illustrative: twelve staff trained in step tests.', null, null),
    (101, 103, 'MENTEE', 1, 0, 0, 'EXTERNAL', 'Illustrative: the software licence was delayed.', null, null,
        'Illustrative: no change yet.', null, null),
    (102, 101, 'MENTEE', 3, 2, 2, null, null, 'INTERNAL', 'Illustrative: the new district managers back the routine.',
        'Illustrative: repair teams follow the routine in four of six districts.', null, null),
    (102, 101, 'MENTOR', 2, 1, 2, 'INTERNAL', 'Illustrative: two districts still repair on complaint.', null, null,
        'Illustrative: the routine is not yet followed everywhere.', null, null),
    (102, 101, 'AGREED', 3, 1, 2, null, null, null, null,
        'Illustrative: agreed in review: visible in most districts, change positive but not very.', null, null),
    (102, 102, 'MENTEE', 3, 1, 1, null, null, null, null, 'Illustrative: district teams run step tests alone.', null, null),
    (102, 102, 'MENTOR', 3, 1, 1, null, null, null, null, 'Illustrative: step tests seen in three districts.', null, null),
    (102, 103, 'MENTEE', 2, 1, 2, null, null, 'WOP_RELATED', 'Illustrative: mentors set up the register.',
        'Illustrative: the complaint register is in use at the main office.', null, null);

-- Surabaya – Khulna (15): reports 104 (2023), 105 (2024), 106 (2025) approved.
insert into report_capacity_assessment (report_id, focus_id, side, stage, degree, contribution, obstacle_categories,
    obstacles, factor_categories, factors, explanation, evidence, assessed_by) values
    (104, 104, 'MENTEE', 1, 1, 2, null, null, 'WOP_RELATED', 'Illustrative: a planning workshop with the mentor.',
        'Illustrative: the plan''s outline was agreed.', null, null),
    (105, 104, 'MENTEE', 2, 1, 2, null, null, null, null, 'Illustrative: the plan was drafted.', null, null),
    (105, 104, 'MENTOR', 2, 1, 2, null, null, null, null, 'Illustrative: draft plan reviewed.', null, null),
    (106, 104, 'MENTEE', 2, 0, 1, 'EXTERNAL', 'Illustrative: a procurement freeze held the board back.', null, null,
        'Illustrative: the board has not adopted the plan yet.', null, null);

insert into report_practice_rating (report_id, side, dimension_code, rating) values
    (102, 'MENTEE', 'SET_UP', 4), (102, 'MENTEE', 'ROLES_RESPONSIBILITIES', 3), (102, 'MENTEE', 'MEETING_PROCESSES', 3),
    (102, 'MENTEE', 'WORK_PROCESSES', 2), (102, 'MENTEE', 'COMMUNICATION_TRANSPARENCY', 3), (102, 'MENTEE', 'TRUST_TEAMWORK', 4),
    (102, 'MENTEE', 'ADAPTATION_SUSTAINABILITY', 3), (102, 'MENTEE', 'RESOURCES', 2),
    (102, 'MENTOR', 'SET_UP', 4), (102, 'MENTOR', 'ROLES_RESPONSIBILITIES', 3), (102, 'MENTOR', 'MEETING_PROCESSES', 2),
    (102, 'MENTOR', 'WORK_PROCESSES', 3), (102, 'MENTOR', 'COMMUNICATION_TRANSPARENCY', 3), (102, 'MENTOR', 'TRUST_TEAMWORK', 4),
    (102, 'MENTOR', 'ADAPTATION_SUSTAINABILITY', 3), (102, 'MENTOR', 'RESOURCES', 2),
    (105, 'MENTEE', 'SET_UP', 3), (105, 'MENTEE', 'ROLES_RESPONSIBILITIES', 3), (105, 'MENTEE', 'MEETING_PROCESSES', 2),
    (105, 'MENTEE', 'WORK_PROCESSES', 3), (105, 'MENTEE', 'COMMUNICATION_TRANSPARENCY', 2), (105, 'MENTEE', 'TRUST_TEAMWORK', 3),
    (105, 'MENTEE', 'ADAPTATION_SUSTAINABILITY', 3), (105, 'MENTEE', 'RESOURCES', 2);

insert into report_practice_note (report_id, side, suggestions) values
    (102, 'MENTEE', 'Illustrative: plan budget for vehicles with the work plan.'),
    (102, 'MENTOR', 'Illustrative: shorter monthly calls with written follow-up.'),
    (105, 'MENTEE', 'Illustrative: share meeting notes within a week.');
