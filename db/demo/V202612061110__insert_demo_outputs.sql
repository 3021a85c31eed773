-- Outputs of the demo work plans: ILLUSTRATIVE, made up for the demo like the activities they
-- belong to (every one of those is marked illustrative, and the pages say so).

insert into framework_output (id, partnership_id, working_area_code, title, activity_id, unit_code, unit_other,
    means_of_verification, completion, completion_precision) values
    (101, 24, 'NRW', 'District meters installed and read monthly', 101, 'OTHER', 'district meters',
        'Meter reading sheets', '2020-12-01', 'MONTH'),
    (102, 24, 'NRW', 'Leaks repaired within 48 hours', 102, 'PERCENTAGE', null, 'Repair log', '2021-06-01', 'MONTH'),
    (103, 24, 'CUSTOMER_SERVICE', 'Complaints registered and answered', 103, 'PEOPLE', null, 'Complaint register',
        '2022-12-01', 'MONTH'),
    (104, 24, 'ASSET_MGMT', 'Pumping stations in the asset register', 104, 'OTHER', 'pumping stations',
        'Asset register', '2023-01-01', 'YEAR'),
    (111, 15, 'BUSINESS_PLANNING', 'Staff who took part in an exchange visit', 112, 'PEOPLE', null,
        'Visit reports', '2021-06-01', 'MONTH');

insert into output_target (output_id, target_year, target) values
    (101, 2019, 6), (101, 2020, 12),
    (102, 2019, 60), (102, 2020, 80), (102, 2021, 90),
    (103, 2021, 2000), (103, 2022, 5000),
    (104, 2021, 20), (104, 2022, 38), (104, 2023, 38),
    (111, 2019, 8), (111, 2020, 16), (111, 2021, 24);
