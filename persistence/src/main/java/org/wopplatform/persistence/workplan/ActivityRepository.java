package org.wopplatform.persistence.workplan;

import java.util.List;
import java.util.Optional;

import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.Output;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Activities of work plans. A partnership's plan is read in four statements, its budget
 * lines, outputs and their targets with it, whatever its size.
 */
public interface ActivityRepository extends JpaRepository<Activity, Long> {

	/**
	 * A partnership's activities in the order of their planned start, with their lines,
	 * outputs and targets.
	 */
	default List<Activity> findPlan(long partnershipId) {
		List<Activity> plan = findWithLines(partnershipId);
		fetchOutputs(partnershipId);
		fetchTargets(partnershipId);
		fetchLinks(partnershipId);
		return plan;
	}

	/** One activity of a partnership, with its lines, outputs and targets. */
	default Optional<Activity> findInPlan(long partnershipId, long id) {
		Optional<Activity> activity = findOneWithLines(partnershipId, id);
		activity.ifPresent(a -> {
			fetchOutputsOf(id);
			fetchTargetsOf(id);
			fetchLinksOf(id);
		});
		return activity;
	}

	@Query("select distinct a from Activity a left join fetch a.budgetLines where a.partnershipId = :partnershipId"
			+ " order by a.plannedStart.date, a.id")
	List<Activity> findWithLines(long partnershipId);

	@Query("select a from Activity a left join fetch a.budgetLines where a.id = :id and a.partnershipId = :partnershipId")
	Optional<Activity> findOneWithLines(long partnershipId, long id);

	@Query("select distinct a from Activity a left join fetch a.outputs where a.partnershipId = :partnershipId")
	List<Activity> fetchOutputs(long partnershipId);

	@Query("select distinct o from Output o left join fetch o.targets where o.activity.partnershipId = :partnershipId")
	List<Output> fetchTargets(long partnershipId);

	@Query("select distinct a from Activity a left join fetch a.deliverableIds left join fetch a.indicatorIds"
			+ " where a.partnershipId = :partnershipId")
	List<Activity> fetchLinks(long partnershipId);

	@Query("select distinct a from Activity a left join fetch a.deliverableIds left join fetch a.indicatorIds"
			+ " where a.id = :id")
	List<Activity> fetchLinksOf(long id);

	@Query("select distinct a from Activity a left join fetch a.outputs where a.id = :id")
	List<Activity> fetchOutputsOf(long id);

	@Query("select distinct o from Output o left join fetch o.targets where o.activity.id = :id")
	List<Output> fetchTargetsOf(long id);

}
