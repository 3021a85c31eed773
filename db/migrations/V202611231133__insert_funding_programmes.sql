-- Funding programmes that finance several WOPs, as named in the public sources of the demo
-- partnerships (GWOPA WOP profiles and the 2024 GWOPA annual report). No list of programmes is
-- published as such; these are the ones the sources name.

insert into funding_programme (code, name, description, source) values
    ('WATERWORX', 'WaterWorX',
     'Programme of a consortium of Dutch water operators led by Vitens Evides International; phase 1 to 2021, phase 2 2022-2026.',
     'https://vei.nl/projects/waterworx ; https://gwopa.unhabitat.org/taxonomy/term/223'),
    ('EU_WOP', 'EU-WOP Programme',
     'Water Operators'' Partnerships programme funded by the European Union and run by UN-Habitat''s GWOPA.',
     'https://gwopa.org/eu-wops/faq-en/ ; http://gwopa.unhabitat.org/node/27029'),
    ('OFID_GWOPA', 'OFID-GWOPA WOP programme',
     'WOPs financed by the OPEC Fund for International Development (OFID) through agreements with GWOPA (2013-2015 and 2019).',
     'http://gwopa.unhabitat.org/node/26970 ; http://gwopa.org/en/wop-profiles/nwsc-uganda-with-nairobi-city-water-and-sewerage-kenya'),
    ('ACP_EU_WATER_FACILITY', 'ACP-EU Water Facility',
     'European Union facility for water and sanitation in African, Caribbean and Pacific countries.',
     'http://www.gwopa.org/en/wop-profiles/partnership-for-performance-enhancement-of-water-and-sanitation-utilities-in-kenya-through-benchmarking-and-collective-learning'),
    ('ADB_WOPS', 'ADB Water Operators'' Partnerships Program',
     'Twinning of water utilities sponsored by the Asian Development Bank.',
     'http://www.hunterh2o.com.au/project/benefits-utility-partnerships ; http://southsouthcases.info/casosasia/caso_08.php');
