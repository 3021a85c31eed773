-- Issue 20: V202612141000 rewrote the partnership table (its generated columns), which leaves the
-- table's visibility map empty: PostgreSQL reads the title-order indexes alone only where it is
-- set, and autovacuum may not pass for a long time on a table rarely updated. Vacuumed once now
-- (outside a transaction: Flyway runs a migration of VACUUM alone so): a few seconds at 50,000
-- partnerships, and it blocks no reader or writer.
vacuum (analyze) partnership;
