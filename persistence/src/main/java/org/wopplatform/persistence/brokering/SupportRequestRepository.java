package org.wopplatform.persistence.brokering;

import java.util.Optional;

import org.wopplatform.domain.brokering.SupportRequest;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Support requests, loaded whole (needs, KPIs, languages, targets) for their pages. */
public interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

	/** With its needs and languages; KPIs and targets follow in one statement each. */
	@EntityGraph(attributePaths = { "needs", "languages" })
	@Query("select r from SupportRequest r where r.id = :id")
	Optional<SupportRequest> findWhole(long id);

}
