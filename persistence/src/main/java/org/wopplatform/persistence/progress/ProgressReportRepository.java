package org.wopplatform.persistence.progress;

import java.util.List;

import org.wopplatform.domain.progress.ProgressReport;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Progress reports as aggregates. */
public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	@Query("select r from ProgressReport r where r.partnershipId = :partnershipId order by r.period.year desc, r.period.half desc, r.revision desc")
	List<ProgressReport> findByPartnership(long partnershipId);

}
