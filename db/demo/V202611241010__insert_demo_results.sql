-- Demo results: two partnerships with a results framework and progress reports, so that charts,
-- work lists and the annual report have something to show. THE FIGURES ARE ILLUSTRATIVE, made up
-- for the demo: they are not values reported by these partnerships, and every record says so.
--   24 VEI – Bulawayo City Council (WOP-Africa): 2023 and 2024 approved, 2025 submitted for review.
--   15 Kota Surabaya – Khulna WASA (WaterLinks): 2023, 2024 and 2025 approved.

insert into indicator (id, partnership_id, kpi_code, name, unit, better_direction, baseline_value, baseline_date,
    target_value, target_date, means_of_verification, frequency) values
    (101, 24, 'GW_NRW_PCT_SYSTEM_INPUT', 'NRW as a percentage of system input', '%', 'LOWER', 42, '2018-12-31',
        30, '2026-12-31', 'Illustrative demo figures, not reported by the partnership', 'YEARLY'),
    (102, 24, 'IBNET_7_1', 'Metering level (connections with operating meter / total connections)', '%', 'HIGHER',
        71, '2018-12-31', 95, '2026-12-31', 'Illustrative demo figures, not reported by the partnership', 'YEARLY'),
    (103, 15, 'GW_NRW_PCT_SYSTEM_INPUT', 'NRW as a percentage of system input', '%', 'LOWER', 35, '2019-12-31',
        25, '2025-12-31', 'Illustrative demo figures, not reported by the partnership', 'YEARLY'),
    (104, 15, 'GW_COVERAGE', 'Coverage', '%', 'HIGHER', 60, '2019-12-31', 80, '2025-12-31',
        'Illustrative demo figures, not reported by the partnership', 'YEARLY');

insert into progress_report (id, version, partnership_id, period_year, period_half, revision, status, health,
    health_reason, achievements, challenges, next_steps, lessons, submitted_by, submitted_at, reviewed_by,
    reviewed_at) values
    (101, 3, 24, 2023, 0, 1, 'APPROVED', 'ON_TRACK', 'Illustrative demo report: not the partnership''s own words.',
        'Illustrative demo report: district metered areas set up.', null, null, null, 1, '2024-02-10T09:00:00Z', 2,
        '2024-02-20T09:00:00Z'),
    (102, 3, 24, 2024, 0, 1, 'APPROVED', 'POTENTIAL_RISKS', 'Illustrative demo report: power cuts slowed the pumping schedule.',
        'Illustrative demo report: meter replacement in two suburbs.', 'Illustrative demo report: power cuts.', null,
        null, 1, '2025-02-12T09:00:00Z', 2, '2025-02-25T09:00:00Z'),
    (103, 2, 24, 2025, 0, 1, 'SUBMITTED', 'ON_TRACK', 'Illustrative demo report: awaiting review.',
        'Illustrative demo report: leak repairs in the city centre.', null, null, null, 1, '2026-02-15T09:00:00Z',
        null, null),
    (104, 3, 15, 2023, 0, 1, 'APPROVED', 'ON_TRACK', 'Illustrative demo report: not the partnership''s own words.',
        null, null, null, null, 1, '2024-03-01T09:00:00Z', 3, '2024-03-10T09:00:00Z'),
    (105, 3, 15, 2024, 0, 1, 'APPROVED', 'ON_TRACK', 'Illustrative demo report: not the partnership''s own words.',
        null, null, null, null, 1, '2025-03-01T09:00:00Z', 3, '2025-03-10T09:00:00Z'),
    (106, 3, 15, 2025, 0, 1, 'APPROVED', 'ROADBLOCK', 'Illustrative demo report: a procurement freeze stopped meter purchases.',
        null, null, null, null, 1, '2026-03-01T09:00:00Z', 3, '2026-03-10T09:00:00Z');

insert into indicator_value (id, report_id, indicator_id, value, comment) values
    (101, 101, 101, 39.5, null), (102, 101, 102, 76, null),
    (103, 102, 101, 37.0, null), (104, 102, 102, 80, null),
    (105, 103, 101, 34.8, 'Illustrative demo value'), (106, 103, 102, 84, null),
    (107, 104, 103, 33, null), (108, 104, 104, 64, null),
    (109, 105, 103, 30.5, null), (110, 105, 104, 69, null),
    (111, 106, 103, 29.8, null), (112, 106, 104, 70, null);
