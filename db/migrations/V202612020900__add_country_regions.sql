-- UN M49 region and sub-region of each country, whether it belongs to the Global South, and the
-- regional WOP platform that covers it by default.
-- Source: npm package world-countries 5.1.0 (https://github.com/mledoze/countries), countries.json,
-- fields cca2, region and subregion, copied unchanged (an empty subregion becomes null); all 249
-- countries of table country get values. XK (Kosovo), which has no official ISO 3166-1 code
-- and is not in table country, is left out. Licence: ODbL-1.0 - "Country regions from world-countries
-- (https://github.com/mledoze/countries), ODbL-1.0"; this table stays under ODbL.
-- world-countries follows UN M49 for regions but names some sub-regions its own way: 'North America'
-- (for M49's Northern America), 'Central Europe', 'Southeast Europe'; it also puts Mexico in North
-- America, where M49 has it in Central America: Mexico is given 'Central America' here, as in M49.
--
-- Project decision 1, Global South: every country outside the UN M49 "developed regions" (Europe,
-- Northern America, Japan, Australia and New Zealand) is in the Global South. So global_south is true
-- unless region is 'Europe', subregion is 'North America' (except Mexico, which M49 counts in Latin
-- America), subregion is 'Australia and New Zealand' (Australia, New Zealand and the Australian
-- territories Christmas Island, Cocos (Keeling) Islands and Norfolk Island) or the country is Japan.
-- Antarctica and the other countries without a sub-region (region 'Antarctic') stay false.
-- Sub-regions are used as world-countries gives them (Cyprus is in Europe, Iran in Southern Asia,
-- dependent territories count like the sub-region they are in).
--
-- Project decision 2, default regional platform (regional platforms only, never national ones such
-- as WOP_ARGENTINA, P_WON, PERPAMSI or PAWD_WOP):
--   WOP_AFRICA  Eastern, Middle, Southern and Western Africa, and Sudan, which world-countries (like
--               M49) puts in Northern Africa but which the project counts as sub-Saharan; the other
--               sub-Saharan Arab League members (Somalia, Djibouti, Comoros, Mauritania) stay here too
--   WOP_ARAB    the rest of Northern Africa (Algeria, Egypt, Libya, Morocco, Tunisia, Western Sahara)
--               and the Arab League members in Western Asia: SA, AE, QA, BH, KW, OM, YE, JO, LB, SY,
--               IQ, PS
--   CARI_WOP    Caribbean
--   WOP_LAC     South America, Central America and Mexico
--   CAWOP       Central Asia
--   WATERLINKS  Southern Asia except Iran, South-Eastern Asia and Eastern Asia, Japan included (the
--               platform covers Asia and the Pacific)
--   PWWA        Melanesia, Micronesia and Polynesia
--   WOP_SEE     AL, BA, BG, HR, ME, MK, RO, RS, SI, GR and MD (XK would belong here too)
--   none        the rest of Europe, North America except Mexico, Australia and New Zealand (and the
--               Australian territories), Antarctica, Iran and the rest of Western Asia (TR, IL, GE,
--               AM, AZ)

alter table country add column region varchar(20);
alter table country add column subregion varchar(40);
alter table country add column global_south boolean not null default false;
alter table country add column regional_platform_code varchar(30) references regional_platform (code);
create index country_subregion_idx on country (subregion);

update country c set region = v.region, subregion = v.subregion
from (values
    ('AD', 'Europe', 'Southern Europe'),
    ('AE', 'Asia', 'Western Asia'),
    ('AF', 'Asia', 'Southern Asia'),
    ('AG', 'Americas', 'Caribbean'),
    ('AI', 'Americas', 'Caribbean'),
    ('AL', 'Europe', 'Southeast Europe'),
    ('AM', 'Asia', 'Western Asia'),
    ('AO', 'Africa', 'Middle Africa'),
    ('AQ', 'Antarctic', null),
    ('AR', 'Americas', 'South America'),
    ('AS', 'Oceania', 'Polynesia'),
    ('AT', 'Europe', 'Central Europe'),
    ('AU', 'Oceania', 'Australia and New Zealand'),
    ('AW', 'Americas', 'Caribbean'),
    ('AX', 'Europe', 'Northern Europe'),
    ('AZ', 'Asia', 'Western Asia'),
    ('BA', 'Europe', 'Southeast Europe'),
    ('BB', 'Americas', 'Caribbean'),
    ('BD', 'Asia', 'Southern Asia'),
    ('BE', 'Europe', 'Western Europe'),
    ('BF', 'Africa', 'Western Africa'),
    ('BG', 'Europe', 'Southeast Europe'),
    ('BH', 'Asia', 'Western Asia'),
    ('BI', 'Africa', 'Eastern Africa'),
    ('BJ', 'Africa', 'Western Africa'),
    ('BL', 'Americas', 'Caribbean'),
    ('BM', 'Americas', 'North America'),
    ('BN', 'Asia', 'South-Eastern Asia'),
    ('BO', 'Americas', 'South America'),
    ('BQ', 'Americas', 'Caribbean'),
    ('BR', 'Americas', 'South America'),
    ('BS', 'Americas', 'Caribbean'),
    ('BT', 'Asia', 'Southern Asia'),
    ('BV', 'Antarctic', null),
    ('BW', 'Africa', 'Southern Africa'),
    ('BY', 'Europe', 'Eastern Europe'),
    ('BZ', 'Americas', 'Central America'),
    ('CA', 'Americas', 'North America'),
    ('CC', 'Oceania', 'Australia and New Zealand'),
    ('CD', 'Africa', 'Middle Africa'),
    ('CF', 'Africa', 'Middle Africa'),
    ('CG', 'Africa', 'Middle Africa'),
    ('CH', 'Europe', 'Western Europe'),
    ('CI', 'Africa', 'Western Africa'),
    ('CK', 'Oceania', 'Polynesia'),
    ('CL', 'Americas', 'South America'),
    ('CM', 'Africa', 'Middle Africa'),
    ('CN', 'Asia', 'Eastern Asia'),
    ('CO', 'Americas', 'South America'),
    ('CR', 'Americas', 'Central America'),
    ('CU', 'Americas', 'Caribbean'),
    ('CV', 'Africa', 'Western Africa'),
    ('CW', 'Americas', 'Caribbean'),
    ('CX', 'Oceania', 'Australia and New Zealand'),
    ('CY', 'Europe', 'Southern Europe'),
    ('CZ', 'Europe', 'Central Europe'),
    ('DE', 'Europe', 'Western Europe'),
    ('DJ', 'Africa', 'Eastern Africa'),
    ('DK', 'Europe', 'Northern Europe'),
    ('DM', 'Americas', 'Caribbean'),
    ('DO', 'Americas', 'Caribbean'),
    ('DZ', 'Africa', 'Northern Africa'),
    ('EC', 'Americas', 'South America'),
    ('EE', 'Europe', 'Northern Europe'),
    ('EG', 'Africa', 'Northern Africa'),
    ('EH', 'Africa', 'Northern Africa'),
    ('ER', 'Africa', 'Eastern Africa'),
    ('ES', 'Europe', 'Southern Europe'),
    ('ET', 'Africa', 'Eastern Africa'),
    ('FI', 'Europe', 'Northern Europe'),
    ('FJ', 'Oceania', 'Melanesia'),
    ('FK', 'Americas', 'South America'),
    ('FM', 'Oceania', 'Micronesia'),
    ('FO', 'Europe', 'Northern Europe'),
    ('FR', 'Europe', 'Western Europe'),
    ('GA', 'Africa', 'Middle Africa'),
    ('GB', 'Europe', 'Northern Europe'),
    ('GD', 'Americas', 'Caribbean'),
    ('GE', 'Asia', 'Western Asia'),
    ('GF', 'Americas', 'South America'),
    ('GG', 'Europe', 'Northern Europe'),
    ('GH', 'Africa', 'Western Africa'),
    ('GI', 'Europe', 'Southern Europe'),
    ('GL', 'Americas', 'North America'),
    ('GM', 'Africa', 'Western Africa'),
    ('GN', 'Africa', 'Western Africa'),
    ('GP', 'Americas', 'Caribbean'),
    ('GQ', 'Africa', 'Middle Africa'),
    ('GR', 'Europe', 'Southern Europe'),
    ('GS', 'Antarctic', null),
    ('GT', 'Americas', 'Central America'),
    ('GU', 'Oceania', 'Micronesia'),
    ('GW', 'Africa', 'Western Africa'),
    ('GY', 'Americas', 'South America'),
    ('HK', 'Asia', 'Eastern Asia'),
    ('HM', 'Antarctic', null),
    ('HN', 'Americas', 'Central America'),
    ('HR', 'Europe', 'Southeast Europe'),
    ('HT', 'Americas', 'Caribbean'),
    ('HU', 'Europe', 'Central Europe'),
    ('ID', 'Asia', 'South-Eastern Asia'),
    ('IE', 'Europe', 'Northern Europe'),
    ('IL', 'Asia', 'Western Asia'),
    ('IM', 'Europe', 'Northern Europe'),
    ('IN', 'Asia', 'Southern Asia'),
    ('IO', 'Africa', 'Eastern Africa'),
    ('IQ', 'Asia', 'Western Asia'),
    ('IR', 'Asia', 'Southern Asia'),
    ('IS', 'Europe', 'Northern Europe'),
    ('IT', 'Europe', 'Southern Europe'),
    ('JE', 'Europe', 'Northern Europe'),
    ('JM', 'Americas', 'Caribbean'),
    ('JO', 'Asia', 'Western Asia'),
    ('JP', 'Asia', 'Eastern Asia'),
    ('KE', 'Africa', 'Eastern Africa'),
    ('KG', 'Asia', 'Central Asia'),
    ('KH', 'Asia', 'South-Eastern Asia'),
    ('KI', 'Oceania', 'Micronesia'),
    ('KM', 'Africa', 'Eastern Africa'),
    ('KN', 'Americas', 'Caribbean'),
    ('KP', 'Asia', 'Eastern Asia'),
    ('KR', 'Asia', 'Eastern Asia'),
    ('KW', 'Asia', 'Western Asia'),
    ('KY', 'Americas', 'Caribbean'),
    ('KZ', 'Asia', 'Central Asia'),
    ('LA', 'Asia', 'South-Eastern Asia'),
    ('LB', 'Asia', 'Western Asia'),
    ('LC', 'Americas', 'Caribbean'),
    ('LI', 'Europe', 'Western Europe'),
    ('LK', 'Asia', 'Southern Asia'),
    ('LR', 'Africa', 'Western Africa'),
    ('LS', 'Africa', 'Southern Africa'),
    ('LT', 'Europe', 'Northern Europe'),
    ('LU', 'Europe', 'Western Europe'),
    ('LV', 'Europe', 'Northern Europe'),
    ('LY', 'Africa', 'Northern Africa'),
    ('MA', 'Africa', 'Northern Africa'),
    ('MC', 'Europe', 'Western Europe'),
    ('MD', 'Europe', 'Eastern Europe'),
    ('ME', 'Europe', 'Southeast Europe'),
    ('MF', 'Americas', 'Caribbean'),
    ('MG', 'Africa', 'Eastern Africa'),
    ('MH', 'Oceania', 'Micronesia'),
    ('MK', 'Europe', 'Southeast Europe'),
    ('ML', 'Africa', 'Western Africa'),
    ('MM', 'Asia', 'South-Eastern Asia'),
    ('MN', 'Asia', 'Eastern Asia'),
    ('MO', 'Asia', 'Eastern Asia'),
    ('MP', 'Oceania', 'Micronesia'),
    ('MQ', 'Americas', 'Caribbean'),
    ('MR', 'Africa', 'Western Africa'),
    ('MS', 'Americas', 'Caribbean'),
    ('MT', 'Europe', 'Southern Europe'),
    ('MU', 'Africa', 'Eastern Africa'),
    ('MV', 'Asia', 'Southern Asia'),
    ('MW', 'Africa', 'Eastern Africa'),
    ('MX', 'Americas', 'Central America'),
    ('MY', 'Asia', 'South-Eastern Asia'),
    ('MZ', 'Africa', 'Eastern Africa'),
    ('NA', 'Africa', 'Southern Africa'),
    ('NC', 'Oceania', 'Melanesia'),
    ('NE', 'Africa', 'Western Africa'),
    ('NF', 'Oceania', 'Australia and New Zealand'),
    ('NG', 'Africa', 'Western Africa'),
    ('NI', 'Americas', 'Central America'),
    ('NL', 'Europe', 'Western Europe'),
    ('NO', 'Europe', 'Northern Europe'),
    ('NP', 'Asia', 'Southern Asia'),
    ('NR', 'Oceania', 'Micronesia'),
    ('NU', 'Oceania', 'Polynesia'),
    ('NZ', 'Oceania', 'Australia and New Zealand'),
    ('OM', 'Asia', 'Western Asia'),
    ('PA', 'Americas', 'Central America'),
    ('PE', 'Americas', 'South America'),
    ('PF', 'Oceania', 'Polynesia'),
    ('PG', 'Oceania', 'Melanesia'),
    ('PH', 'Asia', 'South-Eastern Asia'),
    ('PK', 'Asia', 'Southern Asia'),
    ('PL', 'Europe', 'Central Europe'),
    ('PM', 'Americas', 'North America'),
    ('PN', 'Oceania', 'Polynesia'),
    ('PR', 'Americas', 'Caribbean'),
    ('PS', 'Asia', 'Western Asia'),
    ('PT', 'Europe', 'Southern Europe'),
    ('PW', 'Oceania', 'Micronesia'),
    ('PY', 'Americas', 'South America'),
    ('QA', 'Asia', 'Western Asia'),
    ('RE', 'Africa', 'Eastern Africa'),
    ('RO', 'Europe', 'Southeast Europe'),
    ('RS', 'Europe', 'Southeast Europe'),
    ('RU', 'Europe', 'Eastern Europe'),
    ('RW', 'Africa', 'Eastern Africa'),
    ('SA', 'Asia', 'Western Asia'),
    ('SB', 'Oceania', 'Melanesia'),
    ('SC', 'Africa', 'Eastern Africa'),
    ('SD', 'Africa', 'Northern Africa'),
    ('SE', 'Europe', 'Northern Europe'),
    ('SG', 'Asia', 'South-Eastern Asia'),
    ('SH', 'Africa', 'Western Africa'),
    ('SI', 'Europe', 'Central Europe'),
    ('SJ', 'Europe', 'Northern Europe'),
    ('SK', 'Europe', 'Central Europe'),
    ('SL', 'Africa', 'Western Africa'),
    ('SM', 'Europe', 'Southern Europe'),
    ('SN', 'Africa', 'Western Africa'),
    ('SO', 'Africa', 'Eastern Africa'),
    ('SR', 'Americas', 'South America'),
    ('SS', 'Africa', 'Middle Africa'),
    ('ST', 'Africa', 'Middle Africa'),
    ('SV', 'Americas', 'Central America'),
    ('SX', 'Americas', 'Caribbean'),
    ('SY', 'Asia', 'Western Asia'),
    ('SZ', 'Africa', 'Southern Africa'),
    ('TC', 'Americas', 'Caribbean'),
    ('TD', 'Africa', 'Middle Africa'),
    ('TF', 'Antarctic', null),
    ('TG', 'Africa', 'Western Africa'),
    ('TH', 'Asia', 'South-Eastern Asia'),
    ('TJ', 'Asia', 'Central Asia'),
    ('TK', 'Oceania', 'Polynesia'),
    ('TL', 'Asia', 'South-Eastern Asia'),
    ('TM', 'Asia', 'Central Asia'),
    ('TN', 'Africa', 'Northern Africa'),
    ('TO', 'Oceania', 'Polynesia'),
    ('TR', 'Asia', 'Western Asia'),
    ('TT', 'Americas', 'Caribbean'),
    ('TV', 'Oceania', 'Polynesia'),
    ('TW', 'Asia', 'Eastern Asia'),
    ('TZ', 'Africa', 'Eastern Africa'),
    ('UA', 'Europe', 'Eastern Europe'),
    ('UG', 'Africa', 'Eastern Africa'),
    ('UM', 'Americas', 'North America'),
    ('US', 'Americas', 'North America'),
    ('UY', 'Americas', 'South America'),
    ('UZ', 'Asia', 'Central Asia'),
    ('VA', 'Europe', 'Southern Europe'),
    ('VC', 'Americas', 'Caribbean'),
    ('VE', 'Americas', 'South America'),
    ('VG', 'Americas', 'Caribbean'),
    ('VI', 'Americas', 'Caribbean'),
    ('VN', 'Asia', 'South-Eastern Asia'),
    ('VU', 'Oceania', 'Melanesia'),
    ('WF', 'Oceania', 'Polynesia'),
    ('WS', 'Oceania', 'Polynesia'),
    ('YE', 'Asia', 'Western Asia'),
    ('YT', 'Africa', 'Eastern Africa'),
    ('ZA', 'Africa', 'Southern Africa'),
    ('ZM', 'Africa', 'Eastern Africa'),
    ('ZW', 'Africa', 'Eastern Africa')
) as v (code, region, subregion)
where c.code = v.code;

update country set global_south = true
where region in ('Africa', 'Americas', 'Asia', 'Oceania')
  and not (subregion in ('North America', 'Australia and New Zealand') and code <> 'MX')
  and code <> 'JP';

update country set regional_platform_code = case
    when code = 'SD' then 'WOP_AFRICA'
    when code = 'MX' then 'WOP_LAC'
    when code = 'IR' then null
    when code in ('SA', 'AE', 'QA', 'BH', 'KW', 'OM', 'YE', 'JO', 'LB', 'SY', 'IQ', 'PS') then 'WOP_ARAB'
    when code in ('AL', 'BA', 'BG', 'HR', 'ME', 'MK', 'RO', 'RS', 'SI', 'XK', 'GR', 'MD') then 'WOP_SEE'
    when subregion = 'Northern Africa' then 'WOP_ARAB'
    when subregion in ('Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa') then 'WOP_AFRICA'
    when subregion = 'Caribbean' then 'CARI_WOP'
    when subregion in ('South America', 'Central America') then 'WOP_LAC'
    when subregion = 'Central Asia' then 'CAWOP'
    when subregion in ('Southern Asia', 'South-Eastern Asia', 'Eastern Asia') then 'WATERLINKS'
    when subregion in ('Melanesia', 'Micronesia', 'Polynesia') then 'PWWA'
end;
