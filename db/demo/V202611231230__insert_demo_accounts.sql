-- Demo data (profile demo only): one obviously fictional account per role, plus a second
-- coordinator so that regional scoping can be tried. Passwords are BCrypt hashes of the demo
-- passwords printed at start-up and listed in the README:
--   secretariat@example.org        demo-secretariat
--   coordinator.africa@example.org demo-coordinator
--   coordinator.asia@example.org   demo-coordinator
--   staff.mwauwasa@example.org     demo-utility
-- Production never loads this file; its first secretariat account comes from the environment.

insert into user_account (id, email, display_name, password_hash, role, regional_platform_code, organisation_id, locale) values
    (1, 'secretariat@example.org', 'Demo Secretariat', '{bcrypt}$2a$10$osJmqTE.7GvAkELdpQSROeti01gcrwKP7XRKfubuMO2Wncr/TUG1e', 'SECRETARIAT', null, null, 'en'),
    (2, 'coordinator.africa@example.org', 'Demo Coordinator (WOP-Africa)', '{bcrypt}$2a$10$8LwOy30JZgeSDWqoPeXpdus0SNhNIWCO7o4pNyVCHyKWCwG0QSX8a', 'COORDINATOR', 'WOP_AFRICA', null, 'fr'),
    (3, 'coordinator.asia@example.org', 'Demo Coordinator (WaterLinks)', '{bcrypt}$2a$10$8LwOy30JZgeSDWqoPeXpdus0SNhNIWCO7o4pNyVCHyKWCwG0QSX8a', 'COORDINATOR', 'WATERLINKS', null, 'en'),
    (4, 'staff.mwauwasa@example.org', 'Demo Utility Staff (MWAUWASA)', '{bcrypt}$2a$10$fTstwIICDPIUm0kqWfqcV.SPAfsi1FWP5w5AUAQ5d4BXKwKfQLvw6', 'UTILITY_STAFF', null, 5, 'en');
