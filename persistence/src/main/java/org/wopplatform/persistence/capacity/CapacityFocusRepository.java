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

}
