package org.wopplatform.persistence.progress;

import java.util.List;

import org.wopplatform.domain.workplan.Output;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Outputs of results frameworks. */
public interface OutputRepository extends JpaRepository<Output, Long> {

	@Query("select o from Output o where o.partnershipId = :partnershipId order by o.workingAreaCode, o.id")
	List<Output> findByPartnership(long partnershipId);

}
