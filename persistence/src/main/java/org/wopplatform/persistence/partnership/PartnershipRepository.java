package org.wopplatform.persistence.partnership;

import java.util.Optional;

import org.wopplatform.domain.partnership.Partnership;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Partnerships as aggregates, for changing them. Pages read
 * {@link PartnershipListQueries}.
 */
public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Optional<Partnership> findByReferenceCode(String referenceCode);

}
