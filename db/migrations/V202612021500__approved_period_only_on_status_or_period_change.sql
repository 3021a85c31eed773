-- The report trigger of V202612021400 ran on every update of a report that named its status or
-- period (Hibernate names every column): now only when one of them really changes.
--
-- Left as it is: a value inserted into a report in the very instant another transaction approves
-- that report can keep a null approved_period (the value's trigger reads the report as last
-- committed). The application records values only in reports being written (draft or returned),
-- which cannot be approved, so this takes hand-written SQL or a stale form racing an approval.

drop trigger progress_report_approved_period on progress_report;

create trigger progress_report_approved_period after update of status, period_year, period_half on progress_report
	for each row
	when (old.status is distinct from new.status or old.period_year <> new.period_year
		or old.period_half <> new.period_half)
	execute function approved_period_of_report();
