package org.wopplatform.persistence.progress;

import java.util.List;

import org.wopplatform.domain.progress.Indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The indicators of results frameworks. */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	@Query("select i from Indicator i where i.partnershipId = :partnershipId order by i.id")
	List<Indicator> findByPartnership(long partnershipId);

}
