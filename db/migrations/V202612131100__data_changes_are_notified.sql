-- Issue 20: every node kept its public pages, counts and reference lists against the data
-- version, read from data_change on each request: one round trip, a quarter of a kept page's
-- time. A change to the platform's data now also sends a notification on channel
-- wop_data_change, with the changed table's name, when its transaction commits (PostgreSQL
-- sends one per table and transaction, however many statements). Each node listens
-- (DataChanges) and counts what it hears, and its caches are kept against that count while
-- it listens; while it does not (at start, after losing its connection), they are kept
-- against the data version read from data_change, as before. The rows of data_change are
-- still written: a writing transaction still reads the version, with its own changes.
create or replace function note_data_change() returns trigger language plpgsql as $$
begin
	insert into data_change (tx, transactions, tx_sum, writes) values (txid_current(), 1, txid_current(), 1)
	on conflict (tx) do update set writes = data_change.writes + 1;
	perform pg_notify('wop_data_change', tg_table_name);
	return null;
end
$$;
