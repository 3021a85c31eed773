package org.wopplatform.persistence.capacity;

import java.util.List;

import org.wopplatform.domain.capacity.CapacityFocus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The capacity dimensions partnerships work on, per working area. */
public interface CapacityFocusRepository extends JpaRepository<CapacityFocus, Long> {

	/** A partnership's dimensions, by working area, in the order they were chosen. */
	@Query("select f from CapacityFocus f where f.partnershipId = :partnershipId order by f.workingAreaCode, f.id")
	List<CapacityFocus> findByPartnership(long partnershipId);

	long countByPartnershipId(long partnershipId);

	/** Whether a report assesses the dimension (it then stays, for the record). */
	@Query(value = "select exists (select 1 from report_capacity_assessment where focus_id = :focusId)",
			nativeQuery = true)
	boolean isAssessed(long focusId);

}
