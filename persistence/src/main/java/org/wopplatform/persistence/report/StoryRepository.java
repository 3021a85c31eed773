package org.wopplatform.persistence.report;

import java.util.List;

import org.wopplatform.domain.report.Story;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The stories of annual reports. */
public interface StoryRepository extends JpaRepository<Story, Long> {

	@Query("select s from Story s where s.reportId = :reportId order by s.position, s.id")
	List<Story> findByReport(long reportId);

}
