-- Capacity baselines of the two demo partnerships that carry illustrative values: ILLUSTRATIVE,
-- made up for the demo (every row is marked, and the page says so).
insert into capacity_focus (id, partnership_id, working_area_code, dimension_code, baseline_stage,
    baseline_description, objective, illustrative) values
    (101, 24, 'NRW', 'TA_WORKING_ROUTINES', 1, 'Illustrative: leaks repaired on complaint only.',
        'Illustrative: leak detection and repair as a routine of the distribution teams.', true),
    (102, 24, 'NRW', 'IN_SKILLS_ABILITIES', 2, 'Illustrative: a few staff trained in leak detection.',
        'Illustrative: every district team able to run a step test.', true),
    (103, 24, 'CUSTOMER_SERVICE', 'TA_SYSTEMS', 1, 'Illustrative: complaints on paper, not tracked.',
        'Illustrative: a complaint register with response times.', true),
    (104, 15, 'BUSINESS_PLANNING', 'TF_VISION_MISSION_STRATEGY', 1, 'Illustrative: no written plan.',
        'Illustrative: a medium-term plan adopted by the board.', true);
