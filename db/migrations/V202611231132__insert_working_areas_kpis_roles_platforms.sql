-- GWOPA working areas (capacity themes of a WOP) in English, French and Spanish.
-- Source: UPCnet/gwopa.core commit 86d24e6 (2021-12-16), src/gwopa/core/browser/setup_home.py
-- createDefaultValues() working_areas, labels and FR/ES from locales/{en,fr,es}/LC_MESSAGES/gwopa.po;
-- PARTNERSHIP_MGMT, GENDER_MAINSTREAMING, INVESTMENT_PROJECTS and OTHER from live GWOPA WOP profiles
-- (e.g. http://gwopa.unhabitat.org/node/27029), which give no French or Spanish name.

insert into working_area (code, sort_order, name_en, name_fr, name_es) values
    ('ASSET_MGMT', 1, 'Asset Management', 'Gestion des actifs', 'Gestión de activos'),
    ('BILLING_COLLECTION', 2, 'Billing & Collection Efficiency', 'Efficacité de la facturation et de la collecte', 'Eficiencia en la facturación y recolección'),
    ('BUSINESS_PLANNING', 3, 'Business Planning', 'Elaboration d’un business plan', 'Planificación empresarial'),
    ('NRW', 4, 'Non-Revenue Water (NRW 1): Commercial Losses Management', 'Pertes commerciales et physiques - Eau non génératrice de revenu', 'Agua no facturada (ANF 1): Gestión de pérdidas comerciales'),
    ('CUSTOMER_SERVICE', 5, 'Customer Service', 'Services aux usagers', 'Relaciones con los clientes'),
    ('FINANCIAL_MGMT', 6, 'Financial Management', 'Gestion financière', 'Gestión financiera'),
    ('WASTEWATER', 7, 'Wastewater Collection & Treatment', 'Collecte & Traitement des eaux usées', 'Recolección & Tratamiento de aguas residuales'),
    ('DRINKING_WATER_QUALITY', 8, 'Production Processes & Service Quality & Water Safety (Drinking Water)', 'Processus de production & Qualité de Service & Salubrité de l’Eau (Eau potable)', 'Procesos de producción & Calidad de Servicio & Seguridad del Agua(Agua potable)'),
    ('OPERATION_MAINTENANCE', 9, 'Operation & Maintenance', 'Opérations d’exploitation & Maintenance', 'Operación & Mantenimiento'),
    ('ENERGY_EFFICIENCY', 10, 'Energy Efficiency and Climate Change Mitigation', 'Efficacité énergétique et atténuation du changement climatique', 'Eficiencia energética y mitigación del cambio climático'),
    ('HR_ORG_DEVELOPMENT', 11, 'Human Resources/ Organizational Development', 'Gestion des Ressources Humaines/ Développement organisationnel', 'Gestión de Recursos Humanos / Desarrollo organizativo'),
    ('GOVERNANCE_INSTITUTIONS', 12, 'Corporate Governance & Institutions', 'Gouvernance d’entreprise & Institutions', 'Gobernanza corporativa e instituciones'),
    ('CATCHMENT_IWRM', 13, 'Catchment Management/ Integrated Water Resource Management – IWRM', 'Gestion des bassins versants/ Gestion intégrée des ressources en eau (GIRE)', 'Gestión de captación / Gestión Integrada de los Recursos Hídricos (HIRH)'),
    ('CLIMATE_RESILIENCE', 14, 'Climate Change Adaptation', 'Résilience face aux effets du Changement Climatique', 'Adaptación al cambio climático'),
    ('LOW_INCOME_AREAS', 15, 'Services in Low-Income Areas', 'Services fournis dans les zones à faible revenue', 'Servicios en áreas de bajo nivel adquisitivo'),
    ('SANITATION_HYGIENE', 16, 'Sanitation & Hygiene Services', 'Extension des Services d’Assainissement et d’Hygiène', 'Servicios de saneamiento e higiene'),
    ('WATER_SUPPLY_EXTENSION', 17, 'Extension of Water Supply Services', 'Extension des Services d’Approvisionnement en Eau', 'Extensión de los Servicios de Abastecimiento de Agua'),
    ('SOCIAL_INCLUSION_GENDER', 18, 'Social Inclusion', 'Inclusion sociale/ Problématique femmes-hommes', 'Inclusión social/ Género'),
    ('INFORMATION_TECHNOLOGY', 19, 'Information & Technology (GIS, IMIS, Smart Systems...)', 'Information et technologie (SIG, IMIS, systèmes intelligents…)', 'Tecnologías de la información (Sistemas de Información Geográfica SIG, Instituto de Gestión de Sistemas de Información IMIS por sus siglas en inglés, sistemas inteligentes)'),
    ('POLICY_LEGAL', 20, 'Policy & Legal Support', 'Aide à la décision et appui juridique', 'Asistencia política y legal'),
    ('WATER_DEMAND_MGMT', 21, 'Water Demand Management/Scarcity Planning', 'Gestion de la demande en eau / planification de la rareté', 'Gestión de la demanda de agua / planificación de la escasez'),
    ('PARTNERSHIP_MGMT', 22, 'Partnership Management', null, null),
    ('GENDER_MAINSTREAMING', 23, 'Gender Mainstreaming', null, null),
    ('INVESTMENT_PROJECTS', 24, 'Investment Projects', null, null),
    ('OTHER', 25, 'Other', null, null);

-- KPI catalogue with unit and better direction.
-- Sources: IBNET indicator definitions (https://www.ib-net.org/toolkit/ibnet-indicators/) for IBNET_*;
-- gwopa.core setup_home.py createDefaultOutcomes() for GW_*. The better direction is an editorial
-- reading of each definition and left empty where the direction is not clear.
insert into kpi (code, sort_order, name_en, name_fr, name_es, unit, better_direction, category) values
    ('IBNET_1_1', 1, 'Water coverage (population with access as % of population under utility responsibility)', null, null, '%', 'HIGHER', 'Service coverage'),
    ('IBNET_2_1', 2, 'Sewerage coverage (population with direct sewerage connection as % of population under utility responsibility)', null, null, '%', 'HIGHER', 'Service coverage'),
    ('IBNET_6_1', 3, 'Non-revenue water (% of net water supplied)', null, null, '%', 'LOWER', 'Non revenue water'),
    ('IBNET_6_2', 4, 'Non-revenue water per km of distribution network per day', null, null, 'm3/km/day', 'LOWER', 'Non revenue water'),
    ('IBNET_6_3', 5, 'Non-revenue water per water connection per day', null, null, 'm3/conn/day', 'LOWER', 'Non revenue water'),
    ('IBNET_7_1', 6, 'Metering level (connections with operating meter / total connections)', null, null, '%', 'HIGHER', 'Metering practices'),
    ('IBNET_7_2', 7, 'Share of water sold that is metered', null, null, '%', 'HIGHER', 'Metering practices'),
    ('IBNET_11_1', 8, 'Unit operational cost, water and wastewater (annual operational expenses / annual volume sold)', null, null, 'US$/m3 sold', 'LOWER', 'Costs and staffing'),
    ('IBNET_12_1', 9, 'Staff (water) per 1,000 water connections', null, null, '#/1000 W conn', 'LOWER', 'Costs and staffing'),
    ('IBNET_12_2', 10, 'Staff (water & wastewater) per 1,000 W&WW connections', null, null, '#/1000 W&WW conn', 'LOWER', 'Costs and staffing'),
    ('IBNET_13_2', 11, 'Electrical energy costs as % of operational costs', null, null, '%', 'LOWER', 'Costs and staffing'),
    ('IBNET_15_1', 12, 'Continuity of service (average hours of water supply per day)', null, null, 'hrs/day', 'HIGHER', 'Quality of service'),
    ('IBNET_15_2', 13, 'Customers with discontinuous supply', null, null, '%', 'LOWER', 'Quality of service'),
    ('IBNET_15_3', 14, 'Residual chlorine tests carried out (% of number required by the applicable standard)', null, null, '% of # required', 'HIGHER', 'Quality of service'),
    ('IBNET_15_4', 15, 'Samples passing the residual chlorine standard (water quality compliance)', null, null, '%', 'HIGHER', 'Quality of service'),
    ('IBNET_16_1', 16, 'Complaints about water & wastewater services (per year, % of W&WW connections)', null, null, '% of W&WW conn', 'LOWER', 'Quality of service'),
    ('IBNET_17_1', 17, 'Collected wastewater receiving at least primary treatment', null, null, '%', 'HIGHER', 'Quality of service'),
    ('IBNET_17_3', 18, 'Collected wastewater receiving secondary treatment or better', null, null, '%', 'HIGHER', 'Quality of service'),
    ('IBNET_23_1', 19, 'Collection period ((year-end accounts receivable / annual operating revenues) x 365)', null, null, 'days', 'LOWER', 'Billing and collections'),
    ('IBNET_23_2', 20, 'Collection ratio / collection efficiency (cash income / billed revenue)', null, null, '%', 'HIGHER', 'Billing and collections'),
    ('IBNET_OP_COST_COVERAGE', 21, 'Operating cost coverage (operating revenues / operating costs)', null, null, 'ratio', 'HIGHER', 'Financial performance'),
    ('GW_TOTAL_CONNECTIONS', 22, 'Total number of connections', 'Nombre total de raccordements', 'Número total de conexiones', 'connections', 'HIGHER', 'Service coverage'),
    ('GW_PEOPLE_SERVED', 23, 'Total number of people served', 'Nombre total de personnes raccordées au réseau', 'Número total de personas servidas', 'people', 'HIGHER', 'Service coverage'),
    ('GW_COVERAGE', 24, 'Coverage', 'Taux de couverture', '% de cobertura', '%', 'HIGHER', 'Service coverage'),
    ('GW_COVERAGE_LIA', 25, '(Estimated) coverage LIA population', 'Taux de couverture (estimé) des populations vivant dans des zones à faible revenu', 'Tasa de cobertura (estimada) de las poblaciones que viven en zonas de bajos ingresos', '%', 'HIGHER', 'Service coverage'),
    ('GW_FEMALE_EMPLOYEES_PCT', 26, '% Female employees', '% de femmes parmi les employés', '% de mujeres entre los empleados', '%', null, 'Human resources / gender'),
    ('GW_FEMALE_MANAGERS_PCT', 27, '% Female employees in management positions', '% de femmes occupant des postes de direction', '% de mujeres en puestos directivos', '%', null, 'Human resources / gender'),
    ('GW_STAFF_PER_1000_CONN', 28, 'Number of FT employees per 1000 active connections', 'Nombre d’employés à temps plein pour 1000 raccordements actifs', 'Número de empleados a tiempo completo por 1000 conexiones activas', 'staff/1000 active connections', 'LOWER', 'Costs and staffing'),
    ('GW_NRW_M3_PER_CONN_YEAR', 29, 'NRW in m3 per active connection per year', 'Quantité d’eau non génératrice de revenu en m3 par raccordement actif et par année', 'Cantidad de Agua No Facturada en m3 por conexión activa al año', 'm3/active connection/year', 'LOWER', 'Non revenue water'),
    ('GW_NRW_PCT_SYSTEM_INPUT', 30, 'NRW as a percentage of system input', 'Eau non génératrice de revenu en pourcentage d’intrant dans le système', 'Agua No Facturada (ANC) como porcentaje dentro del sistema', '%', 'LOWER', 'Non revenue water'),
    ('GW_COLLECTION_EFFICIENCY', 31, 'Collection efficiency', 'Efficacité de la collecte', 'Eficacia de recolección', null, 'HIGHER', 'Billing and collections'),
    ('GW_CUSTOMER_SATISFACTION', 32, 'Customer satisfaction', 'Satisfaction des usagers', 'Satisfacción del cliente', null, 'HIGHER', 'Quality of service'),
    ('GW_WORKING_RATIO', 33, 'Working ratio', 'Coefficient brut d’exploitation', 'Análisis de rendimiento', 'ratio', 'LOWER', 'Financial performance'),
    ('GW_OPERATING_RATIO', 34, 'Operating ratio', 'Coefficient d’exploitation', 'Ratio de funcionamiento', 'ratio', 'LOWER', 'Financial performance'),
    ('GW_DSCR', 35, 'Debt service coverage ratio (DSCR)', 'Ratio de couverture du service de la dette', 'Tasa de cobertura del servicio de la deuda', 'ratio', 'HIGHER', 'Financial performance'),
    ('GW_ENERGY_PER_M3', 36, 'Energy consumption per m3 system input', 'Quantité d’énergie consommée par m3 d’intrant dans le système', 'Consumo de energía por m3 dentro del sistema', 'per m3 system input', 'LOWER', 'Energy efficiency'),
    ('GW_CHEMICALS_COST_PER_M3', 37, 'Expenditures on chemicals per m3 system input', 'Dépenses d’approvisionnement en produits chimiques par m3 d’intrant dans le système', 'Gastos en productos químicos por m3 dentro del sistema', 'per m3 system input', 'LOWER', 'Production / water quality'),
    ('GW_CHLORINE_PER_M3', 38, 'Chlorine consumption per m3 system input', 'Quantité de chlore consommée par m3 d’intrant dans le système', 'Cantidad de cloro consumido por m3 de entrada al sistema', 'per m3 system input', null, 'Production / water quality'),
    ('GW_ALUM_PER_M3', 39, 'Aluminium sulphate consumption per m3 system input', 'Quantité de sulfate d''aluminium consommée par m3 d’intrant dans le système', 'Cantidad de sulfato de aluminio consumida por m3 de entrada al sistema', 'per m3 system input', null, 'Production / water quality'),
    ('GW_FC_CHECKS_DONE_PCT', 40, 'Percentage of required checks carried out for faecal coliform', 'Pourcentage de contrôles réglementaires effectués pour évaluer la présence de coliformes fécaux', 'Porcentaje de controles reglamentarios efectuados para evaluar la presencia de coliformes fecales', '%', 'HIGHER', 'Quality of service'),
    ('GW_FC_NONCOMPLIANT_PCT', 41, 'Percentage of checks that do not comply with norm on faecal coliform', 'Pourcentage d’analyses dont les résultats ne sont pas conformes à la réglementation sur le niveau maximal acceptable de coliformes fécaux', 'Porcentaje de controles que no cumplen con la norma sobre coliformes fecales', '%', 'LOWER', 'Quality of service'),
    ('GW_CL_CHECKS_DONE_PCT', 42, 'Percentage of required checks carried out for residual chlorine', 'Pourcentage de contrôles réglementaires effectués pour évaluer la présence de chlore résiduel', 'Porcentaje de controles reglamentarios efectuados para evaluar la presencia de cloro', '%', 'HIGHER', 'Quality of service'),
    ('GW_CL_NONCOMPLIANT_PCT', 43, 'Percentage of checks that do not comply with norm on residual Chlorine', 'Pourcentage d’analyses dont les résultats ne sont pas conformes à la réglementation sur le niveau maximal acceptable de chlore résiduel', 'Porcentaje de controles que no cumplen con la norma de cloro residual', '%', 'LOWER', 'Quality of service'),
    ('GW_IMPROVED_SAN_PEOPLE', 44, 'Number of people with access to improved sanitation facilities', 'Nombre de personnes ayant accès à des installations d’assainissement de l’eau améliorées', 'Número de personas con acceso a instalaciones de saneamiento mejoradas', 'people', 'HIGHER', 'Sanitation'),
    ('GW_IMPROVED_SAN_PCT', 45, 'Percentage of people with access to improved sanitation facilities', 'Pourcentage d’habitants ayant accès à des installations d’assainissement de l’eau améliorées', 'Porcentaje de habitantes con acceso a instalaciones de saneamiento mejoradas', '%', 'HIGHER', 'Sanitation'),
    ('GW_UNIMPROVED_SAN_PEOPLE', 46, 'Number of people with access to unimproved sanitation facilities', 'Nombre de personnes ayant accès à des installations d’assainissement de l’eau non améliorées', 'Número de personas con acceso a instalaciones de saneamiento no mejoradas', 'people', 'LOWER', 'Sanitation'),
    ('GW_UNIMPROVED_SAN_PCT', 47, 'Percentage of people with access to unimproved sanitation facilities', 'Pourcentage d’habitants ayant accès à des installations d’assainissement de l’eau non améliorées', 'Porcentaje de habitantes con acceso a instalaciones de saneamiento no mejoradas', '%', 'LOWER', 'Sanitation'),
    ('GW_SEWER_CONNECTIONS', 48, 'Total number of sewerage connections', 'Nombre total de raccordements au réseau d’égouts', 'Número total de conexiones de alcantarillado', 'connections', 'HIGHER', 'Sanitation'),
    ('GW_WASTEWATER_TREATED_PCT', 49, 'Percentage of waste water treated', 'Pourcentage d’eaux usées traitées', 'Porcentaje de aguas residuales tratadas', '%', 'HIGHER', 'Sanitation');

-- Partner roles. Source: gwopa.core settings (partner_roles, organization_roles), GWOPA WOP profiles
-- and the EU-WOP FAQ (https://gwopa.org/eu-wops/faq-en/). French for most roles is pending in the source.
-- PARTNER is the plain "Partner(s)" of the UN SDG partnership registry (record #SDGAction25745),
-- used for NETWORK-kind partnerships whose partners have no mentor or mentee side.
insert into partner_role (code, sort_order, side, name_en, name_fr, name_es, description) values
    ('MENTOR', 1, 'MENTOR', 'Mentor', 'Mentor', 'Mentor', 'Utility that shares its skills, knowledge and goodwill on a not-for-profit basis to build the capacity of a peer utility (the mentee).'),
    ('MENTEE', 2, 'MENTEE', 'Mentee', null, 'Aprendiz', 'Utility that needs assistance or guidance and whose capacity and performance are strengthened through the partnership (also called beneficiary or recipient).'),
    ('LEAD_MENTOR', 3, 'MENTOR', 'Lead Mentor', null, null, 'Main mentor organisation of a WOP when several mentors take part (listed first among "Organizations Involved" in GWOPA WOP profiles).'),
    ('LEAD_MENTEE', 4, 'MENTEE', 'Lead Mentee', null, null, 'Main beneficiary utility of a WOP when several mentees take part.'),
    ('CO_MENTOR', 5, 'MENTOR', 'Co-mentor', null, null, 'Additional mentor organisation working alongside the lead mentor (e.g. NWSC co-mentoring with VEI).'),
    ('RECIPIENT', 6, 'MENTEE', 'Recipient', null, null, 'Term used by ADB/WaterLinks twinning and older GWOPA profiles for the mentee utility.'),
    ('LEAD_PARTNER', 7, 'MENTOR', 'Lead Partner', null, null, 'In the EU-WOP Programme: the main implementing partner or "mentor" within the partnership, responsible for submitting the application.'),
    ('BENEFICIARY_PARTNER', 8, 'MENTEE', 'Beneficiary Partner', null, null, 'In the EU-WOP Programme: the utility receiving mentoring support.'),
    ('FUNDER', 9, 'OTHER', 'Funder', null, null, 'Organisation financing the partnership (e.g. European Union, OFID, IDB, ADB); called "Donor" in the gwopa.core platform.'),
    ('SUPPORTING_ORG', 10, 'OTHER', 'Supporting Organisation', null, null, 'Other organisation contributing expertise or resources to a WOP without being the lead mentor or mentee.'),
    ('FACILITATOR', 11, 'OTHER', 'Facilitator', null, null, 'Organisation that facilitates implementation of a WOP (e.g. a regional platform such as AfWASA or WOP-LAC).'),
    ('BROKER', 12, 'OTHER', 'Broker (matchmaker, facilitator)', null, 'Corredor (facilitador)', 'Organisation that matches mentor and mentee and helps set up the partnership (GWOPA is listed as "Broker" in WOP profiles).'),
    ('TECHNICAL_SUPPORT', 13, 'OTHER', 'Technical Support', null, 'Soporte técnico', 'Role of another organisation providing technical support to a WOP.'),
    ('POLITICAL_SUPPORT', 14, 'OTHER', 'Political Support', null, 'Soporte político', 'Role of another organisation providing political support to a WOP.'),
    ('PARTNER', 15, 'OTHER', 'Partner', 'Partenaire', 'Socio', 'Partner of a multi-stakeholder initiative, as listed under "Partner(s)" in the UN SDG partnership registry.');

-- Regional and national WOP platforms. Source: https://gwopa.unhabitat.org/who-we-are/wop-platforms ,
-- https://gwopa.org/platforms/africa/ , https://gwopa.org/platforms/latin-america-and-caribbean/ and the
-- further pages named per platform in the project's reference notes. source_confirmed says whether the
-- sources state the platform and its host (YES), only in part (PARTIAL), or not at all (NO).
insert into regional_platform (code, name, acronym, region, host, source_confirmed) values
    ('WOP_AFRICA', 'WOP-Africa (regional WOP platform for sub-Saharan Africa)', 'WOP-Africa', 'Sub-Saharan Africa', 'Programme of the African Water Association (AfWA); established Johannesburg 2007; secretariat at AfWA headquarters, Abidjan, Cote d''Ivoire. GWOPA pages from 2023 call the African Water and Sanitation Association (AfWASA) the WOP coordination platform for Africa', 'YES'),
    ('WATERLINKS', 'WaterLinks', 'WaterLinks', 'Asia and the Pacific', 'Regional partnership network founded Aug 2008 by ADB, IWA and USAID (ECO-Asia); secretariat location not confirmed in sources read', 'PARTIAL'),
    ('WOP_LAC', 'Water Operators Partnership - Latin America and the Caribbean', 'WOP-LAC', 'Latin America and the Caribbean', 'Secretariat hosted by IDB from Oct 2007; since Aug 2013 hosted by AySA as a contribution to ALOAS (Asociacion Latinoamericana de Operadores de Agua y Saneamiento), with GWOPA and IDB support', 'YES'),
    ('CARI_WOP', 'Caribbean Water Operators Partnership', 'Cari-WOP', 'Caribbean (sub-platform of WOP-LAC)', 'Established 2011; permanent secretariat co-hosted by CAWASA (Caribbean Water and Sewerage Association) and CWWA (Caribbean Water and Wastewater Association)', 'YES'),
    ('WOP_ARGENTINA', 'WOP Argentina (national WOP platform)', 'WOP Argentina', 'Argentina (national)', 'Coordinated by COFES (Consejo Federal de Entidades de Servicios Sanitarios); created 2014', 'YES'),
    ('P_WON', 'Pakistan Water Operators Network', 'P-WON', 'Pakistan (national)', 'National network of Pakistani water and sanitation operators created with GWOPA support (earlier called P-WOPs, steering committee convened by Shahid Sohail in 2013); chaired by the Managing Director of WASA Lahore in 2020-2021; formal host/secretariat not confirmed', 'PARTIAL'),
    ('PERPAMSI', 'PERPAMSI - Indonesia Water Supply Association (national WOP platform)', 'PERPAMSI', 'Indonesia (national)', 'National water supply association acting as Indonesia''s national WOP platform', 'YES'),
    ('PAWD_WOP', 'Philippine Association of Water Districts national WOP programme', 'PAWD', 'Philippines (national)', 'PAWD adopted a national WOP programme in 2010 with USAID and ADB support (WaterLinks news); status as a GWOPA national platform not confirmed', 'PARTIAL'),
    ('PWWA', 'Pacific Water and Wastewater Association', 'PWWA', 'Pacific islands', 'Non-profit regional association founded 1994; permanent secretariat (since 2017) in Samoa. Listed as a WOP platform in gwopa.core demo content and as a GWOPA partner, but not described as a WOP platform on GWOPA platform pages read', 'PARTIAL'),
    ('WOP_SEE', 'WOP platform for South-East Europe', 'WOP-SEE', 'South-East Europe', 'Network/secretariat described on GWOPA site c.2012 (host not named); from 2023-2024 GWOPA and IAWD (International Association of Water Service Companies in the Danube River Catchment Area) cooperate to (re)launch a SEE WOP platform', 'PARTIAL'),
    ('WOP_ARAB', 'WOP platform for the Arab region', null, 'Arab region / MENA', 'Candidate host: ACWUA (Arab Countries Water Utilities Association, secretariat Amman, Jordan), which co-organised a GWOPA consultative workshop on a WOP action plan for Arab utilities (Arab Water Week, 2019); a formally designated Arab WOP platform was not found', 'NO'),
    ('CAWOP', 'Central Asia WOP platform', 'CAWOP', 'Central Asia', 'No source found for a platform of this name or its host', 'NO');
