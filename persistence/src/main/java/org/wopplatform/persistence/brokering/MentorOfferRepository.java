package org.wopplatform.persistence.brokering;

import java.util.Optional;

import org.wopplatform.domain.brokering.MentorOffer;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Mentor offers, loaded whole (strengths, languages, platforms) for their pages. */
public interface MentorOfferRepository extends JpaRepository<MentorOffer, Long> {

	@EntityGraph(attributePaths = { "strengths", "languages", "platformCodes" })
	@Query("select o from MentorOffer o where o.id = :id")
	Optional<MentorOffer> findWhole(long id);

}
