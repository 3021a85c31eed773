-- Reference lists kept by the secretariat in the browser (issue 19): working areas, the KPI
-- catalogue, units, currencies, regional platforms, funding programmes, partner roles, capacity
-- dimensions and partnership-practice dimensions. Each entry keeps its code for ever; it gets
-- a number for its history (audit_event.entity_id), a version (two people editing the same
-- entry are told), and a retirement date: a retired entry stays on the records that have it
-- and is no longer offered for new ones. Nothing is deleted.

create sequence reference_entry_seq start with 1000 increment by 1;

do $$
declare
	t text;
begin
	foreach t in array array['working_area', 'kpi', 'measuring_unit', 'funding_programme', 'regional_platform',
			'partner_role', 'capacity_dimension', 'practice_dimension']
	loop
		execute format('alter table %I add column id bigint not null default nextval(''reference_entry_seq''), '
			|| 'add column version bigint not null default 0, add column retired_at timestamptz', t);
		execute format('alter table %I add constraint %I unique (id)', t, t || '_id_uq');
	end loop;
end
$$;

-- Names in three languages everywhere (English required; an empty French or Spanish name is
-- shown in English). Funding programmes and platforms had one name: it is the English one.
alter table funding_programme add column name_fr varchar(200), add column name_es varchar(200);
alter table regional_platform add column name_fr varchar(200), add column name_es varchar(200);
alter table measuring_unit alter column name_fr drop not null, alter column name_es drop not null,
	alter column source drop not null;
alter table capacity_dimension alter column name_fr drop not null, alter column name_es drop not null,
	alter column source drop not null;
alter table practice_dimension alter column name_fr drop not null, alter column name_es drop not null,
	alter column description_fr drop not null, alter column description_es drop not null,
	alter column source drop not null;
-- A platform added in the browser: where it comes from is the secretariat's word.
alter table regional_platform alter column source_confirmed set default 'NO';
-- The same code rule for every list (a platform code may now hold a digit).
alter table regional_platform drop constraint regional_platform_code_check,
	add constraint regional_platform_code_check check (code ~ '^[A-Z][A-Z0-9_]*$');

-- Currencies money may be given in (ISO 4217). Amounts keep their currency as a code and are
-- not tied to this table, so that a retired currency stays valid on the records that have it.
-- Names: ISO 4217 list of currency names (SIX, English) and the French and Spanish names the
-- European Union's Interinstitutional Style Guide (Annex A7) gives.
create table currency (
	code        varchar(3)   primary key check (code ~ '^[A-Z]{3}$'),
	id          bigint       not null unique default nextval('reference_entry_seq'),
	version     bigint       not null default 0,
	sort_order  integer      not null unique,
	name_en     varchar(100) not null,
	name_fr     varchar(100),
	name_es     varchar(100),
	retired_at  timestamptz
);

insert into currency (code, sort_order, name_en, name_fr, name_es) values
	('USD', 1, 'US dollar', 'dollar des États-Unis', 'dólar estadounidense'),
	('EUR', 2, 'Euro', 'euro', 'euro'),
	('GBP', 3, 'Pound sterling', 'livre sterling', 'libra esterlina'),
	('CHF', 4, 'Swiss franc', 'franc suisse', 'franco suizo'),
	('JPY', 5, 'Yen', 'yen', 'yen'),
	('CNY', 6, 'Yuan renminbi', 'yuan renminbi', 'yuan renminbi'),
	('INR', 7, 'Indian rupee', 'roupie indienne', 'rupia india'),
	('KES', 8, 'Kenyan shilling', 'shilling kényan', 'chelín keniano'),
	('TZS', 9, 'Tanzanian shilling', 'shilling tanzanien', 'chelín tanzano'),
	('UGX', 10, 'Uganda shilling', 'shilling ougandais', 'chelín ugandés'),
	('ZAR', 11, 'Rand', 'rand', 'rand'),
	('XOF', 12, 'CFA franc BCEAO', 'franc CFA (BCEAO)', 'franco CFA (BCEAO)'),
	('XAF', 13, 'CFA franc BEAC', 'franc CFA (BEAC)', 'franco CFA (BEAC)'),
	('NGN', 14, 'Naira', 'naira', 'naira'),
	('GHS', 15, 'Ghana cedi', 'cedi', 'cedi'),
	('ETB', 16, 'Ethiopian birr', 'birr', 'birr'),
	('MAD', 17, 'Moroccan dirham', 'dirham marocain', 'dírham marroquí'),
	('EGP', 18, 'Egyptian pound', 'livre égyptienne', 'libra egipcia'),
	('BRL', 19, 'Brazilian real', 'real brésilien', 'real brasileño'),
	('MXN', 20, 'Mexican peso', 'peso mexicain', 'peso mexicano'),
	('COP', 21, 'Colombian peso', 'peso colombien', 'peso colombiano'),
	('PEN', 22, 'Sol', 'sol', 'sol'),
	('CLP', 23, 'Chilean peso', 'peso chilien', 'peso chileno'),
	('ARS', 24, 'Argentine peso', 'peso argentin', 'peso argentino'),
	('PHP', 25, 'Philippine peso', 'peso philippin', 'peso filipino'),
	('IDR', 26, 'Rupiah', 'roupie indonésienne', 'rupia indonesia'),
	('BDT', 27, 'Taka', 'taka', 'taka'),
	('PKR', 28, 'Pakistan rupee', 'roupie pakistanaise', 'rupia pakistaní'),
	('VND', 29, 'Dong', 'dong', 'dong'),
	('THB', 30, 'Baht', 'baht', 'bat'),
	('NPR', 31, 'Nepalese rupee', 'roupie népalaise', 'rupia nepalí'),
	('LKR', 32, 'Sri Lanka rupee', 'roupie sri-lankaise', 'rupia de Sri Lanka'),
	('AUD', 33, 'Australian dollar', 'dollar australien', 'dólar australiano'),
	('CAD', 34, 'Canadian dollar', 'dollar canadien', 'dólar canadiense'),
	('SEK', 35, 'Swedish krona', 'couronne suédoise', 'corona sueca'),
	('NOK', 36, 'Norwegian krone', 'couronne norvégienne', 'corona noruega'),
	('DKK', 37, 'Danish krone', 'couronne danoise', 'corona danesa');

-- Any other currency the data already uses, named by its code until the secretariat names it.
insert into currency (code, sort_order, name_en)
select code, (select max(sort_order) from currency) + row_number() over (order by code), code
from (select budget_currency as code from partnership where budget_currency is not null
	union select currency from contribution where currency is not null
	union select currency from budget_line where currency is not null) used
where code not in (select code from currency);

create trigger currency_changed after insert or update or delete or truncate on currency
	for each statement execute function note_data_change();
