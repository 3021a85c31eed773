package org.wopplatform.persistence.report;

import java.util.List;
import java.util.Optional;

import org.wopplatform.domain.report.AnnualReport;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Annual reports, one per year. */
public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

	@Query("select r from AnnualReport r where r.year = :year")
	Optional<AnnualReport> findByYear(int year);

	@Query("select r from AnnualReport r order by r.year desc")
	List<AnnualReport> findAllNewestFirst();

	/** The published report of the latest year, if any (for the home page). */
	@Query("select r from AnnualReport r where r.status = 'PUBLISHED' order by r.year desc limit 1")
	Optional<AnnualReport> findLatestPublished();

}
