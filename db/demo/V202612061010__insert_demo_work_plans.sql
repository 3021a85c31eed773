-- Demo work plans: THE ACTIVITIES, DATES AND AMOUNTS ARE ILLUSTRATIVE, made up for the demo (the
-- same two partnerships that carry the illustrative indicator values). They are not these
-- partnerships' own plans or budgets: every row is marked illustrative, and every page that shows
-- them says so.
--   24 VEI – Bulawayo City Council (WOP-Africa, from 2018): six activities, one late, one not started.
--   15 Kota Surabaya – Khulna WASA (WaterLinks, from 2019): three activities, one late.

insert into activity (id, partnership_id, working_area_code, title, description, starting_situation,
    planned_start, planned_start_precision, planned_end, planned_end_precision, mentor_responsible,
    mentee_responsible, status, status_note, illustrative) values
    (101, 24, 'NRW', 'District metered areas in two pilot zones',
        'Set up and monitor two district metered areas to measure and reduce losses.',
        'No zone metering; losses estimated from the annual water balance only.',
        '2018-03-01', 'MONTH', '2020-12-01', 'MONTH', 'NRW adviser (VEI)', 'Distribution engineer (CoB)', 'DONE',
        null, true),
    (102, 24, 'NRW', 'Leak detection and repair team',
        'Train and equip a team that finds and repairs leaks within 48 hours.', 'Repairs on complaint only.',
        '2019-01-01', 'YEAR', '2021-06-01', 'MONTH', 'NRW adviser (VEI)', 'Maintenance manager (CoB)', 'DONE', null,
        true),
    (103, 24, 'CUSTOMER_SERVICE', 'Customer call centre and complaint tracking',
        'A call centre with a complaint register and response-time reporting.', 'Complaints taken at the counter.',
        '2020-01-01', 'MONTH', '2022-12-01', 'MONTH', 'Customer service adviser (VEI)', 'Revenue office (CoB)',
        'UNDER_WAY', 'Software chosen; the call-centre room is not ready.', true),
    (104, 24, 'ASSET_MGMT', 'Asset register of pumping stations',
        'Register and condition survey of the pumping stations.', 'Paper records of part of the stations.',
        '2021-01-01', 'YEAR', '2023-01-01', 'YEAR', 'Asset manager (VEI)', 'Mechanical engineer (CoB)', 'DONE', null,
        true),
    (105, 24, 'FINANCIAL_MGMT', 'Tariff and cost-recovery study',
        'A study of operating costs and tariffs, with options for council.', null,
        '2024-01-01', 'MONTH', '2026-12-31', 'DAY', 'Finance adviser (VEI)', 'Treasurer (CoB)', 'UNDER_WAY', null, true),
    (106, 24, 'INFORMATION_TECHNOLOGY', 'Billing system migration',
        'Move customer accounts to the new billing system.', 'Billing on an unsupported system.',
        '2025-06-01', 'MONTH', '2027-06-01', 'MONTH', 'IT adviser (VEI)', 'IT officer (CoB)', 'NOT_STARTED', null, true),
    (111, 15, 'BUSINESS_PLANNING', 'Short-term action plan',
        'A one-year action plan agreed by both utilities.', 'No written plan for service improvement.',
        '2019-01-01', 'MONTH', '2019-12-01', 'MONTH', 'Planning unit (Surabaya)', 'Planning unit (KWASA)', 'DONE', null,
        true),
    (112, 15, 'BUSINESS_PLANNING', 'Staff exchange visits',
        'Two visits each way for operations and finance staff.', null,
        '2019-06-01', 'MONTH', '2021-06-01', 'MONTH', 'HR office (Surabaya)', 'HR office (KWASA)', 'DONE', null, true),
    (113, 15, 'BUSINESS_PLANNING', 'Medium-term Sustainability Improvement Plan',
        'A three-year plan with investments and tariff steps.', 'The short-term action plan.',
        '2020-01-01', 'YEAR', '2021-06-01', 'MONTH', 'Planning unit (Surabaya)', 'Managing director (KWASA)',
        'UNDER_WAY', 'Draft with the board since 2021.', true);

insert into budget_line (id, activity_id, contributor_id, kind, amount, currency, budget_year) values
    (101, 101, 1, 'CASH', 60000, 'EUR', 2018), (102, 101, 1, 'CASH', 45000, 'EUR', 2019),
    (103, 101, 44, 'IN_KIND', 12000, 'USD', 2019), (104, 101, 1, 'STAFF_DAYS', 40, null, 2019),
    (105, 102, 1, 'CASH', 38000, 'EUR', 2019), (106, 102, 44, 'STAFF_DAYS', 120, null, 2020),
    (107, 103, 1, 'CASH', 25000, 'EUR', 2020), (108, 103, 44, 'IN_KIND', 8000, 'USD', 2021),
    (109, 104, 1, 'STAFF_DAYS', 60, null, 2021), (110, 104, 44, 'STAFF_DAYS', 90, null, 2022),
    (111, 105, 1, 'CASH', 30000, 'EUR', 2024), (112, 105, 1, 'CASH', 20000, 'EUR', 2025),
    (113, 106, 1, 'CASH', 50000, 'EUR', 2026),
    (121, 111, 28, 'STAFF_DAYS', 30, null, 2019), (122, 111, 29, 'IN_KIND', 5000, 'USD', 2019),
    (123, 112, 28, 'CASH', 18000, 'USD', 2020), (124, 112, 29, 'CASH', 6000, 'USD', 2020),
    (125, 113, 28, 'STAFF_DAYS', 45, null, 2020), (126, 113, 29, 'CASH', 4000, 'USD', 2021);
