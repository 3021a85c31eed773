-- The data version: what public pages are cached against (web: PublicPageCache).
--
-- Every transaction that writes to a table of the platform's data keeps one row here (a
-- statement trigger inserts it on the transaction's first write and counts every later one).
-- A reader sums the rows its snapshot sees: the number of committed writing transactions, the
-- sum of their ids and of their writes. That changes with every commit and never comes back to
-- an earlier value (a rolled-back transaction's row goes with it, and transaction ids are not
-- reused), so a page cached against it is never served after the data it shows has changed,
-- whoever changed it (the application, a migration, a person with psql). Inside a writing
-- transaction it changes with each write too, so what that transaction reads between its
-- writes is never taken for what it committed. Writers do not wait for one another: each
-- keeps its own row.
--
-- Old rows are folded into one (same sums) from time to time by the application, so that
-- the sum stays cheap; folding does not change the version.
--
-- Left out, because public pages never show them and they change without the data changing
-- (a sign-in resets failed_logins): user_account, password_reset, notification, reminder.
-- A new table gets the trigger in its own migration; DataVersionTests fails until it does.

create table data_change (
	tx bigint primary key,
	transactions bigint not null,
	tx_sum numeric not null,
	writes bigint not null
);
comment on table data_change is 'One row per transaction that changed the platform''s data (folded from time to time); the sums are the data version';

create sequence data_change_fold_seq;

create function note_data_change() returns trigger language plpgsql as $$
begin
	insert into data_change (tx, transactions, tx_sum, writes) values (txid_current(), 1, txid_current(), 1)
	on conflict (tx) do update set writes = data_change.writes + 1;
	return null;
end
$$;

do $$
declare
	t record;
begin
	for t in select table_name from information_schema.tables
		where table_schema = current_schema() and table_type = 'BASE TABLE'
		and table_name not in ('flyway_schema_history', 'data_change', 'user_account', 'password_reset',
			'notification', 'reminder')
	loop
		execute format('create trigger %I after insert or update or delete or truncate on %I '
			|| 'for each statement execute function note_data_change()', t.table_name || '_changed', t.table_name);
	end loop;
end
$$;
