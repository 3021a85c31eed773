package org.wopplatform.persistence.workplan;

import java.util.List;
import java.util.Optional;

import org.wopplatform.domain.workplan.Activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Activities of work plans. A partnership's plan is read in one statement, its budget
 * lines with it, whatever its size.
 */
public interface ActivityRepository extends JpaRepository<Activity, Long> {

	/**
	 * A partnership's activities in the order of their planned start, with their lines.
	 */
	@Query("select distinct a from Activity a left join fetch a.budgetLines where a.partnershipId = :partnershipId"
			+ " order by a.plannedStart.date, a.id")
	List<Activity> findPlan(long partnershipId);

	/** One activity of a partnership, with its lines. */
	@Query("select a from Activity a left join fetch a.budgetLines where a.id = :id and a.partnershipId = :partnershipId")
	Optional<Activity> findInPlan(long partnershipId, long id);

}
