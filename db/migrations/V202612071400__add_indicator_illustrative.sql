-- An indicator whose figures were made up for the demo data (never set by the application):
-- its values are labelled "illustrative" wherever they are shown.
alter table indicator add column illustrative boolean not null default false;
