package org.wopplatform.persistence.brokering;

import java.util.List;

import org.wopplatform.domain.brokering.Match;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Matches of support requests. */
public interface MatchRepository extends JpaRepository<Match, Long> {

	@Query("select m from Match m where m.requestId = :requestId order by m.score desc, m.id")
	List<Match> findByRequest(long requestId);

	boolean existsByRequestIdAndMentorOrganisationId(long requestId, long mentorOrganisationId);

	@Query("select m from Match m where m.requestId = :requestId and m.stage not in"
			+ " (org.wopplatform.domain.brokering.MatchStage.CONVERTED, org.wopplatform.domain.brokering.MatchStage.DECLINED)")
	List<Match> findUnderWay(long requestId);

}
