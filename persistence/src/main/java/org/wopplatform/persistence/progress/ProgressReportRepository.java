package org.wopplatform.persistence.progress;

import java.util.Collection;
import java.util.List;

import org.wopplatform.domain.progress.ProgressReport;

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

}
