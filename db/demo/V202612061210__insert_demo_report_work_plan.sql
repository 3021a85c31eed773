-- What the demo progress reports of VEI – Bulawayo say of its work plan: ILLUSTRATIVE, made up for
-- the demo like the plan itself (the reports already say they are illustrative). 2023 and 2024
-- are approved (their spending counts to date), 2025 is submitted and waits for review.

insert into report_activity (report_id, activity_id, status, percent_done) values
    (101, 101, 'DONE', 100), (101, 102, 'DONE', 100), (101, 103, 'UNDER_WAY', 60), (101, 104, 'UNDER_WAY', 70),
    (102, 103, 'UNDER_WAY', 75), (102, 104, 'DONE', 100), (102, 105, 'UNDER_WAY', 20),
    (103, 103, 'UNDER_WAY', 80), (103, 105, 'UNDER_WAY', 50), (103, 106, 'NOT_STARTED', 0);

insert into report_output_value (report_id, output_id, value) values
    (101, 103, 1200), (101, 104, 20),
    (102, 103, 1900), (102, 104, 38),
    (103, 103, 2600);

insert into report_spending (report_id, budget_line_id, amount) values
    (101, 107, 10000), (101, 109, 30),
    (102, 107, 8000), (102, 111, 12000), (102, 110, 45),
    (103, 111, 9000), (103, 112, 15000);

insert into report_factor (report_id, position, kind, category, text) values
    (101, 0, 'CONTRIBUTING', 'WOP_RELATED', 'Illustrative: weekly calls between the two NRW teams.'),
    (102, 0, 'OBSTACLE', 'EXTERNAL', 'Illustrative: power cuts slowed the pumping schedule.'),
    (102, 1, 'CONTRIBUTING', 'INTERNAL', 'Illustrative: a dedicated customer-service manager appointed.'),
    (103, 0, 'OBSTACLE', 'INTERNAL', 'Illustrative: the call-centre room is not ready.');

-- Kota Surabaya – Khulna WASA: its three approved reports (2023 to 2025) on its illustrative plan.
insert into report_activity (report_id, activity_id, status, percent_done) values
    (104, 113, 'UNDER_WAY', 40), (105, 113, 'UNDER_WAY', 60), (106, 113, 'UNDER_WAY', 70);

insert into report_output_value (report_id, output_id, value) values
    (104, 111, 22), (105, 111, 24);

insert into report_spending (report_id, budget_line_id, amount) values
    (104, 123, 9000), (104, 124, 3000), (105, 126, 2500), (106, 125, 20);

insert into report_factor (report_id, position, kind, category, text) values
    (106, 0, 'OBSTACLE', 'EXTERNAL', 'Illustrative: a procurement freeze stopped meter purchases.');
