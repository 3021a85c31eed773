package org.wopplatform.persistence.progress;

import java.util.Collection;
import java.util.List;

import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportingPeriod;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Progress reports as aggregates. */
public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	@Query("select r from ProgressReport r where r.partnershipId = :partnershipId order by r.period.year desc, r.period.half desc, r.revision desc")
	List<ProgressReport> findByPartnership(long partnershipId);

	/**
	 * The current (not superseded) reports of these partnerships for the periods of one
	 * year (the year itself and its halves).
	 */
	@Query("""
			select r from ProgressReport r
			where r.partnershipId in :partnershipIds and r.period.year = :year
			  and r.status <> org.wopplatform.domain.progress.ReportStatus.SUPERSEDED""")
	List<ProgressReport> findCurrent(Collection<Long> partnershipIds, int year);

	/**
	 * Holds, until the transaction ends, the right to start reports for these periods of
	 * these partnerships ({@link #periodKey}): two people, or two uploads, starting the
	 * same period's report at once take turns, and the second finds the first one's draft
	 * instead of a duplicate key. Taken in one fixed order, so that two uploads never
	 * wait for each other.
	 */
	@Query(value = """
			select count(*) from (
			  select pg_advisory_xact_lock(hashtext('progress_report'), hashtext(ordered.key))
			  from (select distinct k.key from string_to_table(:keys, ',') as k(key) order by k.key offset 0) ordered
			) locked""", nativeQuery = true)
	long lockPeriods(String keys);

	default void lockPeriods(Collection<String> keys) {
		if (!keys.isEmpty()) {
			lockPeriods(String.join(",", keys));
		}
	}

	/** How {@link #lockPeriods} names a period of a partnership: "2/2025-H1". */
	static String periodKey(long partnershipId, ReportingPeriod period) {
		return partnershipId + "/" + period;
	}

}
